// Original file: proto/kumo/compute/v1/aggregate.proto

import type { Aggregate as _kumo_compute_v1_Aggregate, Aggregate__Output as _kumo_compute_v1_Aggregate__Output } from '../../../kumo/compute/v1/Aggregate.js';

/**
 * ListAggregatesResponse carries every aggregate.
 */
export interface ListAggregatesResponse {
  /**
   * The aggregates.
   */
  'aggregates'?: (_kumo_compute_v1_Aggregate)[];
}

/**
 * ListAggregatesResponse carries every aggregate.
 */
export interface ListAggregatesResponse__Output {
  /**
   * The aggregates.
   */
  'aggregates': (_kumo_compute_v1_Aggregate__Output)[];
}
