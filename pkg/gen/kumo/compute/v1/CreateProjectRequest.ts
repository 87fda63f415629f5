// Original file: proto/kumo/compute/v1/identity.proto


/**
 * CreateProjectRequest names a new project.
 */
export interface CreateProjectRequest {
  /**
   * Name: letters, digits, '.', '_', '-' and '@'; 1 to 64 characters.
   */
  'name'?: (string);
  /**
   * Free text, at most 255 characters.
   */
  'description'?: (string);
}

/**
 * CreateProjectRequest names a new project.
 */
export interface CreateProjectRequest__Output {
  /**
   * Name: letters, digits, '.', '_', '-' and '@'; 1 to 64 characters.
   */
  'name': (string);
  /**
   * Free text, at most 255 characters.
   */
  'description': (string);
}
