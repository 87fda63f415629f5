// Original file: proto/kumo/internal/v1/image_data.proto

import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * FinishImageUploadResponse carries the image after the upload.
 */
export interface FinishImageUploadResponse {
  /**
   * The image.
   */
  'image'?: (_kumo_compute_v1_Image | null);
}

/**
 * FinishImageUploadResponse carries the image after the upload.
 */
export interface FinishImageUploadResponse__Output {
  /**
   * The image.
   */
  'image': (_kumo_compute_v1_Image__Output | null);
}
