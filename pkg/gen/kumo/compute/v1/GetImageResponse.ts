// Original file: proto/kumo/compute/v1/image.proto

import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * GetImageResponse carries one image.
 */
export interface GetImageResponse {
  /**
   * The image.
   */
  'image'?: (_kumo_compute_v1_Image | null);
}

/**
 * GetImageResponse carries one image.
 */
export interface GetImageResponse__Output {
  /**
   * The image.
   */
  'image': (_kumo_compute_v1_Image__Output | null);
}
