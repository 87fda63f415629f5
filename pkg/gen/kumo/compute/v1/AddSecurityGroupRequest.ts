// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * AddSecurityGroupRequest adds a group to every port of a server (Nova's
 * addSecurityGroup action).
 */
export interface AddSecurityGroupRequest {
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
 * AddSecurityGroupRequest adds a group to every port of a server (Nova's
 * addSecurityGroup action).
 */
export interface AddSecurityGroupRequest__Output {
  /**
   * The server.
   */
  'server_id': (string);
  /**
   * The group's name or id.
   */
  'group': (string);
}
