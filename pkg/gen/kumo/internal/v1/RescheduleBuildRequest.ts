// Original file: proto/kumo/internal/v1/records.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';

/**
 * RescheduleBuildRequest hands a server whose build failed on a host back
 * to the conductor, to try its next alternate.
 */
export interface RescheduleBuildRequest {
  /**
   * The record, with host cleared and the failed host in tried_hosts.
   */
  'record'?: (_kumo_internal_v1_ServerRecord | null);
  /**
   * Why the build failed on that host.
   */
  'reason'?: (string);
}

/**
 * RescheduleBuildRequest hands a server whose build failed on a host back
 * to the conductor, to try its next alternate.
 */
export interface RescheduleBuildRequest__Output {
  /**
   * The record, with host cleared and the failed host in tried_hosts.
   */
  'record': (_kumo_internal_v1_ServerRecord__Output | null);
  /**
   * Why the build failed on that host.
   */
  'reason': (string);
}
