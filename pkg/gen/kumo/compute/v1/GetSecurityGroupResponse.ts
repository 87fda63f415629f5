// Original file: proto/kumo/compute/v1/security_group.proto

import type { SecurityGroup as _kumo_compute_v1_SecurityGroup, SecurityGroup__Output as _kumo_compute_v1_SecurityGroup__Output } from '../../../kumo/compute/v1/SecurityGroup.js';

/**
 * GetSecurityGroupResponse carries one group.
 */
export interface GetSecurityGroupResponse {
  /**
   * The group.
   */
  'security_group'?: (_kumo_compute_v1_SecurityGroup | null);
}

/**
 * GetSecurityGroupResponse carries one group.
 */
export interface GetSecurityGroupResponse__Output {
  /**
   * The group.
   */
  'security_group': (_kumo_compute_v1_SecurityGroup__Output | null);
}
