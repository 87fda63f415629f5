// Original file: proto/kumo/compute/v1/server_service.proto


/**
 * StopServerRequest names the server to power off.
 */
export interface StopServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * StopServerRequest names the server to power off.
 */
export interface StopServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
