// Original file: proto/kumo/compute/v1/system.proto


/**
 * HostCounts counts compute hosts (compute services) by state.
 */
export interface HostCounts {
  /**
   * Hosts known to the answering conductor.
   */
  'total'?: (number);
  /**
   * Hosts whose heartbeats arrive (and not forced down).
   */
  'up'?: (number);
  /**
   * Hosts down (silent past service_down_time, or forced down).
   */
  'down'?: (number);
  /**
   * Hosts disabled by an admin (up or down).
   */
  'disabled'?: (number);
  /**
   * Hosts forced down by an admin.
   */
  'forced_down'?: (number);
}

/**
 * HostCounts counts compute hosts (compute services) by state.
 */
export interface HostCounts__Output {
  /**
   * Hosts known to the answering conductor.
   */
  'total': (number);
  /**
   * Hosts whose heartbeats arrive (and not forced down).
   */
  'up': (number);
  /**
   * Hosts down (silent past service_down_time, or forced down).
   */
  'down': (number);
  /**
   * Hosts disabled by an admin (up or down).
   */
  'disabled': (number);
  /**
   * Hosts forced down by an admin.
   */
  'forced_down': (number);
}
