// Original file: proto/kumo/compute/v1/image.proto


/**
 * GetImageRequest names an image.
 */
export interface GetImageRequest {
  /**
   * Image id.
   */
  'id'?: (string);
}

/**
 * GetImageRequest names an image.
 */
export interface GetImageRequest__Output {
  /**
   * Image id.
   */
  'id': (string);
}
