// Original file: proto/kumo/internal/v1/instance.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';
import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';

/**
 * SelectDestinationRequest asks a conductor to schedule a move.
 */
export interface SelectDestinationRequest {
  /**
   * The server's record.
   */
  'record'?: (_kumo_internal_v1_ServerRecord | null);
  /**
   * The flavor to fit (the new one for a resize).
   */
  'flavor'?: (_kumo_compute_v1_Flavor | null);
  /**
   * Hosts not to choose (the source).
   */
  'ignore_hosts'?: (string)[];
  /**
   * Forced destination (admin), checked by the host's claim only.
   */
  'target_host'?: (string);
}

/**
 * SelectDestinationRequest asks a conductor to schedule a move.
 */
export interface SelectDestinationRequest__Output {
  /**
   * The server's record.
   */
  'record': (_kumo_internal_v1_ServerRecord__Output | null);
  /**
   * The flavor to fit (the new one for a resize).
   */
  'flavor': (_kumo_compute_v1_Flavor__Output | null);
  /**
   * Hosts not to choose (the source).
   */
  'ignore_hosts': (string)[];
  /**
   * Forced destination (admin), checked by the host's claim only.
   */
  'target_host': (string);
}
