// Original file: proto/kumo/internal/v1/digest.proto

import type { TableDigest as _kumo_internal_v1_TableDigest, TableDigest__Output as _kumo_internal_v1_TableDigest__Output } from '../../../kumo/internal/v1/TableDigest.js';
import type { Long } from '@grpc/proto-loader';

/**
 * ViewDigestResponse is a deterministic digest of a conductor's view: two
 * conductors that applied the same log up to the same sequence answer the
 * same digest.
 */
export interface ViewDigestResponse {
  /**
   * The answering conductor (random per process start).
   */
  'conductor_id'?: (string);
  /**
   * The state-log sequence the view had applied when the digest was taken.
   */
  'applied_seq'?: (number | string | Long);
  /**
   * SHA-256 (hex) over the table digests, in name order.
   */
  'digest'?: (string);
  /**
   * One digest per table, in name order.
   */
  'tables'?: (_kumo_internal_v1_TableDigest)[];
}

/**
 * ViewDigestResponse is a deterministic digest of a conductor's view: two
 * conductors that applied the same log up to the same sequence answer the
 * same digest.
 */
export interface ViewDigestResponse__Output {
  /**
   * The answering conductor (random per process start).
   */
  'conductor_id': (string);
  /**
   * The state-log sequence the view had applied when the digest was taken.
   */
  'applied_seq': (number);
  /**
   * SHA-256 (hex) over the table digests, in name order.
   */
  'digest': (string);
  /**
   * One digest per table, in name order.
   */
  'tables': (_kumo_internal_v1_TableDigest__Output)[];
}
