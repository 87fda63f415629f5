// Original file: proto/kumo/internal/v1/scheduler.proto

import type { ServerGroupPolicy as _kumo_compute_v1_ServerGroupPolicy, ServerGroupPolicy__Output as _kumo_compute_v1_ServerGroupPolicy__Output } from '../../../kumo/compute/v1/ServerGroupPolicy.js';

/**
 * GroupSpec is the server group of a request, as the conductor resolved it.
 */
export interface GroupSpec {
  /**
   * Group id.
   */
  'id'?: (string);
  /**
   * Placement policy.
   */
  'policy'?: (_kumo_compute_v1_ServerGroupPolicy);
  /**
   * For anti-affinity: members allowed per host (at least 1).
   */
  'max_server_per_host'?: (number);
  /**
   * The host of every existing member (a host appears once per member).
   */
  'member_hosts'?: (string)[];
}

/**
 * GroupSpec is the server group of a request, as the conductor resolved it.
 */
export interface GroupSpec__Output {
  /**
   * Group id.
   */
  'id': (string);
  /**
   * Placement policy.
   */
  'policy': (_kumo_compute_v1_ServerGroupPolicy__Output);
  /**
   * For anti-affinity: members allowed per host (at least 1).
   */
  'max_server_per_host': (number);
  /**
   * The host of every existing member (a host appears once per member).
   */
  'member_hosts': (string)[];
}
