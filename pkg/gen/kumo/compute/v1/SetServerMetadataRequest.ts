// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * SetServerMetadataRequest sets user metadata keys of a server.
 */
export interface SetServerMetadataRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Keys and values to set.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Replace all metadata with these pairs instead of merging.
   */
  'replace'?: (boolean);
}

/**
 * SetServerMetadataRequest sets user metadata keys of a server.
 */
export interface SetServerMetadataRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Keys and values to set.
   */
  'metadata': ({[key: string]: string});
  /**
   * Replace all metadata with these pairs instead of merging.
   */
  'replace': (boolean);
}
