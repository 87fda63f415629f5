// Original file: proto/kumo/internal/v1/identity.proto

import type { Long } from '@grpc/proto-loader';

/**
 * SigningKeyRecord is the HMAC-SHA256 key every kumo-api signs and checks tokens with.
 */
export interface SigningKeyRecord {
  /**
   * 32 random bytes.
   */
  'key'?: (Buffer | Uint8Array | string);
  /**
   * When it was made (epoch ms).
   */
  'created_ms'?: (number | string | Long);
}

/**
 * SigningKeyRecord is the HMAC-SHA256 key every kumo-api signs and checks tokens with.
 */
export interface SigningKeyRecord__Output {
  /**
   * 32 random bytes.
   */
  'key': (Buffer);
  /**
   * When it was made (epoch ms).
   */
  'created_ms': (number);
}
