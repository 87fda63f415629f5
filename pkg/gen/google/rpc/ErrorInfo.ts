// Original file: proto/google/rpc/error_details.proto


/**
 * Why an error happened, with a machine-readable reason.
 */
export interface ErrorInfo {
  /**
   * UPPER_SNAKE reason, for example NO_VALID_HOST.
   */
  'reason'?: (string);
  /**
   * Logical owner of the reason, "kumo.dev".
   */
  'domain'?: (string);
  /**
   * Extra details.
   */
  'metadata'?: ({[key: string]: string});
}

/**
 * Why an error happened, with a machine-readable reason.
 */
export interface ErrorInfo__Output {
  /**
   * UPPER_SNAKE reason, for example NO_VALID_HOST.
   */
  'reason': (string);
  /**
   * Logical owner of the reason, "kumo.dev".
   */
  'domain': (string);
  /**
   * Extra details.
   */
  'metadata': ({[key: string]: string});
}
