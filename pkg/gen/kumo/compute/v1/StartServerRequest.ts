// Original file: proto/kumo/compute/v1/server_service.proto


/**
 * StartServerRequest names the server to power on.
 */
export interface StartServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * StartServerRequest names the server to power on.
 */
export interface StartServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
