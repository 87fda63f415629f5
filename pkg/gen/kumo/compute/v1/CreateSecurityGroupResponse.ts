// Original file: proto/kumo/compute/v1/security_group.proto

import type { SecurityGroup as _kumo_compute_v1_SecurityGroup, SecurityGroup__Output as _kumo_compute_v1_SecurityGroup__Output } from '../../../kumo/compute/v1/SecurityGroup.js';

/**
 * CreateSecurityGroupResponse carries the new group.
 */
export interface CreateSecurityGroupResponse {
  /**
   * The group, with Neutron's two egress rules (any IPv4, any IPv6).
   */
  'security_group'?: (_kumo_compute_v1_SecurityGroup | null);
}

/**
 * CreateSecurityGroupResponse carries the new group.
 */
export interface CreateSecurityGroupResponse__Output {
  /**
   * The group, with Neutron's two egress rules (any IPv4, any IPv6).
   */
  'security_group': (_kumo_compute_v1_SecurityGroup__Output | null);
}
