// Original file: proto/kumo/internal/v1/scheduler.proto


/**
 * Selection is the chosen host of one instance, plus alternates to try if
 * the chosen host refuses the claim.
 */
export interface Selection {
  /**
   * Instance id.
   */
  'instance_id'?: (string);
  /**
   * Chosen host.
   */
  'host'?: (string);
  /**
   * Next best hosts, best first.
   */
  'alternates'?: (string)[];
}

/**
 * Selection is the chosen host of one instance, plus alternates to try if
 * the chosen host refuses the claim.
 */
export interface Selection__Output {
  /**
   * Instance id.
   */
  'instance_id': (string);
  /**
   * Chosen host.
   */
  'host': (string);
  /**
   * Next best hosts, best first.
   */
  'alternates': (string)[];
}
