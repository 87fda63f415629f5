// Original file: proto/kumo/compute/v1/server_service.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * CreateServerResponse lists the created servers.
 */
export interface CreateServerResponse {
  /**
   * The servers, in BUILD.
   */
  'servers'?: (_kumo_compute_v1_Server)[];
  /**
   * Id shared by the servers of this request.
   */
  'reservation_id'?: (string);
}

/**
 * CreateServerResponse lists the created servers.
 */
export interface CreateServerResponse__Output {
  /**
   * The servers, in BUILD.
   */
  'servers': (_kumo_compute_v1_Server__Output)[];
  /**
   * Id shared by the servers of this request.
   */
  'reservation_id': (string);
}
