// Original file: proto/kumo/internal/v1/instance.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';

/**
 * FinishMigrationRequest hands a moved server to its destination host,
 * which becomes its owner and starts its instance actor.
 */
export interface FinishMigrationRequest {
  /**
   * The record with host set to the destination (already logged by the source).
   */
  'record'?: (_kumo_internal_v1_ServerRecord | null);
}

/**
 * FinishMigrationRequest hands a moved server to its destination host,
 * which becomes its owner and starts its instance actor.
 */
export interface FinishMigrationRequest__Output {
  /**
   * The record with host set to the destination (already logged by the source).
   */
  'record': (_kumo_internal_v1_ServerRecord__Output | null);
}
