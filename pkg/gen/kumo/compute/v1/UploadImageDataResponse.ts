// Original file: proto/kumo/compute/v1/image.proto

import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * UploadImageDataResponse carries the image once its data is stored.
 */
export interface UploadImageDataResponse {
  /**
   * The image, ACTIVE, with size_bytes and checksum set.
   */
  'image'?: (_kumo_compute_v1_Image | null);
}

/**
 * UploadImageDataResponse carries the image once its data is stored.
 */
export interface UploadImageDataResponse__Output {
  /**
   * The image, ACTIVE, with size_bytes and checksum set.
   */
  'image': (_kumo_compute_v1_Image__Output | null);
}
