// Original file: proto/kumo/compute/v1/quota.proto

import type { QuotaDetails as _kumo_compute_v1_QuotaDetails, QuotaDetails__Output as _kumo_compute_v1_QuotaDetails__Output } from '../../../kumo/compute/v1/QuotaDetails.js';

/**
 * GetLimitsResponse carries the caller's project's limits and usage.
 */
export interface GetLimitsResponse {
  /**
   * The project.
   */
  'project_id'?: (string);
  /**
   * Limits with usage.
   */
  'absolute'?: (_kumo_compute_v1_QuotaDetails | null);
}

/**
 * GetLimitsResponse carries the caller's project's limits and usage.
 */
export interface GetLimitsResponse__Output {
  /**
   * The project.
   */
  'project_id': (string);
  /**
   * Limits with usage.
   */
  'absolute': (_kumo_compute_v1_QuotaDetails__Output | null);
}
