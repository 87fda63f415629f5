// Original file: proto/kumo/compute/v1/server_action.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * DeleteServerTagsResponse carries the updated server.
 */
export interface DeleteServerTagsResponse {
  /**
   * The server.
   */
  'server'?: (_kumo_compute_v1_Server | null);
}

/**
 * DeleteServerTagsResponse carries the updated server.
 */
export interface DeleteServerTagsResponse__Output {
  /**
   * The server.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
}
