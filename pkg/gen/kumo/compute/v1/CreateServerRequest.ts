// Original file: proto/kumo/compute/v1/server_service.proto

import type { SchedulerHints as _kumo_compute_v1_SchedulerHints, SchedulerHints__Output as _kumo_compute_v1_SchedulerHints__Output } from '../../../kumo/compute/v1/SchedulerHints.js';

/**
 * CreateServerRequest describes the servers to boot.
 */
export interface CreateServerRequest {
  /**
   * Display name; with max_count > 1 each server gets "-<index+1>" appended.
   */
  'name'?: (string);
  /**
   * Flavor id.
   */
  'flavor_id'?: (string);
  /**
   * Image id.
   */
  'image_id'?: (string);
  /**
   * Name of a keypair of the caller to inject.
   */
  'key_name'?: (string);
  /**
   * User metadata: at most 128 pairs, keys up to 255 characters.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * User data handed to the guest; at most 65535 bytes.
   */
  'user_data'?: (Buffer | Uint8Array | string);
  /**
   * Availability zone to boot in; empty for any.
   */
  'availability_zone'?: (string);
  /**
   * Minimum servers to create; the request fails unless this many fit. 0 means 1.
   */
  'min_count'?: (number);
  /**
   * Maximum servers to create. 0 means min_count.
   */
  'max_count'?: (number);
  /**
   * Hints for the scheduler.
   */
  'scheduler_hints'?: (_kumo_compute_v1_SchedulerHints | null);
}

/**
 * CreateServerRequest describes the servers to boot.
 */
export interface CreateServerRequest__Output {
  /**
   * Display name; with max_count > 1 each server gets "-<index+1>" appended.
   */
  'name': (string);
  /**
   * Flavor id.
   */
  'flavor_id': (string);
  /**
   * Image id.
   */
  'image_id': (string);
  /**
   * Name of a keypair of the caller to inject.
   */
  'key_name': (string);
  /**
   * User metadata: at most 128 pairs, keys up to 255 characters.
   */
  'metadata': ({[key: string]: string});
  /**
   * User data handed to the guest; at most 65535 bytes.
   */
  'user_data': (Buffer);
  /**
   * Availability zone to boot in; empty for any.
   */
  'availability_zone': (string);
  /**
   * Minimum servers to create; the request fails unless this many fit. 0 means 1.
   */
  'min_count': (number);
  /**
   * Maximum servers to create. 0 means min_count.
   */
  'max_count': (number);
  /**
   * Hints for the scheduler.
   */
  'scheduler_hints': (_kumo_compute_v1_SchedulerHints__Output | null);
}
