// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * SuspendServerRequest is the request of SuspendServer.
 */
export interface SuspendServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * SuspendServerRequest is the request of SuspendServer.
 */
export interface SuspendServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
