// Original file: proto/kumo/compute/v1/network.proto

import type { AllocationPool as _kumo_compute_v1_AllocationPool, AllocationPool__Output as _kumo_compute_v1_AllocationPool__Output } from '../../../kumo/compute/v1/AllocationPool.js';

/**
 * Subnet is an IPv4 or IPv6 address block of a network.
 */
export interface Subnet {
  /**
   * UUID, assigned by Kumo (output only).
   */
  'id'?: (string);
  /**
   * Display name; optional.
   */
  'name'?: (string);
  /**
   * The network the subnet belongs to (output only).
   */
  'network_id'?: (string);
  /**
   * 4 or 6; taken from the CIDR when 0.
   */
  'ip_version'?: (number);
  /**
   * The address block, e.g. 10.0.0.0/24 or fd00:1::/64; the address must
   * be the network's. IPv4 prefixes /8 to /30, IPv6 /48 to /126.
   */
  'cidr'?: (string);
  /**
   * Gateway address: inside the CIDR, neither its network nor (IPv4) its
   * broadcast address, outside the allocation pools. Empty means the first
   * host address of the CIDR.
   */
  'gateway_ip'?: (string);
  /**
   * Ranges handed out to ports: inside the CIDR, not overlapping, without
   * the gateway. Empty means every host address but the gateway.
   */
  'allocation_pools'?: (_kumo_compute_v1_AllocationPool)[];
  /**
   * DNS servers handed to guests; at most 5, no duplicates.
   */
  'dns_nameservers'?: (string)[];
}

/**
 * Subnet is an IPv4 or IPv6 address block of a network.
 */
export interface Subnet__Output {
  /**
   * UUID, assigned by Kumo (output only).
   */
  'id': (string);
  /**
   * Display name; optional.
   */
  'name': (string);
  /**
   * The network the subnet belongs to (output only).
   */
  'network_id': (string);
  /**
   * 4 or 6; taken from the CIDR when 0.
   */
  'ip_version': (number);
  /**
   * The address block, e.g. 10.0.0.0/24 or fd00:1::/64; the address must
   * be the network's. IPv4 prefixes /8 to /30, IPv6 /48 to /126.
   */
  'cidr': (string);
  /**
   * Gateway address: inside the CIDR, neither its network nor (IPv4) its
   * broadcast address, outside the allocation pools. Empty means the first
   * host address of the CIDR.
   */
  'gateway_ip': (string);
  /**
   * Ranges handed out to ports: inside the CIDR, not overlapping, without
   * the gateway. Empty means every host address but the gateway.
   */
  'allocation_pools': (_kumo_compute_v1_AllocationPool__Output)[];
  /**
   * DNS servers handed to guests; at most 5, no duplicates.
   */
  'dns_nameservers': (string)[];
}
