// Original file: proto/kumo/compute/v1/server_group.proto

import type { ServerGroup as _kumo_compute_v1_ServerGroup, ServerGroup__Output as _kumo_compute_v1_ServerGroup__Output } from '../../../kumo/compute/v1/ServerGroup.js';

/**
 * ListServerGroupsResponse carries the groups.
 */
export interface ListServerGroupsResponse {
  /**
   * The groups.
   */
  'server_groups'?: (_kumo_compute_v1_ServerGroup)[];
}

/**
 * ListServerGroupsResponse carries the groups.
 */
export interface ListServerGroupsResponse__Output {
  /**
   * The groups.
   */
  'server_groups': (_kumo_compute_v1_ServerGroup__Output)[];
}
