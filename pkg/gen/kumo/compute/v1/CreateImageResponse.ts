// Original file: proto/kumo/compute/v1/image.proto

import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * CreateImageResponse carries the registered image.
 */
export interface CreateImageResponse {
  /**
   * The stored image.
   */
  'image'?: (_kumo_compute_v1_Image | null);
}

/**
 * CreateImageResponse carries the registered image.
 */
export interface CreateImageResponse__Output {
  /**
   * The stored image.
   */
  'image': (_kumo_compute_v1_Image__Output | null);
}
