// Original file: proto/kumo/compute/v1/hypervisor.proto


/**
 * UpdateComputeServiceRequest changes one service; unset fields keep their value.
 */
export interface UpdateComputeServiceRequest {
  /**
   * Host name.
   */
  'host'?: (string);
  /**
   * Enable (true) or disable (false) scheduling to the host.
   */
  'enabled'?: (boolean);
  /**
   * Why it is disabled (with enabled = false).
   */
  'disabled_reason'?: (string);
  /**
   * Declare the host down (true) or let heartbeats decide again (false).
   */
  'forced_down'?: (boolean);
  '_enabled'?: "enabled";
  '_forced_down'?: "forced_down";
}

/**
 * UpdateComputeServiceRequest changes one service; unset fields keep their value.
 */
export interface UpdateComputeServiceRequest__Output {
  /**
   * Host name.
   */
  'host': (string);
  /**
   * Enable (true) or disable (false) scheduling to the host.
   */
  'enabled'?: (boolean);
  /**
   * Why it is disabled (with enabled = false).
   */
  'disabled_reason': (string);
  /**
   * Declare the host down (true) or let heartbeats decide again (false).
   */
  'forced_down'?: (boolean);
  '_enabled'?: "enabled";
  '_forced_down'?: "forced_down";
}
