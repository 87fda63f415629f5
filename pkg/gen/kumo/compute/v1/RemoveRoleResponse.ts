// Original file: proto/kumo/compute/v1/identity.proto

import type { RoleAssignment as _kumo_compute_v1_RoleAssignment, RoleAssignment__Output as _kumo_compute_v1_RoleAssignment__Output } from '../../../kumo/compute/v1/RoleAssignment.js';

/**
 * RemoveRoleResponse carries the assignment as it is now.
 */
export interface RemoveRoleResponse {
  /**
   * The user's remaining roles on the project (none: the assignment is gone).
   */
  'assignment'?: (_kumo_compute_v1_RoleAssignment | null);
}

/**
 * RemoveRoleResponse carries the assignment as it is now.
 */
export interface RemoveRoleResponse__Output {
  /**
   * The user's remaining roles on the project (none: the assignment is gone).
   */
  'assignment': (_kumo_compute_v1_RoleAssignment__Output | null);
}
