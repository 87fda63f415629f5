// Original file: proto/kumo/compute/v1/server_watch.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * WatchServersResponse is one server after one change.
 */
export interface WatchServersResponse {
  /**
   * The server; with deleted set, as it was last seen.
   */
  'server'?: (_kumo_compute_v1_Server | null);
  /**
   * The server was deleted.
   */
  'deleted'?: (boolean);
}

/**
 * WatchServersResponse is one server after one change.
 */
export interface WatchServersResponse__Output {
  /**
   * The server; with deleted set, as it was last seen.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
  /**
   * The server was deleted.
   */
  'deleted': (boolean);
}
