// Original file: proto/kumo/internal/v1/host.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';

/**
 * BuildAndRunInstanceResponse confirms the claim; the spawn continues on the host.
 */
export interface BuildAndRunInstanceResponse {
  /**
   * The record as the host stored it.
   */
  'record'?: (_kumo_internal_v1_ServerRecord | null);
}

/**
 * BuildAndRunInstanceResponse confirms the claim; the spawn continues on the host.
 */
export interface BuildAndRunInstanceResponse__Output {
  /**
   * The record as the host stored it.
   */
  'record': (_kumo_internal_v1_ServerRecord__Output | null);
}
