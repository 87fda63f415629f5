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
  /**
   * Owner of the keypairs (admin; Nova's user_id): empty for the caller's own.
   */
  'user_id'?: (string);
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
  /**
   * Owner of the keypairs (admin; Nova's user_id): empty for the caller's own.
   */
  'user_id': (string);
}
