// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ShelveServerRequest is the request of ShelveServer.
 */
export interface ShelveServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * ShelveServerRequest is the request of ShelveServer.
 */
export interface ShelveServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
