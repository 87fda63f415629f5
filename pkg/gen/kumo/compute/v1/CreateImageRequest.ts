// Original file: proto/kumo/compute/v1/image.proto

import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * CreateImageRequest describes the image to register.
 */
export interface CreateImageRequest {
  /**
   * The image; id may be empty to have one generated.
   */
  'image'?: (_kumo_compute_v1_Image | null);
  /**
   * The data will follow through UploadImageData: the image is registered
   * QUEUED, as Glance v2 does, instead of ACTIVE without data.
   */
  'will_upload'?: (boolean);
}

/**
 * CreateImageRequest describes the image to register.
 */
export interface CreateImageRequest__Output {
  /**
   * The image; id may be empty to have one generated.
   */
  'image': (_kumo_compute_v1_Image__Output | null);
  /**
   * The data will follow through UploadImageData: the image is registered
   * QUEUED, as Glance v2 does, instead of ACTIVE without data.
   */
  'will_upload': (boolean);
}
