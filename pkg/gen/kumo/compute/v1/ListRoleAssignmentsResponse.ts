// Original file: proto/kumo/compute/v1/identity.proto

import type { RoleAssignment as _kumo_compute_v1_RoleAssignment, RoleAssignment__Output as _kumo_compute_v1_RoleAssignment__Output } from '../../../kumo/compute/v1/RoleAssignment.js';

/**
 * ListRoleAssignmentsResponse carries assignments.
 */
export interface ListRoleAssignmentsResponse {
  /**
   * The assignments.
   */
  'assignments'?: (_kumo_compute_v1_RoleAssignment)[];
}

/**
 * ListRoleAssignmentsResponse carries assignments.
 */
export interface ListRoleAssignmentsResponse__Output {
  /**
   * The assignments.
   */
  'assignments': (_kumo_compute_v1_RoleAssignment__Output)[];
}
