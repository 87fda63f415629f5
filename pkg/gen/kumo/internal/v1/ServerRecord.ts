// Original file: proto/kumo/internal/v1/records.proto

import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from '../../../kumo/compute/v1/Server.js';
import type { RequestSpec as _kumo_internal_v1_RequestSpec, RequestSpec__Output as _kumo_internal_v1_RequestSpec__Output } from '../../../kumo/internal/v1/RequestSpec.js';
import type { Migration as _kumo_internal_v1_Migration, Migration__Output as _kumo_internal_v1_Migration__Output } from '../../../kumo/internal/v1/Migration.js';
import type { VmState as _kumo_compute_v1_VmState, VmState__Output as _kumo_compute_v1_VmState__Output } from '../../../kumo/compute/v1/VmState.js';
import type { Nic as _kumo_internal_v1_Nic, Nic__Output as _kumo_internal_v1_Nic__Output } from '../../../kumo/internal/v1/Nic.js';
import type { InstanceAction as _kumo_compute_v1_InstanceAction, InstanceAction__Output as _kumo_compute_v1_InstanceAction__Output } from '../../../kumo/compute/v1/InstanceAction.js';
import type { Long } from '@grpc/proto-loader';

/**
 * ServerRecord is the authoritative record of a server, stored in LMDB by
 * its owner and appended to the state log on every change.
 */
export interface ServerRecord {
  /**
   * The server as the API shows it.
   */
  'server'?: (_kumo_compute_v1_Server | null);
  /**
   * User data handed to the guest (not shown by the API).
   */
  'user_data'?: (Buffer | Uint8Array | string);
  /**
   * Monotonic per-server generation; a view ignores an older one.
   */
  'generation'?: (number | string | Long);
  /**
   * Hosts that refused or failed this server's build.
   */
  'tried_hosts'?: (string)[];
  /**
   * Image properties copied at build time, for the driver.
   */
  'image_properties'?: ({[key: string]: string});
  /**
   * Hosts still to try if the build fails on the current one (the
   * scheduler's alternates; Nova's max_attempts - 1).
   */
  'alternates'?: (string)[];
  /**
   * The request as the scheduler saw it, kept for rescheduling.
   */
  'request_spec'?: (_kumo_internal_v1_RequestSpec | null);
  /**
   * The move in progress or waiting for confirmation, if any.
   */
  'migration'?: (_kumo_internal_v1_Migration | null);
  /**
   * vm_state to return to when a task is undone (resize revert, unrescue,
   * restore, unshelve).
   */
  'previous_vm_state'?: (_kumo_compute_v1_VmState);
  /**
   * Image the server was shelved to.
   */
  'shelved_image_id'?: (string);
  /**
   * Request id of the action whose task is in progress (create, unshelve,
   * evacuate: started by a conductor, finished on a host).
   */
  'request_id'?: (string);
  /**
   * The server's network interfaces (its ports), in order, for the host's
   * driver; the conductor allocates them before the build, and they stay
   * with the server across hosts until it is deleted (or its build fails).
   */
  'nics'?: (_kumo_internal_v1_Nic)[];
  /**
   * The finish of the action this record ends (a create reaching ACTIVE, a
   * stop reaching SHUTOFF), with the events that ended just before it:
   * views fold it as they fold an `action` finish entry, so the end of a
   * task is one state-log entry, not two. Set on that one record only; the
   * next generation drops it.
   */
  'finished_action'?: (_kumo_compute_v1_InstanceAction | null);
}

/**
 * ServerRecord is the authoritative record of a server, stored in LMDB by
 * its owner and appended to the state log on every change.
 */
export interface ServerRecord__Output {
  /**
   * The server as the API shows it.
   */
  'server': (_kumo_compute_v1_Server__Output | null);
  /**
   * User data handed to the guest (not shown by the API).
   */
  'user_data': (Buffer);
  /**
   * Monotonic per-server generation; a view ignores an older one.
   */
  'generation': (number);
  /**
   * Hosts that refused or failed this server's build.
   */
  'tried_hosts': (string)[];
  /**
   * Image properties copied at build time, for the driver.
   */
  'image_properties': ({[key: string]: string});
  /**
   * Hosts still to try if the build fails on the current one (the
   * scheduler's alternates; Nova's max_attempts - 1).
   */
  'alternates': (string)[];
  /**
   * The request as the scheduler saw it, kept for rescheduling.
   */
  'request_spec': (_kumo_internal_v1_RequestSpec__Output | null);
  /**
   * The move in progress or waiting for confirmation, if any.
   */
  'migration': (_kumo_internal_v1_Migration__Output | null);
  /**
   * vm_state to return to when a task is undone (resize revert, unrescue,
   * restore, unshelve).
   */
  'previous_vm_state': (_kumo_compute_v1_VmState__Output);
  /**
   * Image the server was shelved to.
   */
  'shelved_image_id': (string);
  /**
   * Request id of the action whose task is in progress (create, unshelve,
   * evacuate: started by a conductor, finished on a host).
   */
  'request_id': (string);
  /**
   * The server's network interfaces (its ports), in order, for the host's
   * driver; the conductor allocates them before the build, and they stay
   * with the server across hosts until it is deleted (or its build fails).
   */
  'nics': (_kumo_internal_v1_Nic__Output)[];
  /**
   * The finish of the action this record ends (a create reaching ACTIVE, a
   * stop reaching SHUTOFF), with the events that ended just before it:
   * views fold it as they fold an `action` finish entry, so the end of a
   * task is one state-log entry, not two. Set on that one record only; the
   * next generation drops it.
   */
  'finished_action': (_kumo_compute_v1_InstanceAction__Output | null);
}
