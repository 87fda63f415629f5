// Original file: proto/kumo/compute/v1/flavor.proto

import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';

/**
 * CreateFlavorResponse carries the created flavor.
 */
export interface CreateFlavorResponse {
  /**
   * The stored flavor.
   */
  'flavor'?: (_kumo_compute_v1_Flavor | null);
}

/**
 * CreateFlavorResponse carries the created flavor.
 */
export interface CreateFlavorResponse__Output {
  /**
   * The stored flavor.
   */
  'flavor': (_kumo_compute_v1_Flavor__Output | null);
}
