// Original file: proto/kumo/compute/v1/server_service.proto

import type { RebootType as _kumo_compute_v1_RebootType, RebootType__Output as _kumo_compute_v1_RebootType__Output } from '../../../kumo/compute/v1/RebootType.js';

/**
 * RebootServerRequest names the server and the reboot type.
 */
export interface RebootServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Soft or hard.
   */
  'type'?: (_kumo_compute_v1_RebootType);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * RebootServerRequest names the server and the reboot type.
 */
export interface RebootServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Soft or hard.
   */
  'type': (_kumo_compute_v1_RebootType__Output);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
