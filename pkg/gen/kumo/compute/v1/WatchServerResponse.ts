// Original file: proto/kumo/compute/v1/server_watch.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * WatchServerResponse is the server after one change (the first message is
 * the server as it is when the watch starts).
 */
export interface WatchServerResponse {
  /**
   * The server; with deleted set, as it was last seen.
   */
  'server'?: (_kumo_compute_v1_Server | null);
  /**
   * The server was deleted; the stream ends after this message.
   */
  'deleted'?: (boolean);
}

/**
 * WatchServerResponse is the server after one change (the first message is
 * the server as it is when the watch starts).
 */
export interface WatchServerResponse__Output {
  /**
   * The server; with deleted set, as it was last seen.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
  /**
   * The server was deleted; the stream ends after this message.
   */
  'deleted': (boolean);
}
