// Original file: proto/kumo/compute/v1/floating_ip.proto

import type { FloatingIp as _kumo_compute_v1_FloatingIp, FloatingIp__Output as _kumo_compute_v1_FloatingIp__Output } from '../../../kumo/compute/v1/FloatingIp.js';

/**
 * CreateFloatingIpResponse carries the new floating IP.
 */
export interface CreateFloatingIpResponse {
  /**
   * The floating IP, not associated.
   */
  'floating_ip'?: (_kumo_compute_v1_FloatingIp | null);
}

/**
 * CreateFloatingIpResponse carries the new floating IP.
 */
export interface CreateFloatingIpResponse__Output {
  /**
   * The floating IP, not associated.
   */
  'floating_ip': (_kumo_compute_v1_FloatingIp__Output | null);
}
