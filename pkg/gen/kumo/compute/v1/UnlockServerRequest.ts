// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * UnlockServerRequest is the request of UnlockServer.
 */
export interface UnlockServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * UnlockServerRequest is the request of UnlockServer.
 */
export interface UnlockServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
