// Original file: proto/kumo/compute/v1/server_group.proto

import type { ServerGroup as _kumo_compute_v1_ServerGroup, ServerGroup__Output as _kumo_compute_v1_ServerGroup__Output } from '../../../kumo/compute/v1/ServerGroup.js';

/**
 * GetServerGroupResponse carries one group.
 */
export interface GetServerGroupResponse {
  /**
   * The group.
   */
  'server_group'?: (_kumo_compute_v1_ServerGroup | null);
}

/**
 * GetServerGroupResponse carries one group.
 */
export interface GetServerGroupResponse__Output {
  /**
   * The group.
   */
  'server_group': (_kumo_compute_v1_ServerGroup__Output | null);
}
