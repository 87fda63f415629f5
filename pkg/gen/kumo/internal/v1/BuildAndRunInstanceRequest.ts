// Original file: proto/kumo/internal/v1/host.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';

/**
 * BuildAndRunInstanceRequest hands a scheduled server to a host.
 */
export interface BuildAndRunInstanceRequest {
  /**
   * The server record as the conductor wrote it.
   */
  'record'?: (_kumo_internal_v1_ServerRecord | null);
}

/**
 * BuildAndRunInstanceRequest hands a scheduled server to a host.
 */
export interface BuildAndRunInstanceRequest__Output {
  /**
   * The server record as the conductor wrote it.
   */
  'record': (_kumo_internal_v1_ServerRecord__Output | null);
}
