// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ShelveOffloadServerRequest is the request of ShelveOffloadServer.
 */
export interface ShelveOffloadServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * ShelveOffloadServerRequest is the request of ShelveOffloadServer.
 */
export interface ShelveOffloadServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
