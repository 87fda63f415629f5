// Original file: proto/kumo/compute/v1/server.proto

import type { ServerStatus as _kumo_compute_v1_ServerStatus, ServerStatus__Output as _kumo_compute_v1_ServerStatus__Output } from '../../../kumo/compute/v1/ServerStatus.js';
import type { VmState as _kumo_compute_v1_VmState, VmState__Output as _kumo_compute_v1_VmState__Output } from '../../../kumo/compute/v1/VmState.js';
import type { TaskState as _kumo_compute_v1_TaskState, TaskState__Output as _kumo_compute_v1_TaskState__Output } from '../../../kumo/compute/v1/TaskState.js';
import type { PowerState as _kumo_compute_v1_PowerState, PowerState__Output as _kumo_compute_v1_PowerState__Output } from '../../../kumo/compute/v1/PowerState.js';
import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';
import type { Address as _kumo_compute_v1_Address, Address__Output as _kumo_compute_v1_Address__Output } from '../../../kumo/compute/v1/Address.js';
import type { Fault as _kumo_compute_v1_Fault, Fault__Output as _kumo_compute_v1_Fault__Output } from '../../../kumo/compute/v1/Fault.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * Server is a virtual machine, as Nova's server resource describes it.
 */
export interface Server {
  /**
   * UUID, assigned by Kumo.
   */
  'id'?: (string);
  /**
   * Display name; need not be unique.
   */
  'name'?: (string);
  /**
   * Project that owns the server.
   */
  'project_id'?: (string);
  /**
   * User that created the server.
   */
  'user_id'?: (string);
  /**
   * Status derived from vm_state and task_state.
   */
  'status'?: (_kumo_compute_v1_ServerStatus);
  /**
   * Stable state of the guest.
   */
  'vm_state'?: (_kumo_compute_v1_VmState);
  /**
   * Operation in progress, if any.
   */
  'task_state'?: (_kumo_compute_v1_TaskState);
  /**
   * Power state reported by the hypervisor.
   */
  'power_state'?: (_kumo_compute_v1_PowerState);
  /**
   * The flavor the server was built with (a copy, as Nova embeds it).
   */
  'flavor'?: (_kumo_compute_v1_Flavor | null);
  /**
   * Image id the server was booted from.
   */
  'image_id'?: (string);
  /**
   * Compute host running the server; empty until a host claimed it.
   */
  'host'?: (string);
  /**
   * IP addresses of the server.
   */
  'addresses'?: (_kumo_compute_v1_Address)[];
  /**
   * Name of the keypair injected into the guest.
   */
  'key_name'?: (string);
  /**
   * User metadata.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Why the server is in ERROR; unset otherwise.
   */
  'fault'?: (_kumo_compute_v1_Fault | null);
  /**
   * When the server was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the server record last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the guest was first launched on a host.
   */
  'launch_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Requested availability zone, or the zone of its host.
   */
  'availability_zone'?: (string);
  /**
   * Groups the servers of one multi-create request.
   */
  'reservation_id'?: (string);
  /**
   * Index of the server in its multi-create request, from 0.
   */
  'launch_index'?: (number);
  /**
   * Hypervisor node name of the host.
   */
  'hypervisor_hostname'?: (string);
  /**
   * Ids of the server groups the server belongs to.
   */
  'server_groups'?: (string)[];
  /**
   * Locked servers refuse actions except from admins.
   */
  'locked'?: (boolean);
  /**
   * Why the server was locked.
   */
  'locked_reason'?: (string);
  /**
   * Who locked it: "owner" or "admin".
   */
  'locked_by'?: (string);
  /**
   * Tags.
   */
  'tags'?: (string)[];
  /**
   * Progress of the task in progress, 0 to 100 (migrations, snapshots).
   */
  'progress'?: (number);
  /**
   * When the server was soft-deleted; unset otherwise.
   */
  'deleted_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Names of the security groups its ports apply (read-time, from the
   * ports, as Nova shows them with Neutron).
   */
  'security_groups'?: (string)[];
}

/**
 * Server is a virtual machine, as Nova's server resource describes it.
 */
export interface Server__Output {
  /**
   * UUID, assigned by Kumo.
   */
  'id': (string);
  /**
   * Display name; need not be unique.
   */
  'name': (string);
  /**
   * Project that owns the server.
   */
  'project_id': (string);
  /**
   * User that created the server.
   */
  'user_id': (string);
  /**
   * Status derived from vm_state and task_state.
   */
  'status': (_kumo_compute_v1_ServerStatus__Output);
  /**
   * Stable state of the guest.
   */
  'vm_state': (_kumo_compute_v1_VmState__Output);
  /**
   * Operation in progress, if any.
   */
  'task_state': (_kumo_compute_v1_TaskState__Output);
  /**
   * Power state reported by the hypervisor.
   */
  'power_state': (_kumo_compute_v1_PowerState__Output);
  /**
   * The flavor the server was built with (a copy, as Nova embeds it).
   */
  'flavor': (_kumo_compute_v1_Flavor__Output | null);
  /**
   * Image id the server was booted from.
   */
  'image_id': (string);
  /**
   * Compute host running the server; empty until a host claimed it.
   */
  'host': (string);
  /**
   * IP addresses of the server.
   */
  'addresses': (_kumo_compute_v1_Address__Output)[];
  /**
   * Name of the keypair injected into the guest.
   */
  'key_name': (string);
  /**
   * User metadata.
   */
  'metadata': ({[key: string]: string});
  /**
   * Why the server is in ERROR; unset otherwise.
   */
  'fault': (_kumo_compute_v1_Fault__Output | null);
  /**
   * When the server was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the server record last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the guest was first launched on a host.
   */
  'launch_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Requested availability zone, or the zone of its host.
   */
  'availability_zone': (string);
  /**
   * Groups the servers of one multi-create request.
   */
  'reservation_id': (string);
  /**
   * Index of the server in its multi-create request, from 0.
   */
  'launch_index': (number);
  /**
   * Hypervisor node name of the host.
   */
  'hypervisor_hostname': (string);
  /**
   * Ids of the server groups the server belongs to.
   */
  'server_groups': (string)[];
  /**
   * Locked servers refuse actions except from admins.
   */
  'locked': (boolean);
  /**
   * Why the server was locked.
   */
  'locked_reason': (string);
  /**
   * Who locked it: "owner" or "admin".
   */
  'locked_by': (string);
  /**
   * Tags.
   */
  'tags': (string)[];
  /**
   * Progress of the task in progress, 0 to 100 (migrations, snapshots).
   */
  'progress': (number);
  /**
   * When the server was soft-deleted; unset otherwise.
   */
  'deleted_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Names of the security groups its ports apply (read-time, from the
   * ports, as Nova shows them with Neutron).
   */
  'security_groups': (string)[];
}
