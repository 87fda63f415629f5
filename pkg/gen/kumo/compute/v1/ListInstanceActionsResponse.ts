// Original file: proto/kumo/compute/v1/instance_action.proto

import type { InstanceAction as _kumo_compute_v1_InstanceAction, InstanceAction__Output as _kumo_compute_v1_InstanceAction__Output } from '../../../kumo/compute/v1/InstanceAction.js';

/**
 * ListInstanceActionsResponse is one page of actions, newest first, without events.
 */
export interface ListInstanceActionsResponse {
  /**
   * The actions.
   */
  'actions'?: (_kumo_compute_v1_InstanceAction)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListInstanceActionsResponse is one page of actions, newest first, without events.
 */
export interface ListInstanceActionsResponse__Output {
  /**
   * The actions.
   */
  'actions': (_kumo_compute_v1_InstanceAction__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
