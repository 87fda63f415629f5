// Original file: proto/kumo/compute/v1/identity.proto

import type { Project as _kumo_compute_v1_Project, Project__Output as _kumo_compute_v1_Project__Output } from '../../../kumo/compute/v1/Project.js';

/**
 * ListProjectsResponse carries projects ordered by name.
 */
export interface ListProjectsResponse {
  /**
   * The projects.
   */
  'projects'?: (_kumo_compute_v1_Project)[];
}

/**
 * ListProjectsResponse carries projects ordered by name.
 */
export interface ListProjectsResponse__Output {
  /**
   * The projects.
   */
  'projects': (_kumo_compute_v1_Project__Output)[];
}
