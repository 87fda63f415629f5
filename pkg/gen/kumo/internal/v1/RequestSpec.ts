// Original file: proto/kumo/internal/v1/scheduler.proto

import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from '../../../kumo/compute/v1/Image.js';
import type { SchedulerHints as _kumo_compute_v1_SchedulerHints, SchedulerHints__Output as _kumo_compute_v1_SchedulerHints__Output } from '../../../kumo/compute/v1/SchedulerHints.js';
import type { GroupSpec as _kumo_internal_v1_GroupSpec, GroupSpec__Output as _kumo_internal_v1_GroupSpec__Output } from '../../../kumo/internal/v1/GroupSpec.js';

/**
 * RequestSpec is what the scheduler needs to place servers: the request
 * and everything the conductor resolved for it (group members' hosts, the
 * hosts of same_host/different_host servers), so no filter reads a database.
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
   * Scheduler hints as the user gave them.
   */
  'scheduler_hints'?: (_kumo_compute_v1_SchedulerHints | null);
  /**
   * Hosts not to choose.
   */
  'ignore_hosts'?: (string)[];
  /**
   * Hosts already tried for this instance (RetryFilter).
   */
  'tried_hosts'?: (string)[];
  /**
   * The server group, if the request joins one.
   */
  'group'?: (_kumo_internal_v1_GroupSpec | null);
  /**
   * Hosts of the servers named in the same_host hint.
   */
  'same_host_hosts'?: (string)[];
  /**
   * Hosts of the servers named in the different_host hint.
   */
  'different_host_hosts'?: (string)[];
  /**
   * Admin target host: the only candidate, filters skipped (Nova's force_hosts).
   */
  'force_host'?: (string);
}

/**
 * RequestSpec is what the scheduler needs to place servers: the request
 * and everything the conductor resolved for it (group members' hosts, the
 * hosts of same_host/different_host servers), so no filter reads a database.
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
   * Scheduler hints as the user gave them.
   */
  'scheduler_hints': (_kumo_compute_v1_SchedulerHints__Output | null);
  /**
   * Hosts not to choose.
   */
  'ignore_hosts': (string)[];
  /**
   * Hosts already tried for this instance (RetryFilter).
   */
  'tried_hosts': (string)[];
  /**
   * The server group, if the request joins one.
   */
  'group': (_kumo_internal_v1_GroupSpec__Output | null);
  /**
   * Hosts of the servers named in the same_host hint.
   */
  'same_host_hosts': (string)[];
  /**
   * Hosts of the servers named in the different_host hint.
   */
  'different_host_hosts': (string)[];
  /**
   * Admin target host: the only candidate, filters skipped (Nova's force_hosts).
   */
  'force_host': (string);
}
