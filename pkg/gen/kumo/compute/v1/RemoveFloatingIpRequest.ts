// Original file: proto/kumo/compute/v1/floating_ip.proto


/**
 * RemoveFloatingIpRequest disassociates a floating IP from a server.
 */
export interface RemoveFloatingIpRequest {
  /**
   * The server.
   */
  'server_id'?: (string);
  /**
   * The floating IP's address (or id).
   */
  'address'?: (string);
}

/**
 * RemoveFloatingIpRequest disassociates a floating IP from a server.
 */
export interface RemoveFloatingIpRequest__Output {
  /**
   * The server.
   */
  'server_id': (string);
  /**
   * The floating IP's address (or id).
   */
  'address': (string);
}
