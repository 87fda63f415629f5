// Original file: proto/kumo/compute/v1/security_group.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * SecurityGroupRule admits traffic of one kind (Neutron's security group
 * rule). A group with no rule for a direction admits nothing that way.
 */
export interface SecurityGroupRule {
  /**
   * UUID, assigned by Kumo (output only).
   */
  'id'?: (string);
  /**
   * The group the rule belongs to (output only).
   */
  'security_group_id'?: (string);
  /**
   * "ingress" or "egress".
   */
  'direction'?: (string);
  /**
   * "IPv4" or "IPv6"; empty means IPv4, or the family of remote_ip_prefix.
   */
  'ethertype'?: (string);
  /**
   * "tcp", "udp", "icmp", a protocol number 0 to 255, or empty / "any"
   * for every protocol. Numbers 1, 6 and 17 are stored as their names.
   */
  'protocol'?: (string);
  /**
   * tcp/udp: the first port (1 to 65535); icmp: the ICMP type (0 to 255);
   * 0 for any.
   */
  'port_range_min'?: (number);
  /**
   * tcp/udp: the last port, at least port_range_min; icmp: the ICMP code
   * (0 to 255, needs a type); 0 for any.
   */
  'port_range_max'?: (number);
  /**
   * Remote addresses the rule admits, as a CIDR of the ethertype's family;
   * empty for any. Not with remote_group_id.
   */
  'remote_ip_prefix'?: (string);
  /**
   * Admits the servers of this group of the project instead of a CIDR.
   */
  'remote_group_id'?: (string);
  /**
   * Free text, at most 255 characters.
   */
  'description'?: (string);
  /**
   * When the rule was created (output only).
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * SecurityGroupRule admits traffic of one kind (Neutron's security group
 * rule). A group with no rule for a direction admits nothing that way.
 */
export interface SecurityGroupRule__Output {
  /**
   * UUID, assigned by Kumo (output only).
   */
  'id': (string);
  /**
   * The group the rule belongs to (output only).
   */
  'security_group_id': (string);
  /**
   * "ingress" or "egress".
   */
  'direction': (string);
  /**
   * "IPv4" or "IPv6"; empty means IPv4, or the family of remote_ip_prefix.
   */
  'ethertype': (string);
  /**
   * "tcp", "udp", "icmp", a protocol number 0 to 255, or empty / "any"
   * for every protocol. Numbers 1, 6 and 17 are stored as their names.
   */
  'protocol': (string);
  /**
   * tcp/udp: the first port (1 to 65535); icmp: the ICMP type (0 to 255);
   * 0 for any.
   */
  'port_range_min': (number);
  /**
   * tcp/udp: the last port, at least port_range_min; icmp: the ICMP code
   * (0 to 255, needs a type); 0 for any.
   */
  'port_range_max': (number);
  /**
   * Remote addresses the rule admits, as a CIDR of the ethertype's family;
   * empty for any. Not with remote_group_id.
   */
  'remote_ip_prefix': (string);
  /**
   * Admits the servers of this group of the project instead of a CIDR.
   */
  'remote_group_id': (string);
  /**
   * Free text, at most 255 characters.
   */
  'description': (string);
  /**
   * When the rule was created (output only).
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
