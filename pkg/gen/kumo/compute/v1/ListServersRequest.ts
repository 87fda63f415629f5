// Original file: proto/kumo/compute/v1/server_service.proto

import type { ServerStatus as _kumo_compute_v1_ServerStatus, ServerStatus__Output as _kumo_compute_v1_ServerStatus__Output } from '../../../kumo/compute/v1/ServerStatus.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

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
   * Only servers whose name matches this regular expression (unanchored,
   * as Nova's name filter): at most 255 characters and at most one
   * quantifier (*, +, ?, {n,m}), without back-references or lookarounds;
   * other patterns are refused as INVALID_ARGUMENT so none can run long.
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
  /**
   * Admin: servers of every project (Nova's all_tenants); refused for others.
   */
  'all_tenants'?: (boolean);
  /**
   * Admin, with all_tenants: only servers of this project id.
   */
  'project_id'?: (string);
  /**
   * Sort key: "created_at" (the default), "updated_at", "name" or "status";
   * ties are broken by server id.
   */
  'sort_key'?: (string);
  /**
   * Sort direction: "desc" (the default: newest first) or "asc".
   */
  'sort_dir'?: (string);
  /**
   * Only servers changed at or after this time (Nova's changes-since).
   */
  'changes_since'?: (_google_protobuf_Timestamp | null);
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
   * Only servers whose name matches this regular expression (unanchored,
   * as Nova's name filter): at most 255 characters and at most one
   * quantifier (*, +, ?, {n,m}), without back-references or lookarounds;
   * other patterns are refused as INVALID_ARGUMENT so none can run long.
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
  /**
   * Admin: servers of every project (Nova's all_tenants); refused for others.
   */
  'all_tenants': (boolean);
  /**
   * Admin, with all_tenants: only servers of this project id.
   */
  'project_id': (string);
  /**
   * Sort key: "created_at" (the default), "updated_at", "name" or "status";
   * ties are broken by server id.
   */
  'sort_key': (string);
  /**
   * Sort direction: "desc" (the default: newest first) or "asc".
   */
  'sort_dir': (string);
  /**
   * Only servers changed at or after this time (Nova's changes-since).
   */
  'changes_since': (_google_protobuf_Timestamp__Output | null);
}
