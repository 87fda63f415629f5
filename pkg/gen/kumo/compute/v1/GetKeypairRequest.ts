// Original file: proto/kumo/compute/v1/keypair.proto


/**
 * GetKeypairRequest names a keypair.
 */
export interface GetKeypairRequest {
  /**
   * Keypair name.
   */
  'name'?: (string);
}

/**
 * GetKeypairRequest names a keypair.
 */
export interface GetKeypairRequest__Output {
  /**
   * Keypair name.
   */
  'name': (string);
}
