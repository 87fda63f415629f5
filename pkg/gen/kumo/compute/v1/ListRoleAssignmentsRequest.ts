// Original file: proto/kumo/compute/v1/identity.proto


/**
 * ListRoleAssignmentsRequest filters assignments.
 */
export interface ListRoleAssignmentsRequest {
  /**
   * Only this user's (name or id); empty for every user.
   */
  'user'?: (string);
  /**
   * Only on this project (name or id); empty for every project.
   */
  'project'?: (string);
}

/**
 * ListRoleAssignmentsRequest filters assignments.
 */
export interface ListRoleAssignmentsRequest__Output {
  /**
   * Only this user's (name or id); empty for every user.
   */
  'user': (string);
  /**
   * Only on this project (name or id); empty for every project.
   */
  'project': (string);
}
