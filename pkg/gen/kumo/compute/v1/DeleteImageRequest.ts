// Original file: proto/kumo/compute/v1/image.proto


/**
 * DeleteImageRequest names the image to delete.
 */
export interface DeleteImageRequest {
  /**
   * Image id.
   */
  'id'?: (string);
}

/**
 * DeleteImageRequest names the image to delete.
 */
export interface DeleteImageRequest__Output {
  /**
   * Image id.
   */
  'id': (string);
}
