// Original file: proto/kumo/compute/v1/network.proto

import type { Subnet as _kumo_compute_v1_Subnet, Subnet__Output as _kumo_compute_v1_Subnet__Output } from '../../../kumo/compute/v1/Subnet.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * Network is a tenant network: an isolated layer-2 segment with subnets.
 */
export interface Network {
  /**
   * UUID, assigned by Kumo.
   */
  'id'?: (string);
  /**
   * Display name.
   */
  'name'?: (string);
  /**
   * Project that owns the network.
   */
  'project_id'?: (string);
  /**
   * Visible to (and usable by) every project.
   */
  'shared'?: (boolean);
  /**
   * The network's subnets.
   */
  'subnets'?: (_kumo_compute_v1_Subnet)[];
  /**
   * Created by Kumo for the project's first server with networks "auto"
   * (Neutron's auto-allocated topology).
   */
  'auto_allocated'?: (boolean);
  /**
   * When the network was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the network last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
  /**
   * External (Neutron's router:external): a floating IP pool, visible to
   * every project for allocating floating IPs, never attached to servers.
   */
  'external'?: (boolean);
}

/**
 * Network is a tenant network: an isolated layer-2 segment with subnets.
 */
export interface Network__Output {
  /**
   * UUID, assigned by Kumo.
   */
  'id': (string);
  /**
   * Display name.
   */
  'name': (string);
  /**
   * Project that owns the network.
   */
  'project_id': (string);
  /**
   * Visible to (and usable by) every project.
   */
  'shared': (boolean);
  /**
   * The network's subnets.
   */
  'subnets': (_kumo_compute_v1_Subnet__Output)[];
  /**
   * Created by Kumo for the project's first server with networks "auto"
   * (Neutron's auto-allocated topology).
   */
  'auto_allocated': (boolean);
  /**
   * When the network was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the network last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * External (Neutron's router:external): a floating IP pool, visible to
   * every project for allocating floating IPs, never attached to servers.
   */
  'external': (boolean);
}
