// Original file: proto/kumo/compute/v1/server_service.proto

import type { RebootType as _kumo_compute_v1_RebootType, RebootType__Output as _kumo_compute_v1_RebootType__Output } from '../../../kumo/compute/v1/RebootType.js';

/**
 * RebootServerRequest names the server and the reboot type.
 */
export interface RebootServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Soft or hard.
   */
  'type'?: (_kumo_compute_v1_RebootType);
}

/**
 * RebootServerRequest names the server and the reboot type.
 */
export interface RebootServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Soft or hard.
   */
  'type': (_kumo_compute_v1_RebootType__Output);
}
