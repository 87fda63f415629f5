// Original file: proto/kumo/compute/v1/aggregate.proto


/**
 * AddAggregateHostRequest names the aggregate and the host to add.
 */
export interface AddAggregateHostRequest {
  /**
   * Aggregate id.
   */
  'id'?: (string);
  /**
   * Compute host name.
   */
  'host'?: (string);
}

/**
 * AddAggregateHostRequest names the aggregate and the host to add.
 */
export interface AddAggregateHostRequest__Output {
  /**
   * Aggregate id.
   */
  'id': (string);
  /**
   * Compute host name.
   */
  'host': (string);
}
