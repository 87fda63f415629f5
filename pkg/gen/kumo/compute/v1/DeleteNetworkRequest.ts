// Original file: proto/kumo/compute/v1/network.proto


/**
 * DeleteNetworkRequest names the network to delete.
 */
export interface DeleteNetworkRequest {
  /**
   * Network id.
   */
  'id'?: (string);
}

/**
 * DeleteNetworkRequest names the network to delete.
 */
export interface DeleteNetworkRequest__Output {
  /**
   * Network id.
   */
  'id': (string);
}
