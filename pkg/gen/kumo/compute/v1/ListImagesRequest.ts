// Original file: proto/kumo/compute/v1/image.proto


/**
 * ListImagesRequest pages through images.
 */
export interface ListImagesRequest {
  /**
   * Maximum images to return; 0 means the default (1000).
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
}

/**
 * ListImagesRequest pages through images.
 */
export interface ListImagesRequest__Output {
  /**
   * Maximum images to return; 0 means the default (1000).
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
}
