// Original file: proto/kumo/compute/v1/identity.proto


/**
 * AddRoleRequest names a user, a project and a role.
 */
export interface AddRoleRequest {
  /**
   * User name or id.
   */
  'user'?: (string);
  /**
   * Project name or id.
   */
  'project'?: (string);
  /**
   * Role: reader, member, admin or service.
   */
  'role'?: (string);
}

/**
 * AddRoleRequest names a user, a project and a role.
 */
export interface AddRoleRequest__Output {
  /**
   * User name or id.
   */
  'user': (string);
  /**
   * Project name or id.
   */
  'project': (string);
  /**
   * Role: reader, member, admin or service.
   */
  'role': (string);
}
