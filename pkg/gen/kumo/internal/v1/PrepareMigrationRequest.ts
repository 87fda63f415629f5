// Original file: proto/kumo/internal/v1/instance.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';

/**
 * PrepareMigrationRequest asks a destination host to claim resources for a
 * server moving to it.
 */
export interface PrepareMigrationRequest {
  /**
   * The server's record as the source holds it, with migration set.
   */
  'record'?: (_kumo_internal_v1_ServerRecord | null);
}

/**
 * PrepareMigrationRequest asks a destination host to claim resources for a
 * server moving to it.
 */
export interface PrepareMigrationRequest__Output {
  /**
   * The server's record as the source holds it, with migration set.
   */
  'record': (_kumo_internal_v1_ServerRecord__Output | null);
}
