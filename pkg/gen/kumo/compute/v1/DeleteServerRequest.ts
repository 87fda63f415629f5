// Original file: proto/kumo/compute/v1/server_service.proto


/**
 * DeleteServerRequest names the server to delete.
 */
export interface DeleteServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * DeleteServerRequest names the server to delete.
 */
export interface DeleteServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
