// Original file: proto/kumo/internal/v1/instance.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';
import type { RemoteConsole as _kumo_compute_v1_RemoteConsole, RemoteConsole__Output as _kumo_compute_v1_RemoteConsole__Output } from '../../../kumo/compute/v1/RemoteConsole.js';
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * InstanceActionResponse carries the server after the action was accepted.
 */
export interface InstanceActionResponse {
  /**
   * The server, with its task_state set.
   */
  'server'?: (_kumo_compute_v1_Server | null);
  /**
   * Console output (console_output).
   */
  'console_output'?: (string);
  /**
   * Console URL (remote_console).
   */
  'console'?: (_kumo_compute_v1_RemoteConsole | null);
  /**
   * The snapshot image (create_image).
   */
  'image'?: (_kumo_compute_v1_Image | null);
}

/**
 * InstanceActionResponse carries the server after the action was accepted.
 */
export interface InstanceActionResponse__Output {
  /**
   * The server, with its task_state set.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
  /**
   * Console output (console_output).
   */
  'console_output': (string);
  /**
   * Console URL (remote_console).
   */
  'console': (_kumo_compute_v1_RemoteConsole__Output | null);
  /**
   * The snapshot image (create_image).
   */
  'image': (_kumo_compute_v1_Image__Output | null);
}
