// Original file: proto/kumo/compute/v1/availability_zone.proto

import type { AvailabilityZone as _kumo_compute_v1_AvailabilityZone, AvailabilityZone__Output as _kumo_compute_v1_AvailabilityZone__Output } from '../../../kumo/compute/v1/AvailabilityZone.js';

/**
 * ListAvailabilityZonesResponse carries the zones ordered by name.
 */
export interface ListAvailabilityZonesResponse {
  /**
   * The zones.
   */
  'availability_zones'?: (_kumo_compute_v1_AvailabilityZone)[];
}

/**
 * ListAvailabilityZonesResponse carries the zones ordered by name.
 */
export interface ListAvailabilityZonesResponse__Output {
  /**
   * The zones.
   */
  'availability_zones': (_kumo_compute_v1_AvailabilityZone__Output)[];
}
