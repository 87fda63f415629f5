// Original file: proto/kumo/compute/v1/server_action.proto

import type { RemoteConsole as _kumo_compute_v1_RemoteConsole, RemoteConsole__Output as _kumo_compute_v1_RemoteConsole__Output } from '../../../kumo/compute/v1/RemoteConsole.js';

/**
 * CreateRemoteConsoleResponse carries the console URL.
 */
export interface CreateRemoteConsoleResponse {
  /**
   * The console.
   */
  'console'?: (_kumo_compute_v1_RemoteConsole | null);
}

/**
 * CreateRemoteConsoleResponse carries the console URL.
 */
export interface CreateRemoteConsoleResponse__Output {
  /**
   * The console.
   */
  'console': (_kumo_compute_v1_RemoteConsole__Output | null);
}
