// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * RebuildServerRequest is the request of RebuildServer.
 */
export interface RebuildServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Image to rebuild from; empty for the current image.
   */
  'image_id'?: (string);
  /**
   * New display name; empty keeps the current one.
   */
  'name'?: (string);
}

/**
 * RebuildServerRequest is the request of RebuildServer.
 */
export interface RebuildServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Image to rebuild from; empty for the current image.
   */
  'image_id': (string);
  /**
   * New display name; empty keeps the current one.
   */
  'name': (string);
}
