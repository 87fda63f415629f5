// Original file: proto/kumo/compute/v1/server_group.proto

import type { ServerGroupPolicy as _kumo_compute_v1_ServerGroupPolicy, ServerGroupPolicy__Output as _kumo_compute_v1_ServerGroupPolicy__Output } from '../../../kumo/compute/v1/ServerGroupPolicy.js';

/**
 * CreateServerGroupRequest describes the group.
 */
export interface CreateServerGroupRequest {
  /**
   * Name, 1 to 255 characters.
   */
  'name'?: (string);
  /**
   * Placement policy (required).
   */
  'policy'?: (_kumo_compute_v1_ServerGroupPolicy);
  /**
   * For anti-affinity only: members allowed per host, at least 1; 0 means 1.
   */
  'max_server_per_host'?: (number);
}

/**
 * CreateServerGroupRequest describes the group.
 */
export interface CreateServerGroupRequest__Output {
  /**
   * Name, 1 to 255 characters.
   */
  'name': (string);
  /**
   * Placement policy (required).
   */
  'policy': (_kumo_compute_v1_ServerGroupPolicy__Output);
  /**
   * For anti-affinity only: members allowed per host, at least 1; 0 means 1.
   */
  'max_server_per_host': (number);
}
