// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * GetSecurityGroupRequest names a group.
 */
export interface GetSecurityGroupRequest {
  /**
   * Group id.
   */
  'id'?: (string);
}

/**
 * GetSecurityGroupRequest names a group.
 */
export interface GetSecurityGroupRequest__Output {
  /**
   * Group id.
   */
  'id': (string);
}
