// Original file: proto/kumo/compute/v1/floating_ip.proto


/**
 * AddFloatingIpRequest associates a floating IP with a server (Nova's
 * addFloatingIp action).
 */
export interface AddFloatingIpRequest {
  /**
   * The server.
   */
  'server_id'?: (string);
  /**
   * The floating IP's address (or id).
   */
  'address'?: (string);
  /**
   * The server's fixed IPv4 address to serve; empty for the first one of
   * its first port.
   */
  'fixed_address'?: (string);
}

/**
 * AddFloatingIpRequest associates a floating IP with a server (Nova's
 * addFloatingIp action).
 */
export interface AddFloatingIpRequest__Output {
  /**
   * The server.
   */
  'server_id': (string);
  /**
   * The floating IP's address (or id).
   */
  'address': (string);
  /**
   * The server's fixed IPv4 address to serve; empty for the first one of
   * its first port.
   */
  'fixed_address': (string);
}
