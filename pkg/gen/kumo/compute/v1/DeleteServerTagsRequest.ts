// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * DeleteServerTagsRequest removes tags from a server.
 */
export interface DeleteServerTagsRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Tags to remove; each must exist.
   */
  'tags'?: (string)[];
  /**
   * Remove every tag.
   */
  'all'?: (boolean);
}

/**
 * DeleteServerTagsRequest removes tags from a server.
 */
export interface DeleteServerTagsRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Tags to remove; each must exist.
   */
  'tags': (string)[];
  /**
   * Remove every tag.
   */
  'all': (boolean);
}
