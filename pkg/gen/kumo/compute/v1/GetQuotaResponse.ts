// Original file: proto/kumo/compute/v1/quota.proto

import type { QuotaSet as _kumo_compute_v1_QuotaSet, QuotaSet__Output as _kumo_compute_v1_QuotaSet__Output } from '../../../kumo/compute/v1/QuotaSet.js';
import type { QuotaDetails as _kumo_compute_v1_QuotaDetails, QuotaDetails__Output as _kumo_compute_v1_QuotaDetails__Output } from '../../../kumo/compute/v1/QuotaDetails.js';

/**
 * GetQuotaResponse carries the effective limits.
 */
export interface GetQuotaResponse {
  /**
   * The project.
   */
  'project_id'?: (string);
  /**
   * Effective limits (defaults with the project's overrides).
   */
  'quota'?: (_kumo_compute_v1_QuotaSet | null);
  /**
   * Limits with usage.
   */
  'details'?: (_kumo_compute_v1_QuotaDetails | null);
  /**
   * Resources the project overrides (the rest are defaults).
   */
  'overridden'?: (string)[];
}

/**
 * GetQuotaResponse carries the effective limits.
 */
export interface GetQuotaResponse__Output {
  /**
   * The project.
   */
  'project_id': (string);
  /**
   * Effective limits (defaults with the project's overrides).
   */
  'quota': (_kumo_compute_v1_QuotaSet__Output | null);
  /**
   * Limits with usage.
   */
  'details': (_kumo_compute_v1_QuotaDetails__Output | null);
  /**
   * Resources the project overrides (the rest are defaults).
   */
  'overridden': (string)[];
}
