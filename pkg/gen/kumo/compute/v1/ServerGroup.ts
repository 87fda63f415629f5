// Original file: proto/kumo/compute/v1/server_group.proto

import type { ServerGroupPolicy as _kumo_compute_v1_ServerGroupPolicy, ServerGroupPolicy__Output as _kumo_compute_v1_ServerGroupPolicy__Output } from '../../../kumo/compute/v1/ServerGroupPolicy.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * ServerGroup groups servers under a placement policy; a server joins with
 * the `group` scheduler hint when it is created.
 */
export interface ServerGroup {
  /**
   * UUID.
   */
  'id'?: (string);
  /**
   * Display name.
   */
  'name'?: (string);
  /**
   * Placement policy.
   */
  'policy'?: (_kumo_compute_v1_ServerGroupPolicy);
  /**
   * For anti-affinity: members allowed per host; 0 means 1.
   */
  'max_server_per_host'?: (number);
  /**
   * Ids of the servers in the group.
   */
  'members'?: (string)[];
  /**
   * Owning project.
   */
  'project_id'?: (string);
  /**
   * Creating user.
   */
  'user_id'?: (string);
  /**
   * When the group was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * ServerGroup groups servers under a placement policy; a server joins with
 * the `group` scheduler hint when it is created.
 */
export interface ServerGroup__Output {
  /**
   * UUID.
   */
  'id': (string);
  /**
   * Display name.
   */
  'name': (string);
  /**
   * Placement policy.
   */
  'policy': (_kumo_compute_v1_ServerGroupPolicy__Output);
  /**
   * For anti-affinity: members allowed per host; 0 means 1.
   */
  'max_server_per_host': (number);
  /**
   * Ids of the servers in the group.
   */
  'members': (string)[];
  /**
   * Owning project.
   */
  'project_id': (string);
  /**
   * Creating user.
   */
  'user_id': (string);
  /**
   * When the group was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
