// Original file: proto/kumo/compute/v1/instance_action.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * InstanceActionEvent is one step of an action, e.g. compute_stop_instance.
 */
export interface InstanceActionEvent {
  /**
   * Step name.
   */
  'event'?: (string);
  /**
   * When the step started.
   */
  'start_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it finished; unset while running.
   */
  'finish_time'?: (_google_protobuf_Timestamp | null);
  /**
   * "Success" or "Error"; empty while running.
   */
  'result'?: (string);
  /**
   * Why it failed.
   */
  'details'?: (string);
  /**
   * Host the step ran on; empty for the conductor.
   */
  'host'?: (string);
}

/**
 * InstanceActionEvent is one step of an action, e.g. compute_stop_instance.
 */
export interface InstanceActionEvent__Output {
  /**
   * Step name.
   */
  'event': (string);
  /**
   * When the step started.
   */
  'start_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it finished; unset while running.
   */
  'finish_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * "Success" or "Error"; empty while running.
   */
  'result': (string);
  /**
   * Why it failed.
   */
  'details': (string);
  /**
   * Host the step ran on; empty for the conductor.
   */
  'host': (string);
}
