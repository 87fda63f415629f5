// Original file: proto/kumo/internal/v1/digest.proto

import type { Long } from '@grpc/proto-loader';

/**
 * ViewDigestRequest asks a conductor for a digest of its view.
 */
export interface ViewDigestRequest {
  /**
   * When set, the conductor first waits (bounded) until its view applied
   * this state-log sequence.
   */
  'min_seq'?: (number | string | Long);
}

/**
 * ViewDigestRequest asks a conductor for a digest of its view.
 */
export interface ViewDigestRequest__Output {
  /**
   * When set, the conductor first waits (bounded) until its view applied
   * this state-log sequence.
   */
  'min_seq': (number);
}
