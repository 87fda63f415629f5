// Original file: proto/kumo/compute/v1/identity.proto

import type { RoleAssignment as _kumo_compute_v1_RoleAssignment, RoleAssignment__Output as _kumo_compute_v1_RoleAssignment__Output } from '../../../kumo/compute/v1/RoleAssignment.js';

/**
 * AddRoleResponse carries the assignment as it is now.
 */
export interface AddRoleResponse {
  /**
   * The user's roles on the project.
   */
  'assignment'?: (_kumo_compute_v1_RoleAssignment | null);
}

/**
 * AddRoleResponse carries the assignment as it is now.
 */
export interface AddRoleResponse__Output {
  /**
   * The user's roles on the project.
   */
  'assignment': (_kumo_compute_v1_RoleAssignment__Output | null);
}
