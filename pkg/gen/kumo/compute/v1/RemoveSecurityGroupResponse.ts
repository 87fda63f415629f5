// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * RemoveSecurityGroupResponse is empty.
 */
export interface RemoveSecurityGroupResponse {
}

/**
 * RemoveSecurityGroupResponse is empty.
 */
export interface RemoveSecurityGroupResponse__Output {
}
