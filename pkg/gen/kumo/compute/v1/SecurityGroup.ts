// Original file: proto/kumo/compute/v1/security_group.proto

import type { SecurityGroupRule as _kumo_compute_v1_SecurityGroupRule, SecurityGroupRule__Output as _kumo_compute_v1_SecurityGroupRule__Output } from '../../../kumo/compute/v1/SecurityGroupRule.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * SecurityGroup is a named set of rules that a server's ports apply.
 */
export interface SecurityGroup {
  /**
   * UUID, assigned by Kumo.
   */
  'id'?: (string);
  /**
   * Name, 1 to 255 characters; "default" is the project's default group.
   */
  'name'?: (string);
  /**
   * Free text, at most 255 characters.
   */
  'description'?: (string);
  /**
   * Project that owns the group.
   */
  'project_id'?: (string);
  /**
   * The rules.
   */
  'rules'?: (_kumo_compute_v1_SecurityGroupRule)[];
  /**
   * When the group was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the group or its rules last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * SecurityGroup is a named set of rules that a server's ports apply.
 */
export interface SecurityGroup__Output {
  /**
   * UUID, assigned by Kumo.
   */
  'id': (string);
  /**
   * Name, 1 to 255 characters; "default" is the project's default group.
   */
  'name': (string);
  /**
   * Free text, at most 255 characters.
   */
  'description': (string);
  /**
   * Project that owns the group.
   */
  'project_id': (string);
  /**
   * The rules.
   */
  'rules': (_kumo_compute_v1_SecurityGroupRule__Output)[];
  /**
   * When the group was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the group or its rules last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
