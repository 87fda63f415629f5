// Original file: proto/kumo/compute/v1/placement.proto


/**
 * WeigherScore is one weigher's contribution to a host's weight.
 */
export interface WeigherScore {
  /**
   * Weigher name.
   */
  'weigher'?: (string);
  /**
   * The weigher's raw value for the host.
   */
  'raw'?: (number | string);
  /**
   * The raw value normalised to 0..1 over the candidate hosts.
   */
  'normalized'?: (number | string);
  /**
   * The multiplier applied (per aggregate when overridden).
   */
  'multiplier'?: (number | string);
  /**
   * normalized times multiplier.
   */
  'weighted'?: (number | string);
}

/**
 * WeigherScore is one weigher's contribution to a host's weight.
 */
export interface WeigherScore__Output {
  /**
   * Weigher name.
   */
  'weigher': (string);
  /**
   * The weigher's raw value for the host.
   */
  'raw': (number);
  /**
   * The raw value normalised to 0..1 over the candidate hosts.
   */
  'normalized': (number);
  /**
   * The multiplier applied (per aggregate when overridden).
   */
  'multiplier': (number);
  /**
   * normalized times multiplier.
   */
  'weighted': (number);
}
