// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * DeleteSecurityGroupRuleRequest names the rule to delete.
 */
export interface DeleteSecurityGroupRuleRequest {
  /**
   * Rule id.
   */
  'id'?: (string);
}

/**
 * DeleteSecurityGroupRuleRequest names the rule to delete.
 */
export interface DeleteSecurityGroupRuleRequest__Output {
  /**
   * Rule id.
   */
  'id': (string);
}
