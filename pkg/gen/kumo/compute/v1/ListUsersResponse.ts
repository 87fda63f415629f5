// Original file: proto/kumo/compute/v1/identity.proto

import type { User as _kumo_compute_v1_User, User__Output as _kumo_compute_v1_User__Output } from '../../../kumo/compute/v1/User.js';

/**
 * ListUsersResponse carries users ordered by name.
 */
export interface ListUsersResponse {
  /**
   * The users.
   */
  'users'?: (_kumo_compute_v1_User)[];
}

/**
 * ListUsersResponse carries users ordered by name.
 */
export interface ListUsersResponse__Output {
  /**
   * The users.
   */
  'users': (_kumo_compute_v1_User__Output)[];
}
