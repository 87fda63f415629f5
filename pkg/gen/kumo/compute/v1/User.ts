// Original file: proto/kumo/compute/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * User is someone (or a Kumo component) who signs in with a password.
 */
export interface User {
  /**
   * User id (32 hex digits).
   */
  'id'?: (string);
  /**
   * Name, unique in the cloud.
   */
  'name'?: (string);
  /**
   * When the user was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * User is someone (or a Kumo component) who signs in with a password.
 */
export interface User__Output {
  /**
   * User id (32 hex digits).
   */
  'id': (string);
  /**
   * Name, unique in the cloud.
   */
  'name': (string);
  /**
   * When the user was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
