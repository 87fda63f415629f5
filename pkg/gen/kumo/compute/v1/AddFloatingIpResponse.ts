// Original file: proto/kumo/compute/v1/floating_ip.proto

import type { FloatingIp as _kumo_compute_v1_FloatingIp, FloatingIp__Output as _kumo_compute_v1_FloatingIp__Output } from '../../../kumo/compute/v1/FloatingIp.js';

/**
 * AddFloatingIpResponse carries the associated floating IP.
 */
export interface AddFloatingIpResponse {
  /**
   * The floating IP, associated.
   */
  'floating_ip'?: (_kumo_compute_v1_FloatingIp | null);
}

/**
 * AddFloatingIpResponse carries the associated floating IP.
 */
export interface AddFloatingIpResponse__Output {
  /**
   * The floating IP, associated.
   */
  'floating_ip': (_kumo_compute_v1_FloatingIp__Output | null);
}
