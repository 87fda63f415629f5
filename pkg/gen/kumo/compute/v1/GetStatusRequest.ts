// Original file: proto/kumo/compute/v1/system.proto


/**
 * GetStatusRequest asks for the control plane's status.
 */
export interface GetStatusRequest {
  /**
   * How long to gather process answers, in milliseconds; 0 means 500.
   */
  'wait_ms'?: (number);
}

/**
 * GetStatusRequest asks for the control plane's status.
 */
export interface GetStatusRequest__Output {
  /**
   * How long to gather process answers, in milliseconds; 0 means 500.
   */
  'wait_ms': (number);
}
