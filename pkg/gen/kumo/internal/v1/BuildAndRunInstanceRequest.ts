// Original file: proto/kumo/internal/v1/host.proto

import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from '../../../kumo/internal/v1/ServerRecord.js';
import type { InstanceActionEvent as _kumo_compute_v1_InstanceActionEvent, InstanceActionEvent__Output as _kumo_compute_v1_InstanceActionEvent__Output } from '../../../kumo/compute/v1/InstanceActionEvent.js';

/**
 * BuildAndRunInstanceRequest hands a scheduled server to a host.
 */
export interface BuildAndRunInstanceRequest {
  /**
   * The server record as the conductor wrote it.
   */
  'record'?: (_kumo_internal_v1_ServerRecord | null);
  /**
   * The conductor's event of the server's action (its scheduling and
   * hand-off), started and not yet logged: once the host holds its claim,
   * the host finishes it (finish time and result) and logs it, carried on
   * the action's finish when that comes soon. Absent: the conductor logs its
   * event itself.
   */
  'conductor_event'?: (_kumo_compute_v1_InstanceActionEvent | null);
}

/**
 * BuildAndRunInstanceRequest hands a scheduled server to a host.
 */
export interface BuildAndRunInstanceRequest__Output {
  /**
   * The server record as the conductor wrote it.
   */
  'record': (_kumo_internal_v1_ServerRecord__Output | null);
  /**
   * The conductor's event of the server's action (its scheduling and
   * hand-off), started and not yet logged: once the host holds its claim,
   * the host finishes it (finish time and result) and logs it, carried on
   * the action's finish when that comes soon. Absent: the conductor logs its
   * event itself.
   */
  'conductor_event': (_kumo_compute_v1_InstanceActionEvent__Output | null);
}
