// Original file: proto/kumo/compute/v1/server.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * Fault records why a server went to ERROR.
 */
export interface Fault {
  /**
   * HTTP-style code as Nova records it (500 for a failure, 404 ...).
   */
  'code'?: (number);
  /**
   * One-line message, for example "No valid host was found. ...".
   */
  'message'?: (string);
  /**
   * Longer details: for no valid host, how many hosts each filter removed.
   */
  'details'?: (string);
  /**
   * When the fault was recorded.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * Fault records why a server went to ERROR.
 */
export interface Fault__Output {
  /**
   * HTTP-style code as Nova records it (500 for a failure, 404 ...).
   */
  'code': (number);
  /**
   * One-line message, for example "No valid host was found. ...".
   */
  'message': (string);
  /**
   * Longer details: for no valid host, how many hosts each filter removed.
   */
  'details': (string);
  /**
   * When the fault was recorded.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
