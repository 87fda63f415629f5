// Original file: proto/kumo/compute/v1/security_group.proto

import type { SecurityGroupRule as _kumo_compute_v1_SecurityGroupRule, SecurityGroupRule__Output as _kumo_compute_v1_SecurityGroupRule__Output } from '../../../kumo/compute/v1/SecurityGroupRule.js';

/**
 * CreateSecurityGroupRuleResponse carries the new rule.
 */
export interface CreateSecurityGroupRuleResponse {
  /**
   * The rule, normalised.
   */
  'rule'?: (_kumo_compute_v1_SecurityGroupRule | null);
}

/**
 * CreateSecurityGroupRuleResponse carries the new rule.
 */
export interface CreateSecurityGroupRuleResponse__Output {
  /**
   * The rule, normalised.
   */
  'rule': (_kumo_compute_v1_SecurityGroupRule__Output | null);
}
