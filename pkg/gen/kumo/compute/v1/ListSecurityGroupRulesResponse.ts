// Original file: proto/kumo/compute/v1/security_group.proto

import type { SecurityGroupRule as _kumo_compute_v1_SecurityGroupRule, SecurityGroupRule__Output as _kumo_compute_v1_SecurityGroupRule__Output } from '../../../kumo/compute/v1/SecurityGroupRule.js';

/**
 * ListSecurityGroupRulesResponse carries the rules.
 */
export interface ListSecurityGroupRulesResponse {
  /**
   * The rules, by group then creation.
   */
  'rules'?: (_kumo_compute_v1_SecurityGroupRule)[];
}

/**
 * ListSecurityGroupRulesResponse carries the rules.
 */
export interface ListSecurityGroupRulesResponse__Output {
  /**
   * The rules, by group then creation.
   */
  'rules': (_kumo_compute_v1_SecurityGroupRule__Output)[];
}
