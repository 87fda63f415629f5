// Original file: proto/kumo/compute/v1/aggregate.proto

import type { Aggregate as _kumo_compute_v1_Aggregate, Aggregate__Output as _kumo_compute_v1_Aggregate__Output } from '../../../kumo/compute/v1/Aggregate.js';

/**
 * SetAggregateMetadataResponse carries the aggregate after the change.
 */
export interface SetAggregateMetadataResponse {
  /**
   * The aggregate.
   */
  'aggregate'?: (_kumo_compute_v1_Aggregate | null);
}

/**
 * SetAggregateMetadataResponse carries the aggregate after the change.
 */
export interface SetAggregateMetadataResponse__Output {
  /**
   * The aggregate.
   */
  'aggregate': (_kumo_compute_v1_Aggregate__Output | null);
}
