// Original file: proto/kumo/compute/v1/server_group.proto


/**
 * ListServerGroupsRequest lists groups.
 */
export interface ListServerGroupsRequest {
}

/**
 * ListServerGroupsRequest lists groups.
 */
export interface ListServerGroupsRequest__Output {
}
