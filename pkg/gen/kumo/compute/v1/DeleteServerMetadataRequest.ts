// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * DeleteServerMetadataRequest removes user metadata keys of a server.
 */
export interface DeleteServerMetadataRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Keys to remove; each must exist.
   */
  'keys'?: (string)[];
}

/**
 * DeleteServerMetadataRequest removes user metadata keys of a server.
 */
export interface DeleteServerMetadataRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Keys to remove; each must exist.
   */
  'keys': (string)[];
}
