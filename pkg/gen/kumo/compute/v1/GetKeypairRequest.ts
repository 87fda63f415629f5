// Original file: proto/kumo/compute/v1/keypair.proto


/**
 * GetKeypairRequest names a keypair.
 */
export interface GetKeypairRequest {
  /**
   * Keypair name.
   */
  'name'?: (string);
  /**
   * Owner of the keypair (admin; Nova's user_id): empty for the caller's own.
   */
  'user_id'?: (string);
}

/**
 * GetKeypairRequest names a keypair.
 */
export interface GetKeypairRequest__Output {
  /**
   * Keypair name.
   */
  'name': (string);
  /**
   * Owner of the keypair (admin; Nova's user_id): empty for the caller's own.
   */
  'user_id': (string);
}
