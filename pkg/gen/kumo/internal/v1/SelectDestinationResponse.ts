// Original file: proto/kumo/internal/v1/instance.proto


/**
 * SelectDestinationResponse lists hosts, best first.
 */
export interface SelectDestinationResponse {
  /**
   * Candidate hosts.
   */
  'hosts'?: (string)[];
}

/**
 * SelectDestinationResponse lists hosts, best first.
 */
export interface SelectDestinationResponse__Output {
  /**
   * Candidate hosts.
   */
  'hosts': (string)[];
}
