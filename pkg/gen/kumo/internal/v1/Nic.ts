// Original file: proto/kumo/internal/v1/network.proto

import type { NicAddress as _kumo_internal_v1_NicAddress, NicAddress__Output as _kumo_internal_v1_NicAddress__Output } from '../../../kumo/internal/v1/NicAddress.js';

/**
 * Nic is one network interface of a server, as its host's driver plumbs
 * it: a port on a network with its MAC and fixed addresses.
 */
export interface Nic {
  /**
   * The port.
   */
  'port_id'?: (string);
  /**
   * The port's network.
   */
  'network_id'?: (string);
  /**
   * The network's name (the key of Server.addresses).
   */
  'network_name'?: (string);
  /**
   * The port's MAC address.
   */
  'mac_address'?: (string);
  /**
   * The port's fixed addresses.
   */
  'addresses'?: (_kumo_internal_v1_NicAddress)[];
  /**
   * Ids of the security groups the port applies (as at build time; the
   * port entity holds the current ones).
   */
  'security_group_ids'?: (string)[];
}

/**
 * Nic is one network interface of a server, as its host's driver plumbs
 * it: a port on a network with its MAC and fixed addresses.
 */
export interface Nic__Output {
  /**
   * The port.
   */
  'port_id': (string);
  /**
   * The port's network.
   */
  'network_id': (string);
  /**
   * The network's name (the key of Server.addresses).
   */
  'network_name': (string);
  /**
   * The port's MAC address.
   */
  'mac_address': (string);
  /**
   * The port's fixed addresses.
   */
  'addresses': (_kumo_internal_v1_NicAddress__Output)[];
  /**
   * Ids of the security groups the port applies (as at build time; the
   * port entity holds the current ones).
   */
  'security_group_ids': (string)[];
}
