// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * DeleteSecurityGroupRuleResponse is empty.
 */
export interface DeleteSecurityGroupRuleResponse {
}

/**
 * DeleteSecurityGroupRuleResponse is empty.
 */
export interface DeleteSecurityGroupRuleResponse__Output {
}
