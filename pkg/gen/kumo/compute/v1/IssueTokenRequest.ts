// Original file: proto/kumo/compute/v1/identity.proto


/**
 * IssueTokenRequest carries a user's password and the project to scope the token to.
 */
export interface IssueTokenRequest {
  /**
   * User name.
   */
  'username'?: (string);
  /**
   * The user's password.
   */
  'password'?: (string);
  /**
   * Project name (or id) the token acts in; the user needs a role there.
   */
  'project'?: (string);
}

/**
 * IssueTokenRequest carries a user's password and the project to scope the token to.
 */
export interface IssueTokenRequest__Output {
  /**
   * User name.
   */
  'username': (string);
  /**
   * The user's password.
   */
  'password': (string);
  /**
   * Project name (or id) the token acts in; the user needs a role there.
   */
  'project': (string);
}
