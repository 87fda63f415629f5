// Original file: proto/kumo/internal/v1/image_data.proto

import type { Long } from '@grpc/proto-loader';

/**
 * FinishImageUploadRequest ends an upload: the image becomes ACTIVE with
 * the stored data's size and checksum, or KILLED.
 */
export interface FinishImageUploadRequest {
  /**
   * Image id.
   */
  'image_id'?: (string);
  /**
   * The upload failed: the image becomes KILLED.
   */
  'failed'?: (boolean);
  /**
   * Why it failed.
   */
  'reason'?: (string);
  /**
   * Size of the stored data in bytes.
   */
  'size_bytes'?: (number | string | Long);
  /**
   * MD5 hex of the stored data.
   */
  'checksum'?: (string);
}

/**
 * FinishImageUploadRequest ends an upload: the image becomes ACTIVE with
 * the stored data's size and checksum, or KILLED.
 */
export interface FinishImageUploadRequest__Output {
  /**
   * Image id.
   */
  'image_id': (string);
  /**
   * The upload failed: the image becomes KILLED.
   */
  'failed': (boolean);
  /**
   * Why it failed.
   */
  'reason': (string);
  /**
   * Size of the stored data in bytes.
   */
  'size_bytes': (number);
  /**
   * MD5 hex of the stored data.
   */
  'checksum': (string);
}
