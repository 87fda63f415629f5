// Original file: proto/kumo/compute/v1/placement.proto

import type { WeigherScore as _kumo_compute_v1_WeigherScore, WeigherScore__Output as _kumo_compute_v1_WeigherScore__Output } from '../../../kumo/compute/v1/WeigherScore.js';

/**
 * WeighedHost is a candidate host and its weight.
 */
export interface WeighedHost {
  /**
   * Compute host.
   */
  'host'?: (string);
  /**
   * Sum of the weighted scores.
   */
  'weight'?: (number | string);
  /**
   * Each weigher's score.
   */
  'scores'?: (_kumo_compute_v1_WeigherScore)[];
}

/**
 * WeighedHost is a candidate host and its weight.
 */
export interface WeighedHost__Output {
  /**
   * Compute host.
   */
  'host': (string);
  /**
   * Sum of the weighted scores.
   */
  'weight': (number);
  /**
   * Each weigher's score.
   */
  'scores': (_kumo_compute_v1_WeigherScore__Output)[];
}
