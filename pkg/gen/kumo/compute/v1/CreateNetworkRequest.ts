// Original file: proto/kumo/compute/v1/network.proto

import type { Subnet as _kumo_compute_v1_Subnet, Subnet__Output as _kumo_compute_v1_Subnet__Output } from '../../../kumo/compute/v1/Subnet.js';

/**
 * CreateNetworkRequest describes the network to create.
 */
export interface CreateNetworkRequest {
  /**
   * Display name: 1 to 255 characters.
   */
  'name'?: (string);
  /**
   * Visible to every project (admins only).
   */
  'shared'?: (boolean);
  /**
   * The subnets: 1 to 16, not overlapping each other.
   */
  'subnets'?: (_kumo_compute_v1_Subnet)[];
  /**
   * An external network: a pool of floating IPs (admins only).
   */
  'external'?: (boolean);
}

/**
 * CreateNetworkRequest describes the network to create.
 */
export interface CreateNetworkRequest__Output {
  /**
   * Display name: 1 to 255 characters.
   */
  'name': (string);
  /**
   * Visible to every project (admins only).
   */
  'shared': (boolean);
  /**
   * The subnets: 1 to 16, not overlapping each other.
   */
  'subnets': (_kumo_compute_v1_Subnet__Output)[];
  /**
   * An external network: a pool of floating IPs (admins only).
   */
  'external': (boolean);
}
