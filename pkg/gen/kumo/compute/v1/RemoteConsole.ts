// Original file: proto/kumo/compute/v1/server_action.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * RemoteConsole is a URL a browser opens to reach a server's console.
 */
export interface RemoteConsole {
  /**
   * Protocol: "vnc".
   */
  'protocol'?: (string);
  /**
   * Type: "novnc".
   */
  'type'?: (string);
  /**
   * The URL, carrying a one-time token.
   */
  'url'?: (string);
  /**
   * When the token stops being accepted.
   */
  'expire_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * RemoteConsole is a URL a browser opens to reach a server's console.
 */
export interface RemoteConsole__Output {
  /**
   * Protocol: "vnc".
   */
  'protocol': (string);
  /**
   * Type: "novnc".
   */
  'type': (string);
  /**
   * The URL, carrying a one-time token.
   */
  'url': (string);
  /**
   * When the token stops being accepted.
   */
  'expire_time': (_google_protobuf_Timestamp__Output | null);
}
