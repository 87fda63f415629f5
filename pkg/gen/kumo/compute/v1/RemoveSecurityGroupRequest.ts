// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * RemoveSecurityGroupRequest removes a group from every port of a server.
 */
export interface RemoveSecurityGroupRequest {
  /**
   * The server.
   */
  'server_id'?: (string);
  /**
   * The group's name or id.
   */
  'group'?: (string);
}

/**
 * RemoveSecurityGroupRequest removes a group from every port of a server.
 */
export interface RemoveSecurityGroupRequest__Output {
  /**
   * The server.
   */
  'server_id': (string);
  /**
   * The group's name or id.
   */
  'group': (string);
}
