// Original file: proto/kumo/compute/v1/floating_ip.proto

import type { FloatingIp as _kumo_compute_v1_FloatingIp, FloatingIp__Output as _kumo_compute_v1_FloatingIp__Output } from '../../../kumo/compute/v1/FloatingIp.js';

/**
 * ListFloatingIpsResponse is one page of floating IPs, ordered by id.
 */
export interface ListFloatingIpsResponse {
  /**
   * The floating IPs.
   */
  'floating_ips'?: (_kumo_compute_v1_FloatingIp)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListFloatingIpsResponse is one page of floating IPs, ordered by id.
 */
export interface ListFloatingIpsResponse__Output {
  /**
   * The floating IPs.
   */
  'floating_ips': (_kumo_compute_v1_FloatingIp__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
