// Original file: proto/kumo/internal/v1/scheduler.proto

import type { Selection as _kumo_internal_v1_Selection, Selection__Output as _kumo_internal_v1_Selection__Output } from '../../../kumo/internal/v1/Selection.js';

/**
 * SelectDestinationsResponse carries one selection per placed instance.
 */
export interface SelectDestinationsResponse {
  /**
   * Selections, in the order of instance_ids; may be shorter than the
   * request (but at least min_count) when not every instance fits.
   */
  'selections'?: (_kumo_internal_v1_Selection)[];
}

/**
 * SelectDestinationsResponse carries one selection per placed instance.
 */
export interface SelectDestinationsResponse__Output {
  /**
   * Selections, in the order of instance_ids; may be shorter than the
   * request (but at least min_count) when not every instance fits.
   */
  'selections': (_kumo_internal_v1_Selection__Output)[];
}
