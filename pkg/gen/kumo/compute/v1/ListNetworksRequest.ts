// Original file: proto/kumo/compute/v1/network.proto


/**
 * ListNetworksRequest pages through the networks the caller can see.
 */
export interface ListNetworksRequest {
  /**
   * Maximum networks to return; 0 means the default (1000).
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
  /**
   * Only networks with exactly this name.
   */
  'name'?: (string);
}

/**
 * ListNetworksRequest pages through the networks the caller can see.
 */
export interface ListNetworksRequest__Output {
  /**
   * Maximum networks to return; 0 means the default (1000).
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
  /**
   * Only networks with exactly this name.
   */
  'name': (string);
}
