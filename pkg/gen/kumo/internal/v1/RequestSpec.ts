// Original file: /work/main/proto/kumo/internal/v1/scheduler.proto

import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';

/**
 * RequestSpec is what the scheduler needs to place servers.
 */
export interface RequestSpec {
  /**
   * Flavor to fit.
   */
  'flavor'?: (_kumo_compute_v1_Flavor | null);
  /**
   * Image to boot.
   */
  'image'?: (_kumo_compute_v1_Image | null);
  /**
   * Requested availability zone; empty for any.
   */
  'availability_zone'?: (string);
  /**
   * Owning project.
   */
  'project_id'?: (string);
  /**
   * Scheduler hints.
   */
  'scheduler_hints'?: ({[key: string]: string});
  /**
   * Hosts not to choose.
   */
  'ignore_hosts'?: (string)[];
}

/**
 * RequestSpec is what the scheduler needs to place servers.
 */
export interface RequestSpec__Output {
  /**
   * Flavor to fit.
   */
  'flavor': (_kumo_compute_v1_Flavor__Output | null);
  /**
   * Image to boot.
   */
  'image': (_kumo_compute_v1_Image__Output | null);
  /**
   * Requested availability zone; empty for any.
   */
  'availability_zone': (string);
  /**
   * Owning project.
   */
  'project_id': (string);
  /**
   * Scheduler hints.
   */
  'scheduler_hints': ({[key: string]: string});
  /**
   * Hosts not to choose.
   */
  'ignore_hosts': (string)[];
}
