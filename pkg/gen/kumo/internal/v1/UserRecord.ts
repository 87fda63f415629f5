// Original file: proto/kumo/internal/v1/identity.proto

import type { User as _kumo_compute_v1_User, User__Output as _kumo_compute_v1_User__Output } from '../../../kumo/compute/v1/User.js';

/**
 * UserRecord is a user as the state log keeps it: the API User and its password hash.
 */
export interface UserRecord {
  /**
   * The user as the API shows it.
   */
  'user'?: (_kumo_compute_v1_User | null);
  /**
   * scrypt hash of the password.
   */
  'password_hash'?: (Buffer | Uint8Array | string);
  /**
   * Random salt of the hash.
   */
  'salt'?: (Buffer | Uint8Array | string);
  /**
   * scrypt cost parameter N.
   */
  'scrypt_n'?: (number);
  /**
   * scrypt block size r.
   */
  'scrypt_r'?: (number);
  /**
   * scrypt parallelization p.
   */
  'scrypt_p'?: (number);
}

/**
 * UserRecord is a user as the state log keeps it: the API User and its password hash.
 */
export interface UserRecord__Output {
  /**
   * The user as the API shows it.
   */
  'user': (_kumo_compute_v1_User__Output | null);
  /**
   * scrypt hash of the password.
   */
  'password_hash': (Buffer);
  /**
   * Random salt of the hash.
   */
  'salt': (Buffer);
  /**
   * scrypt cost parameter N.
   */
  'scrypt_n': (number);
  /**
   * scrypt block size r.
   */
  'scrypt_r': (number);
  /**
   * scrypt parallelization p.
   */
  'scrypt_p': (number);
}
