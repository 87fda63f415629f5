// Original file: proto/kumo/compute/v1/instance_action.proto

import type { InstanceAction as _kumo_compute_v1_InstanceAction, InstanceAction__Output as _kumo_compute_v1_InstanceAction__Output } from '../../../kumo/compute/v1/InstanceAction.js';

/**
 * GetInstanceActionResponse carries the action with its events.
 */
export interface GetInstanceActionResponse {
  /**
   * The action.
   */
  'action'?: (_kumo_compute_v1_InstanceAction | null);
}

/**
 * GetInstanceActionResponse carries the action with its events.
 */
export interface GetInstanceActionResponse__Output {
  /**
   * The action.
   */
  'action': (_kumo_compute_v1_InstanceAction__Output | null);
}
