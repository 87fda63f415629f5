// Original file: proto/kumo/compute/v1/security_group.proto

import type { SecurityGroup as _kumo_compute_v1_SecurityGroup, SecurityGroup__Output as _kumo_compute_v1_SecurityGroup__Output } from '../../../kumo/compute/v1/SecurityGroup.js';

/**
 * ListSecurityGroupsResponse is one page of groups, ordered by id (the
 * project's default group is created first if it has none).
 */
export interface ListSecurityGroupsResponse {
  /**
   * The groups.
   */
  'security_groups'?: (_kumo_compute_v1_SecurityGroup)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListSecurityGroupsResponse is one page of groups, ordered by id (the
 * project's default group is created first if it has none).
 */
export interface ListSecurityGroupsResponse__Output {
  /**
   * The groups.
   */
  'security_groups': (_kumo_compute_v1_SecurityGroup__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
