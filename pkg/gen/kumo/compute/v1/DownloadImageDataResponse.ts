// Original file: proto/kumo/compute/v1/image.proto

import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * DownloadImageDataResponse is one message of a download stream.
 */
export interface DownloadImageDataResponse {
  /**
   * The image record; set in the first message only.
   */
  'image'?: (_kumo_compute_v1_Image | null);
  /**
   * A chunk of the data.
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * DownloadImageDataResponse is one message of a download stream.
 */
export interface DownloadImageDataResponse__Output {
  /**
   * The image record; set in the first message only.
   */
  'image': (_kumo_compute_v1_Image__Output | null);
  /**
   * A chunk of the data.
   */
  'data': (Buffer);
}
