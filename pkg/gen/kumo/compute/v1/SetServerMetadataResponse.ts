// Original file: proto/kumo/compute/v1/server_action.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * SetServerMetadataResponse carries the updated server.
 */
export interface SetServerMetadataResponse {
  /**
   * The server.
   */
  'server'?: (_kumo_compute_v1_Server | null);
}

/**
 * SetServerMetadataResponse carries the updated server.
 */
export interface SetServerMetadataResponse__Output {
  /**
   * The server.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
}
