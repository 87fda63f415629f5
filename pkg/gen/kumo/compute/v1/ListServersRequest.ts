// Original file: proto/kumo/compute/v1/server_service.proto

import type { ServerStatus as _kumo_compute_v1_ServerStatus, ServerStatus__Output as _kumo_compute_v1_ServerStatus__Output } from '../../../kumo/compute/v1/ServerStatus.js';

/**
 * ListServersRequest filters and pages through servers.
 */
export interface ListServersRequest {
  /**
   * Maximum servers to return; 0 means the default (1000).
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
  /**
   * Only servers with this status.
   */
  'status'?: (_kumo_compute_v1_ServerStatus);
  /**
   * Only servers whose name contains this text.
   */
  'name'?: (string);
  /**
   * Only servers on this host.
   */
  'host'?: (string);
  /**
   * Only servers of this flavor id.
   */
  'flavor_id'?: (string);
  /**
   * Only servers booted from this image id.
   */
  'image_id'?: (string);
  /**
   * Only servers of this reservation.
   */
  'reservation_id'?: (string);
}

/**
 * ListServersRequest filters and pages through servers.
 */
export interface ListServersRequest__Output {
  /**
   * Maximum servers to return; 0 means the default (1000).
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
  /**
   * Only servers with this status.
   */
  'status': (_kumo_compute_v1_ServerStatus__Output);
  /**
   * Only servers whose name contains this text.
   */
  'name': (string);
  /**
   * Only servers on this host.
   */
  'host': (string);
  /**
   * Only servers of this flavor id.
   */
  'flavor_id': (string);
  /**
   * Only servers booted from this image id.
   */
  'image_id': (string);
  /**
   * Only servers of this reservation.
   */
  'reservation_id': (string);
}
