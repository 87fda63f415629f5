// Original file: proto/kumo/compute/v1/server_group.proto

import type { ServerGroup as _kumo_compute_v1_ServerGroup, ServerGroup__Output as _kumo_compute_v1_ServerGroup__Output } from '../../../kumo/compute/v1/ServerGroup.js';

/**
 * CreateServerGroupResponse carries the created group.
 */
export interface CreateServerGroupResponse {
  /**
   * The group.
   */
  'server_group'?: (_kumo_compute_v1_ServerGroup | null);
}

/**
 * CreateServerGroupResponse carries the created group.
 */
export interface CreateServerGroupResponse__Output {
  /**
   * The group.
   */
  'server_group': (_kumo_compute_v1_ServerGroup__Output | null);
}
