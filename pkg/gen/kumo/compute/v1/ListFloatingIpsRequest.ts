// Original file: proto/kumo/compute/v1/floating_ip.proto


/**
 * ListFloatingIpsRequest pages through the caller's floating IPs.
 */
export interface ListFloatingIpsRequest {
  /**
   * Maximum floating IPs to return; 0 means the default (1000).
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
  /**
   * Only the floating IPs associated with this server.
   */
  'server_id'?: (string);
}

/**
 * ListFloatingIpsRequest pages through the caller's floating IPs.
 */
export interface ListFloatingIpsRequest__Output {
  /**
   * Maximum floating IPs to return; 0 means the default (1000).
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
  /**
   * Only the floating IPs associated with this server.
   */
  'server_id': (string);
}
