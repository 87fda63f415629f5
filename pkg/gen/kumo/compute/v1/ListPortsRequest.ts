// Original file: proto/kumo/compute/v1/network.proto


/**
 * ListPortsRequest filters and pages through the caller's ports.
 */
export interface ListPortsRequest {
  /**
   * Maximum ports to return; 0 means the default (1000).
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
  /**
   * Only the ports of this server.
   */
  'server_id'?: (string);
  /**
   * Only the ports on this network.
   */
  'network_id'?: (string);
}

/**
 * ListPortsRequest filters and pages through the caller's ports.
 */
export interface ListPortsRequest__Output {
  /**
   * Maximum ports to return; 0 means the default (1000).
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
  /**
   * Only the ports of this server.
   */
  'server_id': (string);
  /**
   * Only the ports on this network.
   */
  'network_id': (string);
}
