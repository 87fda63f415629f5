// Original file: proto/kumo/compute/v1/hypervisor.proto

import type { Hypervisor as _kumo_compute_v1_Hypervisor, Hypervisor__Output as _kumo_compute_v1_Hypervisor__Output } from '../../../kumo/compute/v1/Hypervisor.js';

/**
 * GetHypervisorResponse carries one hypervisor.
 */
export interface GetHypervisorResponse {
  /**
   * The hypervisor.
   */
  'hypervisor'?: (_kumo_compute_v1_Hypervisor | null);
}

/**
 * GetHypervisorResponse carries one hypervisor.
 */
export interface GetHypervisorResponse__Output {
  /**
   * The hypervisor.
   */
  'hypervisor': (_kumo_compute_v1_Hypervisor__Output | null);
}
