// Original file: proto/kumo/compute/v1/aggregate.proto

import type { Aggregate as _kumo_compute_v1_Aggregate, Aggregate__Output as _kumo_compute_v1_Aggregate__Output } from '../../../kumo/compute/v1/Aggregate.js';

/**
 * CreateAggregateResponse carries the created aggregate.
 */
export interface CreateAggregateResponse {
  /**
   * The aggregate.
   */
  'aggregate'?: (_kumo_compute_v1_Aggregate | null);
}

/**
 * CreateAggregateResponse carries the created aggregate.
 */
export interface CreateAggregateResponse__Output {
  /**
   * The aggregate.
   */
  'aggregate': (_kumo_compute_v1_Aggregate__Output | null);
}
