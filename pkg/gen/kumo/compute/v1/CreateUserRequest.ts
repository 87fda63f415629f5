// Original file: proto/kumo/compute/v1/identity.proto


/**
 * CreateUserRequest names a new user and its password.
 */
export interface CreateUserRequest {
  /**
   * Name: letters, digits, '.', '_', '-' and '@'; 1 to 64 characters.
   */
  'name'?: (string);
  /**
   * Password, 8 to 1024 characters.
   */
  'password'?: (string);
  /**
   * Project name or id to give the user a role on; empty for none.
   */
  'project'?: (string);
  /**
   * Role on that project; default member.
   */
  'role'?: (string);
}

/**
 * CreateUserRequest names a new user and its password.
 */
export interface CreateUserRequest__Output {
  /**
   * Name: letters, digits, '.', '_', '-' and '@'; 1 to 64 characters.
   */
  'name': (string);
  /**
   * Password, 8 to 1024 characters.
   */
  'password': (string);
  /**
   * Project name or id to give the user a role on; empty for none.
   */
  'project': (string);
  /**
   * Role on that project; default member.
   */
  'role': (string);
}
