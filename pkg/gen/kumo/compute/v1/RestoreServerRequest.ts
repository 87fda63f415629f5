// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * RestoreServerRequest is the request of RestoreServer.
 */
export interface RestoreServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * RestoreServerRequest is the request of RestoreServer.
 */
export interface RestoreServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
