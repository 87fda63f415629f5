// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * ListSecurityGroupRulesRequest lists the caller's rules.
 */
export interface ListSecurityGroupRulesRequest {
  /**
   * Only the rules of this group.
   */
  'security_group_id'?: (string);
}

/**
 * ListSecurityGroupRulesRequest lists the caller's rules.
 */
export interface ListSecurityGroupRulesRequest__Output {
  /**
   * Only the rules of this group.
   */
  'security_group_id': (string);
}
