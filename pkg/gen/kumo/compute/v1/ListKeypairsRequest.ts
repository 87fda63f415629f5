// Original file: proto/kumo/compute/v1/keypair.proto


/**
 * ListKeypairsRequest pages through keypairs.
 */
export interface ListKeypairsRequest {
  /**
   * Maximum keypairs to return; 0 means the default (1000).
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
}

/**
 * ListKeypairsRequest pages through keypairs.
 */
export interface ListKeypairsRequest__Output {
  /**
   * Maximum keypairs to return; 0 means the default (1000).
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
}
