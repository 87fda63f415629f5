// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * CreateSecurityGroupRequest describes the group to create.
 */
export interface CreateSecurityGroupRequest {
  /**
   * Name, 1 to 255 characters, not "default".
   */
  'name'?: (string);
  /**
   * Free text, at most 255 characters.
   */
  'description'?: (string);
}

/**
 * CreateSecurityGroupRequest describes the group to create.
 */
export interface CreateSecurityGroupRequest__Output {
  /**
   * Name, 1 to 255 characters, not "default".
   */
  'name': (string);
  /**
   * Free text, at most 255 characters.
   */
  'description': (string);
}
