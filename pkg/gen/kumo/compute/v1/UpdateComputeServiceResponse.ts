// Original file: proto/kumo/compute/v1/hypervisor.proto

import type { ComputeService as _kumo_compute_v1_ComputeService, ComputeService__Output as _kumo_compute_v1_ComputeService__Output } from '../../../kumo/compute/v1/ComputeService.js';

/**
 * UpdateComputeServiceResponse carries the service after the change.
 */
export interface UpdateComputeServiceResponse {
  /**
   * The service.
   */
  'service'?: (_kumo_compute_v1_ComputeService | null);
}

/**
 * UpdateComputeServiceResponse carries the service after the change.
 */
export interface UpdateComputeServiceResponse__Output {
  /**
   * The service.
   */
  'service': (_kumo_compute_v1_ComputeService__Output | null);
}
