// Original file: proto/kumo/compute/v1/network.proto


/**
 * FixedIp is one address of a port, in one subnet.
 */
export interface FixedIp {
  /**
   * The subnet the address is from.
   */
  'subnet_id'?: (string);
  /**
   * The address.
   */
  'ip_address'?: (string);
}

/**
 * FixedIp is one address of a port, in one subnet.
 */
export interface FixedIp__Output {
  /**
   * The subnet the address is from.
   */
  'subnet_id': (string);
  /**
   * The address.
   */
  'ip_address': (string);
}
