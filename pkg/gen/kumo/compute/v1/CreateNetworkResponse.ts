// Original file: proto/kumo/compute/v1/network.proto

import type { Network as _kumo_compute_v1_Network, Network__Output as _kumo_compute_v1_Network__Output } from '../../../kumo/compute/v1/Network.js';

/**
 * CreateNetworkResponse carries the new network.
 */
export interface CreateNetworkResponse {
  /**
   * The network, with its subnets' ids, gateways and pools filled in.
   */
  'network'?: (_kumo_compute_v1_Network | null);
}

/**
 * CreateNetworkResponse carries the new network.
 */
export interface CreateNetworkResponse__Output {
  /**
   * The network, with its subnets' ids, gateways and pools filled in.
   */
  'network': (_kumo_compute_v1_Network__Output | null);
}
