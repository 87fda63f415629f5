// Original file: proto/kumo/compute/v1/server_action.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * MigrateServerResponse carries the server with its task_state set.
 */
export interface MigrateServerResponse {
  /**
   * The server.
   */
  'server'?: (_kumo_compute_v1_Server | null);
}

/**
 * MigrateServerResponse carries the server with its task_state set.
 */
export interface MigrateServerResponse__Output {
  /**
   * The server.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
}
