// Original file: proto/kumo/compute/v1/floating_ip.proto


/**
 * DeleteFloatingIpRequest names the floating IP to release.
 */
export interface DeleteFloatingIpRequest {
  /**
   * Floating IP id, or its address.
   */
  'id'?: (string);
}

/**
 * DeleteFloatingIpRequest names the floating IP to release.
 */
export interface DeleteFloatingIpRequest__Output {
  /**
   * Floating IP id, or its address.
   */
  'id': (string);
}
