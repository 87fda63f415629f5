// Original file: proto/kumo/compute/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * Project is a tenant: servers, networks, keypairs and quotas belong to one (Keystone's project).
 */
export interface Project {
  /**
   * Project id (32 hex digits).
   */
  'id'?: (string);
  /**
   * Name, unique in the cloud.
   */
  'name'?: (string);
  /**
   * Free text.
   */
  'description'?: (string);
  /**
   * When the project was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * Project is a tenant: servers, networks, keypairs and quotas belong to one (Keystone's project).
 */
export interface Project__Output {
  /**
   * Project id (32 hex digits).
   */
  'id': (string);
  /**
   * Name, unique in the cloud.
   */
  'name': (string);
  /**
   * Free text.
   */
  'description': (string);
  /**
   * When the project was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
