// Original file: proto/kumo/compute/v1/server_group.proto


/**
 * GetServerGroupRequest names a group.
 */
export interface GetServerGroupRequest {
  /**
   * Group id.
   */
  'id'?: (string);
}

/**
 * GetServerGroupRequest names a group.
 */
export interface GetServerGroupRequest__Output {
  /**
   * Group id.
   */
  'id': (string);
}
