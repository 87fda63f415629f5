// Original file: proto/kumo/compute/v1/quota.proto

import type { QuotaSet as _kumo_compute_v1_QuotaSet, QuotaSet__Output as _kumo_compute_v1_QuotaSet__Output } from '../../../kumo/compute/v1/QuotaSet.js';

/**
 * UpdateQuotaResponse carries the new effective limits.
 */
export interface UpdateQuotaResponse {
  /**
   * Effective limits after the change.
   */
  'quota'?: (_kumo_compute_v1_QuotaSet | null);
}

/**
 * UpdateQuotaResponse carries the new effective limits.
 */
export interface UpdateQuotaResponse__Output {
  /**
   * Effective limits after the change.
   */
  'quota': (_kumo_compute_v1_QuotaSet__Output | null);
}
