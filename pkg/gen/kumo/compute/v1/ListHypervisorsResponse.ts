// Original file: proto/kumo/compute/v1/hypervisor.proto

import type { Hypervisor as _kumo_compute_v1_Hypervisor, Hypervisor__Output as _kumo_compute_v1_Hypervisor__Output } from '../../../kumo/compute/v1/Hypervisor.js';

/**
 * ListHypervisorsResponse is one page of hypervisors.
 */
export interface ListHypervisorsResponse {
  /**
   * The hypervisors.
   */
  'hypervisors'?: (_kumo_compute_v1_Hypervisor)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListHypervisorsResponse is one page of hypervisors.
 */
export interface ListHypervisorsResponse__Output {
  /**
   * The hypervisors.
   */
  'hypervisors': (_kumo_compute_v1_Hypervisor__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
