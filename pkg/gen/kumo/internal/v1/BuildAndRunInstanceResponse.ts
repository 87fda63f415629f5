// Original file: proto/kumo/internal/v1/host.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';

/**
 * BuildAndRunInstanceResponse confirms the claim; the spawn continues on the host.
 */
export interface BuildAndRunInstanceResponse {
  /**
   * Not set: the record as the host stored it is in the state log
   * (kept for compatibility; hosts filled it before).
   */
  'record'?: (_kumo_internal_v1_ServerRecord | null);
}

/**
 * BuildAndRunInstanceResponse confirms the claim; the spawn continues on the host.
 */
export interface BuildAndRunInstanceResponse__Output {
  /**
   * Not set: the record as the host stored it is in the state log
   * (kept for compatibility; hosts filled it before).
   */
  'record': (_kumo_internal_v1_ServerRecord__Output | null);
}
