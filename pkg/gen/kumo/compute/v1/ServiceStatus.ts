// Original file: proto/kumo/compute/v1/system.proto

import type { ProcessInfo as _kumo_compute_v1_ProcessInfo, ProcessInfo__Output as _kumo_compute_v1_ProcessInfo__Output } from '../../../kumo/compute/v1/ProcessInfo.js';

/**
 * ServiceStatus is one kind of Kumo process and the processes that answered.
 */
export interface ServiceStatus {
  /**
   * Binary: kumo-api, kumo-conductor, kumo-scheduler or kumo-compute.
   */
  'service'?: (string);
  /**
   * UP when at least one process of the kind answered, else DOWN.
   */
  'state'?: (string);
  /**
   * The processes that answered.
   */
  'processes'?: (_kumo_compute_v1_ProcessInfo)[];
}

/**
 * ServiceStatus is one kind of Kumo process and the processes that answered.
 */
export interface ServiceStatus__Output {
  /**
   * Binary: kumo-api, kumo-conductor, kumo-scheduler or kumo-compute.
   */
  'service': (string);
  /**
   * UP when at least one process of the kind answered, else DOWN.
   */
  'state': (string);
  /**
   * The processes that answered.
   */
  'processes': (_kumo_compute_v1_ProcessInfo__Output)[];
}
