// Original file: proto/kumo/internal/v1/records.proto

import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from '../../../kumo/compute/v1/Flavor.js';

/**
 * Migration is one move of a server between hosts, as Nova's migrations table.
 */
export interface Migration {
  /**
   * Migration id (UUID).
   */
  'id'?: (string);
  /**
   * resize, migration, live-migration or evacuation.
   */
  'type'?: (string);
  /**
   * The host the server leaves.
   */
  'source_host'?: (string);
  /**
   * The host the server goes to.
   */
  'dest_host'?: (string);
  /**
   * Flavor before the move.
   */
  'old_flavor'?: (_kumo_compute_v1_Flavor | null);
  /**
   * Flavor after the move.
   */
  'new_flavor'?: (_kumo_compute_v1_Flavor | null);
  /**
   * pre-migrating, migrating, finished, confirmed, reverted, error, done.
   */
  'status'?: (string);
  /**
   * Request id of the action that started it.
   */
  'request_id'?: (string);
}

/**
 * Migration is one move of a server between hosts, as Nova's migrations table.
 */
export interface Migration__Output {
  /**
   * Migration id (UUID).
   */
  'id': (string);
  /**
   * resize, migration, live-migration or evacuation.
   */
  'type': (string);
  /**
   * The host the server leaves.
   */
  'source_host': (string);
  /**
   * The host the server goes to.
   */
  'dest_host': (string);
  /**
   * Flavor before the move.
   */
  'old_flavor': (_kumo_compute_v1_Flavor__Output | null);
  /**
   * Flavor after the move.
   */
  'new_flavor': (_kumo_compute_v1_Flavor__Output | null);
  /**
   * pre-migrating, migrating, finished, confirmed, reverted, error, done.
   */
  'status': (string);
  /**
   * Request id of the action that started it.
   */
  'request_id': (string);
}
