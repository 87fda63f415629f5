// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * CreateServerImageRequest snapshots a server into a new image.
 */
export interface CreateServerImageRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Name of the new image.
   */
  'name'?: (string);
  /**
   * Extra properties of the new image.
   */
  'metadata'?: ({[key: string]: string});
}

/**
 * CreateServerImageRequest snapshots a server into a new image.
 */
export interface CreateServerImageRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Name of the new image.
   */
  'name': (string);
  /**
   * Extra properties of the new image.
   */
  'metadata': ({[key: string]: string});
}
