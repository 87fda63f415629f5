// Original file: proto/kumo/compute/v1/aggregate.proto


/**
 * GetAggregateRequest names an aggregate.
 */
export interface GetAggregateRequest {
  /**
   * Aggregate id.
   */
  'id'?: (string);
}

/**
 * GetAggregateRequest names an aggregate.
 */
export interface GetAggregateRequest__Output {
  /**
   * Aggregate id.
   */
  'id': (string);
}
