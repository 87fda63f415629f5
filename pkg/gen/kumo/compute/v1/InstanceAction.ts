// Original file: proto/kumo/compute/v1/instance_action.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { InstanceActionEvent as _kumo_compute_v1_InstanceActionEvent, InstanceActionEvent__Output as _kumo_compute_v1_InstanceActionEvent__Output } from '../../../kumo/compute/v1/InstanceActionEvent.js';

/**
 * InstanceAction records one mutating request on a server, as Nova's
 * instance actions do.
 */
export interface InstanceAction {
  /**
   * Request id of the call that started the action.
   */
  'request_id'?: (string);
  /**
   * Server id.
   */
  'server_id'?: (string);
  /**
   * Action name: create, stop, start, reboot, pause, resize, live-migration, delete, ...
   */
  'action'?: (string);
  /**
   * User that asked for it.
   */
  'user_id'?: (string);
  /**
   * Project of the server.
   */
  'project_id'?: (string);
  /**
   * When the action started.
   */
  'start_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When its last event finished; unset while in progress.
   */
  'finish_time'?: (_google_protobuf_Timestamp | null);
  /**
   * "Error" if an event failed, empty otherwise (as Nova).
   */
  'message'?: (string);
  /**
   * The steps, in start order (GetInstanceAction only).
   */
  'events'?: (_kumo_compute_v1_InstanceActionEvent)[];
}

/**
 * InstanceAction records one mutating request on a server, as Nova's
 * instance actions do.
 */
export interface InstanceAction__Output {
  /**
   * Request id of the call that started the action.
   */
  'request_id': (string);
  /**
   * Server id.
   */
  'server_id': (string);
  /**
   * Action name: create, stop, start, reboot, pause, resize, live-migration, delete, ...
   */
  'action': (string);
  /**
   * User that asked for it.
   */
  'user_id': (string);
  /**
   * Project of the server.
   */
  'project_id': (string);
  /**
   * When the action started.
   */
  'start_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When its last event finished; unset while in progress.
   */
  'finish_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * "Error" if an event failed, empty otherwise (as Nova).
   */
  'message': (string);
  /**
   * The steps, in start order (GetInstanceAction only).
   */
  'events': (_kumo_compute_v1_InstanceActionEvent__Output)[];
}
