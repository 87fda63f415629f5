// Original file: proto/kumo/compute/v1/identity.proto

import type { Project as _kumo_compute_v1_Project, Project__Output as _kumo_compute_v1_Project__Output } from '../../../kumo/compute/v1/Project.js';

/**
 * CreateProjectResponse carries the new project.
 */
export interface CreateProjectResponse {
  /**
   * The project.
   */
  'project'?: (_kumo_compute_v1_Project | null);
}

/**
 * CreateProjectResponse carries the new project.
 */
export interface CreateProjectResponse__Output {
  /**
   * The project.
   */
  'project': (_kumo_compute_v1_Project__Output | null);
}
