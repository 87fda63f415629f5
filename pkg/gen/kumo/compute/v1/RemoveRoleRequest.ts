// Original file: proto/kumo/compute/v1/identity.proto


/**
 * RemoveRoleRequest names a user, a project and a role.
 */
export interface RemoveRoleRequest {
  /**
   * User name or id.
   */
  'user'?: (string);
  /**
   * Project name or id.
   */
  'project'?: (string);
  /**
   * Role to take away: reader, member, admin or service.
   */
  'role'?: (string);
}

/**
 * RemoveRoleRequest names a user, a project and a role.
 */
export interface RemoveRoleRequest__Output {
  /**
   * User name or id.
   */
  'user': (string);
  /**
   * Project name or id.
   */
  'project': (string);
  /**
   * Role to take away: reader, member, admin or service.
   */
  'role': (string);
}
