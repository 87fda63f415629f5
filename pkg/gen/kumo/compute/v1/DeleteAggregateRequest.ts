// Original file: proto/kumo/compute/v1/aggregate.proto


/**
 * DeleteAggregateRequest names the aggregate to delete.
 */
export interface DeleteAggregateRequest {
  /**
   * Aggregate id.
   */
  'id'?: (string);
}

/**
 * DeleteAggregateRequest names the aggregate to delete.
 */
export interface DeleteAggregateRequest__Output {
  /**
   * Aggregate id.
   */
  'id': (string);
}
