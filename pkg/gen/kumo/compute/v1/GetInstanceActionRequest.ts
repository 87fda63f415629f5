// Original file: proto/kumo/compute/v1/instance_action.proto


/**
 * GetInstanceActionRequest names one action of a server.
 */
export interface GetInstanceActionRequest {
  /**
   * Server id.
   */
  'server_id'?: (string);
  /**
   * Request id of the action.
   */
  'request_id'?: (string);
}

/**
 * GetInstanceActionRequest names one action of a server.
 */
export interface GetInstanceActionRequest__Output {
  /**
   * Server id.
   */
  'server_id': (string);
  /**
   * Request id of the action.
   */
  'request_id': (string);
}
