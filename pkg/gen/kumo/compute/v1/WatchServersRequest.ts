// Original file: proto/kumo/compute/v1/server_watch.proto

import type { ServerStatus as _kumo_compute_v1_ServerStatus, ServerStatus__Output as _kumo_compute_v1_ServerStatus__Output } from '../../../kumo/compute/v1/ServerStatus.js';

/**
 * WatchServersRequest filters the servers to watch (all of the caller's
 * project when empty).
 */
export interface WatchServersRequest {
  /**
   * Only changes that leave a server in this status.
   */
  'status'?: (_kumo_compute_v1_ServerStatus);
  /**
   * Only servers on this host.
   */
  'host'?: (string);
  /**
   * Only servers of this reservation.
   */
  'reservation_id'?: (string);
  /**
   * Only servers whose name matches this regular expression.
   */
  'name'?: (string);
  /**
   * First stream every matching server as it is now.
   */
  'include_initial'?: (boolean);
}

/**
 * WatchServersRequest filters the servers to watch (all of the caller's
 * project when empty).
 */
export interface WatchServersRequest__Output {
  /**
   * Only changes that leave a server in this status.
   */
  'status': (_kumo_compute_v1_ServerStatus__Output);
  /**
   * Only servers on this host.
   */
  'host': (string);
  /**
   * Only servers of this reservation.
   */
  'reservation_id': (string);
  /**
   * Only servers whose name matches this regular expression.
   */
  'name': (string);
  /**
   * First stream every matching server as it is now.
   */
  'include_initial': (boolean);
}
