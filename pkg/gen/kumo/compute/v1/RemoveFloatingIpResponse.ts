// Original file: proto/kumo/compute/v1/floating_ip.proto

import type { FloatingIp as _kumo_compute_v1_FloatingIp, FloatingIp__Output as _kumo_compute_v1_FloatingIp__Output } from '../../../kumo/compute/v1/FloatingIp.js';

/**
 * RemoveFloatingIpResponse carries the disassociated floating IP.
 */
export interface RemoveFloatingIpResponse {
  /**
   * The floating IP, no longer associated (still allocated).
   */
  'floating_ip'?: (_kumo_compute_v1_FloatingIp | null);
}

/**
 * RemoveFloatingIpResponse carries the disassociated floating IP.
 */
export interface RemoveFloatingIpResponse__Output {
  /**
   * The floating IP, no longer associated (still allocated).
   */
  'floating_ip': (_kumo_compute_v1_FloatingIp__Output | null);
}
