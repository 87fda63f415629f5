// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * DeleteSecurityGroupRequest names the group to delete.
 */
export interface DeleteSecurityGroupRequest {
  /**
   * Group id.
   */
  'id'?: (string);
}

/**
 * DeleteSecurityGroupRequest names the group to delete.
 */
export interface DeleteSecurityGroupRequest__Output {
  /**
   * Group id.
   */
  'id': (string);
}
