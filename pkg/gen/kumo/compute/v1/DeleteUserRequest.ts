// Original file: proto/kumo/compute/v1/identity.proto


/**
 * DeleteUserRequest names the user to delete.
 */
export interface DeleteUserRequest {
  /**
   * User name or id.
   */
  'user'?: (string);
}

/**
 * DeleteUserRequest names the user to delete.
 */
export interface DeleteUserRequest__Output {
  /**
   * User name or id.
   */
  'user': (string);
}
