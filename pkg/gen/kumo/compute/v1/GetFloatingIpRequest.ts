// Original file: proto/kumo/compute/v1/floating_ip.proto


/**
 * GetFloatingIpRequest names a floating IP.
 */
export interface GetFloatingIpRequest {
  /**
   * Floating IP id, or its address.
   */
  'id'?: (string);
}

/**
 * GetFloatingIpRequest names a floating IP.
 */
export interface GetFloatingIpRequest__Output {
  /**
   * Floating IP id, or its address.
   */
  'id': (string);
}
