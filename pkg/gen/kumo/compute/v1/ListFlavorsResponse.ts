// Original file: proto/kumo/compute/v1/flavor.proto

import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';

/**
 * ListFlavorsResponse is one page of flavors.
 */
export interface ListFlavorsResponse {
  /**
   * The flavors.
   */
  'flavors'?: (_kumo_compute_v1_Flavor)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListFlavorsResponse is one page of flavors.
 */
export interface ListFlavorsResponse__Output {
  /**
   * The flavors.
   */
  'flavors': (_kumo_compute_v1_Flavor__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
