// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * PauseServerRequest is the request of PauseServer.
 */
export interface PauseServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * PauseServerRequest is the request of PauseServer.
 */
export interface PauseServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
