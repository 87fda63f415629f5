// Original file: proto/kumo/compute/v1/hypervisor.proto

import type { ComputeService as _kumo_compute_v1_ComputeService, ComputeService__Output as _kumo_compute_v1_ComputeService__Output } from '../../../kumo/compute/v1/ComputeService.js';

/**
 * ListComputeServicesResponse lists services ordered by host.
 */
export interface ListComputeServicesResponse {
  /**
   * The services.
   */
  'services'?: (_kumo_compute_v1_ComputeService)[];
}

/**
 * ListComputeServicesResponse lists services ordered by host.
 */
export interface ListComputeServicesResponse__Output {
  /**
   * The services.
   */
  'services': (_kumo_compute_v1_ComputeService__Output)[];
}
