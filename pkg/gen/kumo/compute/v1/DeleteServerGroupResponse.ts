// Original file: proto/kumo/compute/v1/server_group.proto


/**
 * DeleteServerGroupResponse is empty.
 */
export interface DeleteServerGroupResponse {
}

/**
 * DeleteServerGroupResponse is empty.
 */
export interface DeleteServerGroupResponse__Output {
}
