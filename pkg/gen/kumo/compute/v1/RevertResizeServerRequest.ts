// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * RevertResizeServerRequest is the request of RevertResizeServer.
 */
export interface RevertResizeServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * RevertResizeServerRequest is the request of RevertResizeServer.
 */
export interface RevertResizeServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
