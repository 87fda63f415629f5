// Original file: proto/kumo/internal/v1/digest.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';

/**
 * GetHostStateResponse is the full state of a host: the record of every
 * instance it runs, as its LMDB holds it (the source of truth for what runs
 * there).
 */
export interface GetHostStateResponse {
  /**
   * Compute host name.
   */
  'host'?: (string);
  /**
   * The instance records, in id order.
   */
  'records'?: (_kumo_internal_v1_ServerRecord)[];
}

/**
 * GetHostStateResponse is the full state of a host: the record of every
 * instance it runs, as its LMDB holds it (the source of truth for what runs
 * there).
 */
export interface GetHostStateResponse__Output {
  /**
   * Compute host name.
   */
  'host': (string);
  /**
   * The instance records, in id order.
   */
  'records': (_kumo_internal_v1_ServerRecord__Output)[];
}
