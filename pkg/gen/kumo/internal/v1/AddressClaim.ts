// Original file: proto/kumo/internal/v1/network.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * AddressClaim is the state-log entity (kind ipalloc, id
 * <subnet>_<address as hex>) that holds one address of a subnet for one
 * port. It is written with a compare-and-set on the subject's last
 * sequence, so an address is never held twice.
 */
export interface AddressClaim {
  /**
   * The subnet.
   */
  'subnet_id'?: (string);
  /**
   * The subnet's network.
   */
  'network_id'?: (string);
  /**
   * The address.
   */
  'address'?: (string);
  /**
   * The port holding it, or the floating IP (FloatingIp.id) for an
   * address of an external network's subnet.
   */
  'port_id'?: (string);
  /**
   * When the claim was made (orphaned claims are reaped after a while).
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * AddressClaim is the state-log entity (kind ipalloc, id
 * <subnet>_<address as hex>) that holds one address of a subnet for one
 * port. It is written with a compare-and-set on the subject's last
 * sequence, so an address is never held twice.
 */
export interface AddressClaim__Output {
  /**
   * The subnet.
   */
  'subnet_id': (string);
  /**
   * The subnet's network.
   */
  'network_id': (string);
  /**
   * The address.
   */
  'address': (string);
  /**
   * The port holding it, or the floating IP (FloatingIp.id) for an
   * address of an external network's subnet.
   */
  'port_id': (string);
  /**
   * When the claim was made (orphaned claims are reaped after a while).
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
