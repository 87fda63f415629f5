// Original file: proto/kumo/compute/v1/network.proto

import type { Port as _kumo_compute_v1_Port, Port__Output as _kumo_compute_v1_Port__Output } from '../../../kumo/compute/v1/Port.js';

/**
 * ListPortsResponse is one page of ports, ordered by id.
 */
export interface ListPortsResponse {
  /**
   * The ports.
   */
  'ports'?: (_kumo_compute_v1_Port)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListPortsResponse is one page of ports, ordered by id.
 */
export interface ListPortsResponse__Output {
  /**
   * The ports.
   */
  'ports': (_kumo_compute_v1_Port__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
