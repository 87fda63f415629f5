// Original file: proto/kumo/internal/v1/network.proto


/**
 * NicAddress is one fixed address of a NIC with what the guest needs to
 * configure it.
 */
export interface NicAddress {
  /**
   * The subnet the address is from.
   */
  'subnet_id'?: (string);
  /**
   * The address.
   */
  'address'?: (string);
  /**
   * 4 or 6.
   */
  'version'?: (number);
  /**
   * The subnet's CIDR (its prefix length is the guest's netmask).
   */
  'cidr'?: (string);
  /**
   * The subnet's gateway.
   */
  'gateway_ip'?: (string);
  /**
   * The subnet's DNS servers.
   */
  'dns_nameservers'?: (string)[];
}

/**
 * NicAddress is one fixed address of a NIC with what the guest needs to
 * configure it.
 */
export interface NicAddress__Output {
  /**
   * The subnet the address is from.
   */
  'subnet_id': (string);
  /**
   * The address.
   */
  'address': (string);
  /**
   * 4 or 6.
   */
  'version': (number);
  /**
   * The subnet's CIDR (its prefix length is the guest's netmask).
   */
  'cidr': (string);
  /**
   * The subnet's gateway.
   */
  'gateway_ip': (string);
  /**
   * The subnet's DNS servers.
   */
  'dns_nameservers': (string)[];
}
