// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * DeleteSecurityGroupResponse is empty.
 */
export interface DeleteSecurityGroupResponse {
}

/**
 * DeleteSecurityGroupResponse is empty.
 */
export interface DeleteSecurityGroupResponse__Output {
}
