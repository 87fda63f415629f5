// Original file: proto/kumo/compute/v1/server_service.proto


/**
 * GetServerRequest names a server.
 */
export interface GetServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * GetServerRequest names a server.
 */
export interface GetServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
