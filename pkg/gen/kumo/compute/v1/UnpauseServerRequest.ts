// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * UnpauseServerRequest is the request of UnpauseServer.
 */
export interface UnpauseServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * UnpauseServerRequest is the request of UnpauseServer.
 */
export interface UnpauseServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
