// Original file: proto/kumo/compute/v1/keypair.proto


/**
 * CreateKeypairRequest names the keypair and optionally carries its public key.
 */
export interface CreateKeypairRequest {
  /**
   * Name: letters, digits, spaces, '.', '_', '-' and '@'; 1 to 255 characters.
   */
  'name'?: (string);
  /**
   * OpenSSH public key to import; empty to generate a new RSA key pair.
   */
  'public_key'?: (string);
}

/**
 * CreateKeypairRequest names the keypair and optionally carries its public key.
 */
export interface CreateKeypairRequest__Output {
  /**
   * Name: letters, digits, spaces, '.', '_', '-' and '@'; 1 to 255 characters.
   */
  'name': (string);
  /**
   * OpenSSH public key to import; empty to generate a new RSA key pair.
   */
  'public_key': (string);
}
