// Original file: proto/kumo/compute/v1/keypair.proto


/**
 * DeleteKeypairRequest names the keypair to delete.
 */
export interface DeleteKeypairRequest {
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
 * DeleteKeypairRequest names the keypair to delete.
 */
export interface DeleteKeypairRequest__Output {
  /**
   * Keypair name.
   */
  'name': (string);
  /**
   * Owner of the keypair (admin; Nova's user_id): empty for the caller's own.
   */
  'user_id': (string);
}
