// Original file: proto/kumo/compute/v1/server_service.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * StartServerResponse carries the server with its task_state set.
 */
export interface StartServerResponse {
  /**
   * The server.
   */
  'server'?: (_kumo_compute_v1_Server | null);
}

/**
 * StartServerResponse carries the server with its task_state set.
 */
export interface StartServerResponse__Output {
  /**
   * The server.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
}
