// Original file: proto/kumo/compute/v1/keypair.proto


/**
 * DeleteKeypairRequest names the keypair to delete.
 */
export interface DeleteKeypairRequest {
  /**
   * Keypair name.
   */
  'name'?: (string);
}

/**
 * DeleteKeypairRequest names the keypair to delete.
 */
export interface DeleteKeypairRequest__Output {
  /**
   * Keypair name.
   */
  'name': (string);
}
