// Original file: proto/kumo/compute/v1/identity.proto

import type { User as _kumo_compute_v1_User, User__Output as _kumo_compute_v1_User__Output } from '../../../kumo/compute/v1/User.js';

/**
 * CreateUserResponse carries the new user.
 */
export interface CreateUserResponse {
  /**
   * The user.
   */
  'user'?: (_kumo_compute_v1_User | null);
}

/**
 * CreateUserResponse carries the new user.
 */
export interface CreateUserResponse__Output {
  /**
   * The user.
   */
  'user': (_kumo_compute_v1_User__Output | null);
}
