// Original file: proto/kumo/compute/v1/placement.proto

import type { FilterStep as _kumo_compute_v1_FilterStep, FilterStep__Output as _kumo_compute_v1_FilterStep__Output } from '../../../kumo/compute/v1/FilterStep.js';
import type { WeighedHost as _kumo_compute_v1_WeighedHost, WeighedHost__Output as _kumo_compute_v1_WeighedHost__Output } from '../../../kumo/compute/v1/WeighedHost.js';

/**
 * ExplainPlacementResponse is the scheduler's reasoning for the first instance.
 */
export interface ExplainPlacementResponse {
  /**
   * Hosts considered.
   */
  'hosts_considered'?: (number);
  /**
   * Each filter in order.
   */
  'filters'?: (_kumo_compute_v1_FilterStep)[];
  /**
   * The best weighed hosts, best first.
   */
  'weighed'?: (_kumo_compute_v1_WeighedHost)[];
  /**
   * The hosts the request would get, one per instance; empty when none fits.
   */
  'selected_hosts'?: (string)[];
  /**
   * Why no host fits, when that is the outcome.
   */
  'no_valid_host'?: (string);
}

/**
 * ExplainPlacementResponse is the scheduler's reasoning for the first instance.
 */
export interface ExplainPlacementResponse__Output {
  /**
   * Hosts considered.
   */
  'hosts_considered': (number);
  /**
   * Each filter in order.
   */
  'filters': (_kumo_compute_v1_FilterStep__Output)[];
  /**
   * The best weighed hosts, best first.
   */
  'weighed': (_kumo_compute_v1_WeighedHost__Output)[];
  /**
   * The hosts the request would get, one per instance; empty when none fits.
   */
  'selected_hosts': (string)[];
  /**
   * Why no host fits, when that is the outcome.
   */
  'no_valid_host': (string);
}
