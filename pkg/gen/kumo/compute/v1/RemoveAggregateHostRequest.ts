// Original file: proto/kumo/compute/v1/aggregate.proto


/**
 * RemoveAggregateHostRequest names the aggregate and the host to remove.
 */
export interface RemoveAggregateHostRequest {
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
 * RemoveAggregateHostRequest names the aggregate and the host to remove.
 */
export interface RemoveAggregateHostRequest__Output {
  /**
   * Aggregate id.
   */
  'id': (string);
  /**
   * Compute host name.
   */
  'host': (string);
}
