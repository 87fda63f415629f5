// Original file: proto/kumo/compute/v1/network.proto

import type { Network as _kumo_compute_v1_Network, Network__Output as _kumo_compute_v1_Network__Output } from '../../../kumo/compute/v1/Network.js';

/**
 * GetNetworkResponse carries one network.
 */
export interface GetNetworkResponse {
  /**
   * The network.
   */
  'network'?: (_kumo_compute_v1_Network | null);
}

/**
 * GetNetworkResponse carries one network.
 */
export interface GetNetworkResponse__Output {
  /**
   * The network.
   */
  'network': (_kumo_compute_v1_Network__Output | null);
}
