// Original file: proto/kumo/compute/v1/identity.proto


/**
 * RevokeTokenRequest names the token to revoke.
 */
export interface RevokeTokenRequest {
  /**
   * The token to revoke (Keystone's X-Subject-Token): the caller's own, or any (admin).
   */
  'token'?: (string);
}

/**
 * RevokeTokenRequest names the token to revoke.
 */
export interface RevokeTokenRequest__Output {
  /**
   * The token to revoke (Keystone's X-Subject-Token): the caller's own, or any (admin).
   */
  'token': (string);
}
