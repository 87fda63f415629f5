// Original file: proto/kumo/compute/v1/server.proto


/**
 * Address is one IP address of a server on one network.
 */
export interface Address {
  /**
   * Name of the network.
   */
  'network'?: (string);
  /**
   * The IP address.
   */
  'address'?: (string);
  /**
   * 4 or 6.
   */
  'version'?: (number);
  /**
   * "fixed" or "floating".
   */
  'type'?: (string);
  /**
   * MAC address of the port.
   */
  'mac_address'?: (string);
}

/**
 * Address is one IP address of a server on one network.
 */
export interface Address__Output {
  /**
   * Name of the network.
   */
  'network': (string);
  /**
   * The IP address.
   */
  'address': (string);
  /**
   * 4 or 6.
   */
  'version': (number);
  /**
   * "fixed" or "floating".
   */
  'type': (string);
  /**
   * MAC address of the port.
   */
  'mac_address': (string);
}
