// Original file: proto/kumo/compute/v1/network.proto

import type { Port as _kumo_compute_v1_Port, Port__Output as _kumo_compute_v1_Port__Output } from '../../../kumo/compute/v1/Port.js';

/**
 * GetPortResponse carries one port.
 */
export interface GetPortResponse {
  /**
   * The port.
   */
  'port'?: (_kumo_compute_v1_Port | null);
}

/**
 * GetPortResponse carries one port.
 */
export interface GetPortResponse__Output {
  /**
   * The port.
   */
  'port': (_kumo_compute_v1_Port__Output | null);
}
