// Original file: proto/kumo/compute/v1/floating_ip.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * FloatingIp is an address from an external network's subnet, allocated
 * to a project, that can be associated with one fixed IP of one of the
 * project's servers at a time (Neutron's floating IP). Kumo has no data
 * plane yet: the association is recorded and shown, not NATed.
 */
export interface FloatingIp {
  /**
   * UUID, assigned by Kumo.
   */
  'id'?: (string);
  /**
   * The floating address.
   */
  'floating_ip_address'?: (string);
  /**
   * The external network the address is from.
   */
  'floating_network_id'?: (string);
  /**
   * The external network's name (Nova's pool).
   */
  'pool'?: (string);
  /**
   * Project that owns the floating IP.
   */
  'project_id'?: (string);
  /**
   * The port it is associated with; empty when not associated.
   */
  'port_id'?: (string);
  /**
   * The fixed IP of that port it serves; empty when not associated.
   */
  'fixed_ip_address'?: (string);
  /**
   * The server of that port; empty when not associated.
   */
  'server_id'?: (string);
  /**
   * ACTIVE when associated, DOWN otherwise.
   */
  'status'?: (string);
  /**
   * Free text.
   */
  'description'?: (string);
  /**
   * When the floating IP was allocated.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When it was last associated, disassociated or changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * FloatingIp is an address from an external network's subnet, allocated
 * to a project, that can be associated with one fixed IP of one of the
 * project's servers at a time (Neutron's floating IP). Kumo has no data
 * plane yet: the association is recorded and shown, not NATed.
 */
export interface FloatingIp__Output {
  /**
   * UUID, assigned by Kumo.
   */
  'id': (string);
  /**
   * The floating address.
   */
  'floating_ip_address': (string);
  /**
   * The external network the address is from.
   */
  'floating_network_id': (string);
  /**
   * The external network's name (Nova's pool).
   */
  'pool': (string);
  /**
   * Project that owns the floating IP.
   */
  'project_id': (string);
  /**
   * The port it is associated with; empty when not associated.
   */
  'port_id': (string);
  /**
   * The fixed IP of that port it serves; empty when not associated.
   */
  'fixed_ip_address': (string);
  /**
   * The server of that port; empty when not associated.
   */
  'server_id': (string);
  /**
   * ACTIVE when associated, DOWN otherwise.
   */
  'status': (string);
  /**
   * Free text.
   */
  'description': (string);
  /**
   * When the floating IP was allocated.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When it was last associated, disassociated or changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
