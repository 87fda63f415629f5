// Original file: proto/kumo/compute/v1/server_group.proto


/**
 * DeleteServerGroupRequest names the group to delete.
 */
export interface DeleteServerGroupRequest {
  /**
   * Group id.
   */
  'id'?: (string);
}

/**
 * DeleteServerGroupRequest names the group to delete.
 */
export interface DeleteServerGroupRequest__Output {
  /**
   * Group id.
   */
  'id': (string);
}
