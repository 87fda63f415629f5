// Original file: proto/kumo/compute/v1/server_service.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';

/**
 * ListServersResponse is one page of servers.
 */
export interface ListServersResponse {
  /**
   * The servers.
   */
  'servers'?: (_kumo_compute_v1_Server)[];
  /**
   * Token for the next page; empty on the last one. A filtered page may
   * hold fewer than page_size servers (even none) while more follow: a
   * listing stops after a bounded scan of the index, and only an empty
   * token means the end.
   */
  'next_page_token'?: (string);
}

/**
 * ListServersResponse is one page of servers.
 */
export interface ListServersResponse__Output {
  /**
   * The servers.
   */
  'servers': (_kumo_compute_v1_Server__Output)[];
  /**
   * Token for the next page; empty on the last one. A filtered page may
   * hold fewer than page_size servers (even none) while more follow: a
   * listing stops after a bounded scan of the index, and only an empty
   * token means the end.
   */
  'next_page_token': (string);
}
