// Original file: proto/kumo/compute/v1/flavor.proto

import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';

/**
 * GetFlavorResponse carries one flavor.
 */
export interface GetFlavorResponse {
  /**
   * The flavor.
   */
  'flavor'?: (_kumo_compute_v1_Flavor | null);
}

/**
 * GetFlavorResponse carries one flavor.
 */
export interface GetFlavorResponse__Output {
  /**
   * The flavor.
   */
  'flavor': (_kumo_compute_v1_Flavor__Output | null);
}
