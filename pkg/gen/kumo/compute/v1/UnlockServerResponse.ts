// Original file: proto/kumo/compute/v1/server_action.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * UnlockServerResponse carries the server with its task_state set.
 */
export interface UnlockServerResponse {
  /**
   * The server.
   */
  'server'?: (_kumo_compute_v1_Server | null);
}

/**
 * UnlockServerResponse carries the server with its task_state set.
 */
export interface UnlockServerResponse__Output {
  /**
   * The server.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
}
