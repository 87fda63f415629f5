// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ForceDeleteServerRequest is the request of ForceDeleteServer.
 */
export interface ForceDeleteServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * ForceDeleteServerRequest is the request of ForceDeleteServer.
 */
export interface ForceDeleteServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
