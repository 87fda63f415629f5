// Original file: proto/kumo/compute/v1/server_action.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * ResumeServerResponse carries the server with its task_state set.
 */
export interface ResumeServerResponse {
  /**
   * The server.
   */
  'server'?: (_kumo_compute_v1_Server | null);
}

/**
 * ResumeServerResponse carries the server with its task_state set.
 */
export interface ResumeServerResponse__Output {
  /**
   * The server.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
}
