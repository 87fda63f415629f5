// Original file: proto/kumo/compute/v1/identity.proto


/**
 * RoleAssignment gives a user roles on a project.
 */
export interface RoleAssignment {
  /**
   * The user's id.
   */
  'user_id'?: (string);
  /**
   * The user's name.
   */
  'user_name'?: (string);
  /**
   * The project's id.
   */
  'project_id'?: (string);
  /**
   * The project's name.
   */
  'project_name'?: (string);
  /**
   * Roles given: reader, member, admin or service (admin implies member, member implies reader).
   */
  'roles'?: (string)[];
}

/**
 * RoleAssignment gives a user roles on a project.
 */
export interface RoleAssignment__Output {
  /**
   * The user's id.
   */
  'user_id': (string);
  /**
   * The user's name.
   */
  'user_name': (string);
  /**
   * The project's id.
   */
  'project_id': (string);
  /**
   * The project's name.
   */
  'project_name': (string);
  /**
   * Roles given: reader, member, admin or service (admin implies member, member implies reader).
   */
  'roles': (string)[];
}
