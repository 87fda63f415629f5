// Original file: proto/kumo/compute/v1/image.proto

import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * ListImagesResponse is one page of images.
 */
export interface ListImagesResponse {
  /**
   * The images.
   */
  'images'?: (_kumo_compute_v1_Image)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListImagesResponse is one page of images.
 */
export interface ListImagesResponse__Output {
  /**
   * The images.
   */
  'images': (_kumo_compute_v1_Image__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
