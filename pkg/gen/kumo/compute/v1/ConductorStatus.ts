// Original file: proto/kumo/compute/v1/system.proto

import type { Long } from '@grpc/proto-loader';

/**
 * ConductorStatus is one conductor's view against the state log.
 */
export interface ConductorStatus {
  /**
   * The conductor's id.
   */
  'conductor_id'?: (string);
  /**
   * NATS client name of its process.
   */
  'name'?: (string);
  /**
   * The last state-log sequence its view applied.
   */
  'applied_seq'?: (number | string | Long);
  /**
   * Entries logged but not yet applied: stream last sequence minus applied (0 when caught up).
   */
  'lag'?: (number | string | Long);
  /**
   * Milliseconds since the view last applied an entry (-1: none since the conductor started).
   */
  'applied_age_ms'?: (number | string | Long);
}

/**
 * ConductorStatus is one conductor's view against the state log.
 */
export interface ConductorStatus__Output {
  /**
   * The conductor's id.
   */
  'conductor_id': (string);
  /**
   * NATS client name of its process.
   */
  'name': (string);
  /**
   * The last state-log sequence its view applied.
   */
  'applied_seq': (number);
  /**
   * Entries logged but not yet applied: stream last sequence minus applied (0 when caught up).
   */
  'lag': (number);
  /**
   * Milliseconds since the view last applied an entry (-1: none since the conductor started).
   */
  'applied_age_ms': (number);
}
