// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ConfirmResizeServerRequest is the request of ConfirmResizeServer.
 */
export interface ConfirmResizeServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * ConfirmResizeServerRequest is the request of ConfirmResizeServer.
 */
export interface ConfirmResizeServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
