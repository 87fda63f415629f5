// Original file: proto/kumo/compute/v1/floating_ip.proto

import type { FloatingIp as _kumo_compute_v1_FloatingIp, FloatingIp__Output as _kumo_compute_v1_FloatingIp__Output } from '../../../kumo/compute/v1/FloatingIp.js';

/**
 * GetFloatingIpResponse carries one floating IP.
 */
export interface GetFloatingIpResponse {
  /**
   * The floating IP.
   */
  'floating_ip'?: (_kumo_compute_v1_FloatingIp | null);
}

/**
 * GetFloatingIpResponse carries one floating IP.
 */
export interface GetFloatingIpResponse__Output {
  /**
   * The floating IP.
   */
  'floating_ip': (_kumo_compute_v1_FloatingIp__Output | null);
}
