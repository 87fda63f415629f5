// Original file: proto/kumo/compute/v1/network.proto


/**
 * GetNetworkRequest names a network.
 */
export interface GetNetworkRequest {
  /**
   * Network id.
   */
  'id'?: (string);
}

/**
 * GetNetworkRequest names a network.
 */
export interface GetNetworkRequest__Output {
  /**
   * Network id.
   */
  'id': (string);
}
