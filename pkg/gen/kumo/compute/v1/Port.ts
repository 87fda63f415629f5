// Original file: proto/kumo/compute/v1/network.proto

import type { FixedIp as _kumo_compute_v1_FixedIp, FixedIp__Output as _kumo_compute_v1_FixedIp__Output } from '../../../kumo/compute/v1/FixedIp.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * Port is a server's attachment to a network: a MAC address and fixed IPs.
 */
export interface Port {
  /**
   * UUID, assigned by Kumo.
   */
  'id'?: (string);
  /**
   * The network the port is on.
   */
  'network_id'?: (string);
  /**
   * Project that owns the port (the server's project).
   */
  'project_id'?: (string);
  /**
   * The server the port is attached to.
   */
  'device_id'?: (string);
  /**
   * What uses the port: "compute:<availability zone>" or "compute:nova" for a server.
   */
  'device_owner'?: (string);
  /**
   * The port's MAC address: fa:16:3e:xx:xx:xx, unique in the cloud.
   */
  'mac_address'?: (string);
  /**
   * The port's addresses: one from an IPv4 subnet and one from an IPv6
   * subnet of the network, when it has them.
   */
  'fixed_ips'?: (_kumo_compute_v1_FixedIp)[];
  /**
   * ACTIVE while the server is ACTIVE, DOWN otherwise (read-time).
   */
  'status'?: (string);
  /**
   * The host of the server the port is attached to, when it has one (read-time).
   */
  'host'?: (string);
  /**
   * When the port was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * Ids of the security groups the port applies.
   */
  'security_group_ids'?: (string)[];
}

/**
 * Port is a server's attachment to a network: a MAC address and fixed IPs.
 */
export interface Port__Output {
  /**
   * UUID, assigned by Kumo.
   */
  'id': (string);
  /**
   * The network the port is on.
   */
  'network_id': (string);
  /**
   * Project that owns the port (the server's project).
   */
  'project_id': (string);
  /**
   * The server the port is attached to.
   */
  'device_id': (string);
  /**
   * What uses the port: "compute:<availability zone>" or "compute:nova" for a server.
   */
  'device_owner': (string);
  /**
   * The port's MAC address: fa:16:3e:xx:xx:xx, unique in the cloud.
   */
  'mac_address': (string);
  /**
   * The port's addresses: one from an IPv4 subnet and one from an IPv6
   * subnet of the network, when it has them.
   */
  'fixed_ips': (_kumo_compute_v1_FixedIp__Output)[];
  /**
   * ACTIVE while the server is ACTIVE, DOWN otherwise (read-time).
   */
  'status': (string);
  /**
   * The host of the server the port is attached to, when it has one (read-time).
   */
  'host': (string);
  /**
   * When the port was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * Ids of the security groups the port applies.
   */
  'security_group_ids': (string)[];
}
