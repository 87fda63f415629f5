// Original file: proto/kumo/compute/v1/placement.proto

import type { HostRejection as _kumo_compute_v1_HostRejection, HostRejection__Output as _kumo_compute_v1_HostRejection__Output } from '../../../kumo/compute/v1/HostRejection.js';

/**
 * FilterStep is what one filter did.
 */
export interface FilterStep {
  /**
   * Filter name.
   */
  'filter'?: (string);
  /**
   * Hosts before the filter ran.
   */
  'hosts_before'?: (number);
  /**
   * Hosts left after it.
   */
  'hosts_after'?: (number);
  /**
   * Up to 20 of the hosts it removed, with reasons.
   */
  'rejected'?: (_kumo_compute_v1_HostRejection)[];
  /**
   * Removed hosts per distinct reason.
   */
  'reasons'?: ({[key: string]: number});
}

/**
 * FilterStep is what one filter did.
 */
export interface FilterStep__Output {
  /**
   * Filter name.
   */
  'filter': (string);
  /**
   * Hosts before the filter ran.
   */
  'hosts_before': (number);
  /**
   * Hosts left after it.
   */
  'hosts_after': (number);
  /**
   * Up to 20 of the hosts it removed, with reasons.
   */
  'rejected': (_kumo_compute_v1_HostRejection__Output)[];
  /**
   * Removed hosts per distinct reason.
   */
  'reasons': ({[key: string]: number});
}
