// Original file: proto/kumo/compute/v1/placement.proto


/**
 * HostRejection is one host a filter removed, and why.
 */
export interface HostRejection {
  /**
   * Compute host.
   */
  'host'?: (string);
  /**
   * The filter's reason.
   */
  'reason'?: (string);
}

/**
 * HostRejection is one host a filter removed, and why.
 */
export interface HostRejection__Output {
  /**
   * Compute host.
   */
  'host': (string);
  /**
   * The filter's reason.
   */
  'reason': (string);
}
