// Original file: proto/kumo/compute/v1/keypair.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * Keypair is an SSH public key that can be injected into servers.
 */
export interface Keypair {
  /**
   * Name, unique per user.
   */
  'name'?: (string);
  /**
   * Public key in OpenSSH format.
   */
  'public_key'?: (string);
  /**
   * MD5 fingerprint of the key, colon-separated hex as Nova shows it.
   */
  'fingerprint'?: (string);
  /**
   * Key type: ssh.
   */
  'type'?: (string);
  /**
   * Owning user.
   */
  'user_id'?: (string);
  /**
   * When the keypair was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * Keypair is an SSH public key that can be injected into servers.
 */
export interface Keypair__Output {
  /**
   * Name, unique per user.
   */
  'name': (string);
  /**
   * Public key in OpenSSH format.
   */
  'public_key': (string);
  /**
   * MD5 fingerprint of the key, colon-separated hex as Nova shows it.
   */
  'fingerprint': (string);
  /**
   * Key type: ssh.
   */
  'type': (string);
  /**
   * Owning user.
   */
  'user_id': (string);
  /**
   * When the keypair was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
