// Original file: proto/kumo/compute/v1/network.proto

import type { Network as _kumo_compute_v1_Network, Network__Output as _kumo_compute_v1_Network__Output } from '../../../kumo/compute/v1/Network.js';

/**
 * ListNetworksResponse is one page of networks, ordered by id.
 */
export interface ListNetworksResponse {
  /**
   * The networks.
   */
  'networks'?: (_kumo_compute_v1_Network)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListNetworksResponse is one page of networks, ordered by id.
 */
export interface ListNetworksResponse__Output {
  /**
   * The networks.
   */
  'networks': (_kumo_compute_v1_Network__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
