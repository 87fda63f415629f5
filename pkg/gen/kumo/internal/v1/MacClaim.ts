// Original file: proto/kumo/internal/v1/network.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * MacClaim is the state-log entity (kind mac, id the MAC as 12 hex
 * digits) that holds one MAC address for one port, cloud-wide.
 */
export interface MacClaim {
  /**
   * The MAC address.
   */
  'mac_address'?: (string);
  /**
   * The port holding it.
   */
  'port_id'?: (string);
  /**
   * When the claim was made.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * MacClaim is the state-log entity (kind mac, id the MAC as 12 hex
 * digits) that holds one MAC address for one port, cloud-wide.
 */
export interface MacClaim__Output {
  /**
   * The MAC address.
   */
  'mac_address': (string);
  /**
   * The port holding it.
   */
  'port_id': (string);
  /**
   * When the claim was made.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
