// Original file: proto/kumo/compute/v1/flavor.proto

import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';

/**
 * CreateFlavorRequest describes the flavor to create.
 */
export interface CreateFlavorRequest {
  /**
   * The flavor; id may be empty to have one generated.
   */
  'flavor'?: (_kumo_compute_v1_Flavor | null);
}

/**
 * CreateFlavorRequest describes the flavor to create.
 */
export interface CreateFlavorRequest__Output {
  /**
   * The flavor; id may be empty to have one generated.
   */
  'flavor': (_kumo_compute_v1_Flavor__Output | null);
}
