// Original file: proto/kumo/compute/v1/server_service.proto


/**
 * NetworkRequest asks for one port on a network.
 */
export interface NetworkRequest {
  /**
   * The network's id: the caller's project's or a shared one.
   */
  'network_id'?: (string);
  /**
   * A specific address for the port, inside one of the network's subnets
   * and free; empty for any free address.
   */
  'fixed_ip'?: (string);
}

/**
 * NetworkRequest asks for one port on a network.
 */
export interface NetworkRequest__Output {
  /**
   * The network's id: the caller's project's or a shared one.
   */
  'network_id': (string);
  /**
   * A specific address for the port, inside one of the network's subnets
   * and free; empty for any free address.
   */
  'fixed_ip': (string);
}
