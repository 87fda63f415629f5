// Original file: proto/kumo/compute/v1/security_group.proto

import type { SecurityGroupRule as _kumo_compute_v1_SecurityGroupRule, SecurityGroupRule__Output as _kumo_compute_v1_SecurityGroupRule__Output } from '../../../kumo/compute/v1/SecurityGroupRule.js';

/**
 * CreateSecurityGroupRuleRequest adds a rule to a group.
 */
export interface CreateSecurityGroupRuleRequest {
  /**
   * The rule; security_group_id names the group.
   */
  'rule'?: (_kumo_compute_v1_SecurityGroupRule | null);
}

/**
 * CreateSecurityGroupRuleRequest adds a rule to a group.
 */
export interface CreateSecurityGroupRuleRequest__Output {
  /**
   * The rule; security_group_id names the group.
   */
  'rule': (_kumo_compute_v1_SecurityGroupRule__Output | null);
}
