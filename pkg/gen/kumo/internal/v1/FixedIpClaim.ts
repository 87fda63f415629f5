// Original file: proto/kumo/internal/v1/network.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * FixedIpClaim is the state-log entity (kind fipassoc, id
 * <port>_<fixed address as hex>) that holds one fixed IP of a port for the
 * one floating IP serving it. Written by compare-and-set before the
 * floating IP's association, so two floating IPs racing onto one fixed IP
 * cannot both win.
 */
export interface FixedIpClaim {
  /**
   * The port.
   */
  'port_id'?: (string);
  /**
   * The port's fixed address.
   */
  'fixed_ip_address'?: (string);
  /**
   * The floating IP serving it.
   */
  'floating_ip_id'?: (string);
  /**
   * When the claim was made (claims nothing honours are reaped after a while).
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * FixedIpClaim is the state-log entity (kind fipassoc, id
 * <port>_<fixed address as hex>) that holds one fixed IP of a port for the
 * one floating IP serving it. Written by compare-and-set before the
 * floating IP's association, so two floating IPs racing onto one fixed IP
 * cannot both win.
 */
export interface FixedIpClaim__Output {
  /**
   * The port.
   */
  'port_id': (string);
  /**
   * The port's fixed address.
   */
  'fixed_ip_address': (string);
  /**
   * The floating IP serving it.
   */
  'floating_ip_id': (string);
  /**
   * When the claim was made (claims nothing honours are reaped after a while).
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
