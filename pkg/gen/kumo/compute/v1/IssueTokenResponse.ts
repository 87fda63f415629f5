// Original file: proto/kumo/compute/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { User as _kumo_compute_v1_User, User__Output as _kumo_compute_v1_User__Output } from '../../../kumo/compute/v1/User.js';
import type { Project as _kumo_compute_v1_Project, Project__Output as _kumo_compute_v1_Project__Output } from '../../../kumo/compute/v1/Project.js';

/**
 * IssueTokenResponse is the token and what it carries.
 */
export interface IssueTokenResponse {
  /**
   * The bearer token, sent as `authorization: Bearer <token>`.
   */
  'token'?: (string);
  /**
   * When the token stops working.
   */
  'expires_at'?: (_google_protobuf_Timestamp | null);
  /**
   * The user.
   */
  'user'?: (_kumo_compute_v1_User | null);
  /**
   * The project the token is scoped to.
   */
  'project'?: (_kumo_compute_v1_Project | null);
  /**
   * Effective roles on the project (implied roles included).
   */
  'roles'?: (string)[];
}

/**
 * IssueTokenResponse is the token and what it carries.
 */
export interface IssueTokenResponse__Output {
  /**
   * The bearer token, sent as `authorization: Bearer <token>`.
   */
  'token': (string);
  /**
   * When the token stops working.
   */
  'expires_at': (_google_protobuf_Timestamp__Output | null);
  /**
   * The user.
   */
  'user': (_kumo_compute_v1_User__Output | null);
  /**
   * The project the token is scoped to.
   */
  'project': (_kumo_compute_v1_Project__Output | null);
  /**
   * Effective roles on the project (implied roles included).
   */
  'roles': (string)[];
}
