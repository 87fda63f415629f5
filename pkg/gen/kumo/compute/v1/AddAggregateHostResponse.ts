// Original file: proto/kumo/compute/v1/aggregate.proto

import type { Aggregate as _kumo_compute_v1_Aggregate, Aggregate__Output as _kumo_compute_v1_Aggregate__Output } from '../../../kumo/compute/v1/Aggregate.js';

/**
 * AddAggregateHostResponse carries the aggregate after the change.
 */
export interface AddAggregateHostResponse {
  /**
   * The aggregate.
   */
  'aggregate'?: (_kumo_compute_v1_Aggregate | null);
}

/**
 * AddAggregateHostResponse carries the aggregate after the change.
 */
export interface AddAggregateHostResponse__Output {
  /**
   * The aggregate.
   */
  'aggregate': (_kumo_compute_v1_Aggregate__Output | null);
}
