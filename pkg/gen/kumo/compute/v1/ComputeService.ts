// Original file: proto/kumo/compute/v1/hypervisor.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * ComputeService is one kumo-compute host service, as Nova's os-services.
 */
export interface ComputeService {
  /**
   * Service id: the host name.
   */
  'id'?: (string);
  /**
   * Binary: "kumo-compute".
   */
  'binary'?: (string);
  /**
   * Host name.
   */
  'host'?: (string);
  /**
   * Availability zone.
   */
  'zone'?: (string);
  /**
   * "enabled" or "disabled".
   */
  'status'?: (string);
  /**
   * "up" if a heartbeat arrived within the service down time, else "down".
   */
  'state'?: (string);
  /**
   * Why it is disabled.
   */
  'disabled_reason'?: (string);
  /**
   * An admin declared it down (it is then down whatever its heartbeats say).
   */
  'forced_down'?: (boolean);
  /**
   * When the observer last heard from it (the observer's wall clock).
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * ComputeService is one kumo-compute host service, as Nova's os-services.
 */
export interface ComputeService__Output {
  /**
   * Service id: the host name.
   */
  'id': (string);
  /**
   * Binary: "kumo-compute".
   */
  'binary': (string);
  /**
   * Host name.
   */
  'host': (string);
  /**
   * Availability zone.
   */
  'zone': (string);
  /**
   * "enabled" or "disabled".
   */
  'status': (string);
  /**
   * "up" if a heartbeat arrived within the service down time, else "down".
   */
  'state': (string);
  /**
   * Why it is disabled.
   */
  'disabled_reason': (string);
  /**
   * An admin declared it down (it is then down whatever its heartbeats say).
   */
  'forced_down': (boolean);
  /**
   * When the observer last heard from it (the observer's wall clock).
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
