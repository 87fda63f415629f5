// Original file: proto/kumo/compute/v1/image.proto

import type { Long } from '@grpc/proto-loader';

/**
 * UploadImageDataRequest is one message of an upload stream.
 */
export interface UploadImageDataRequest {
  /**
   * Image id; required in the first message, ignored after it.
   */
  'image_id'?: (string);
  /**
   * MD5 hex the data must have; checked at the end when set (first message).
   */
  'checksum'?: (string);
  /**
   * Size in bytes the data must have; checked at the end when non-zero (first message).
   */
  'size_bytes'?: (number | string | Long);
  /**
   * A chunk of the data (at most 1 MiB per message; may be empty).
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * UploadImageDataRequest is one message of an upload stream.
 */
export interface UploadImageDataRequest__Output {
  /**
   * Image id; required in the first message, ignored after it.
   */
  'image_id': (string);
  /**
   * MD5 hex the data must have; checked at the end when set (first message).
   */
  'checksum': (string);
  /**
   * Size in bytes the data must have; checked at the end when non-zero (first message).
   */
  'size_bytes': (number);
  /**
   * A chunk of the data (at most 1 MiB per message; may be empty).
   */
  'data': (Buffer);
}
