// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * LockServerRequest is the request of LockServer.
 */
export interface LockServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Why the server is locked, shown as locked_reason.
   */
  'reason'?: (string);
}

/**
 * LockServerRequest is the request of LockServer.
 */
export interface LockServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Why the server is locked, shown as locked_reason.
   */
  'reason': (string);
}
