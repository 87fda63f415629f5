// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * AddSecurityGroupResponse is empty.
 */
export interface AddSecurityGroupResponse {
}

/**
 * AddSecurityGroupResponse is empty.
 */
export interface AddSecurityGroupResponse__Output {
}
