// Original file: proto/kumo/compute/v1/aggregate.proto


/**
 * SetAggregateMetadataRequest changes metadata keys.
 */
export interface SetAggregateMetadataRequest {
  /**
   * Aggregate id.
   */
  'id'?: (string);
  /**
   * Keys to set.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Keys to remove.
   */
  'unset'?: (string)[];
}

/**
 * SetAggregateMetadataRequest changes metadata keys.
 */
export interface SetAggregateMetadataRequest__Output {
  /**
   * Aggregate id.
   */
  'id': (string);
  /**
   * Keys to set.
   */
  'metadata': ({[key: string]: string});
  /**
   * Keys to remove.
   */
  'unset': (string)[];
}
