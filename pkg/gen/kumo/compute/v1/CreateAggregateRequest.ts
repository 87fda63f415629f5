// Original file: proto/kumo/compute/v1/aggregate.proto


/**
 * CreateAggregateRequest names the aggregate and optionally its zone.
 */
export interface CreateAggregateRequest {
  /**
   * Name, 1 to 255 characters.
   */
  'name'?: (string);
  /**
   * Availability zone to define; empty for none.
   */
  'availability_zone'?: (string);
}

/**
 * CreateAggregateRequest names the aggregate and optionally its zone.
 */
export interface CreateAggregateRequest__Output {
  /**
   * Name, 1 to 255 characters.
   */
  'name': (string);
  /**
   * Availability zone to define; empty for none.
   */
  'availability_zone': (string);
}
