// Original file: proto/kumo/compute/v1/server_action.proto

import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';
import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * CreateServerImageResponse carries the new image (image_type=snapshot).
 */
export interface CreateServerImageResponse {
  /**
   * The image; QUEUED until the snapshot is uploaded, then ACTIVE.
   */
  'image'?: (_kumo_compute_v1_Image | null);
  /**
   * The server with its task_state set.
   */
  'server'?: (_kumo_compute_v1_Server | null);
}

/**
 * CreateServerImageResponse carries the new image (image_type=snapshot).
 */
export interface CreateServerImageResponse__Output {
  /**
   * The image; QUEUED until the snapshot is uploaded, then ACTIVE.
   */
  'image': (_kumo_compute_v1_Image__Output | null);
  /**
   * The server with its task_state set.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
}
