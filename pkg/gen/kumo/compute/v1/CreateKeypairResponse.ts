// Original file: proto/kumo/compute/v1/keypair.proto

import type { Keypair as _kumo_compute_v1_Keypair, Keypair__Output as _kumo_compute_v1_Keypair__Output } from '../../../kumo/compute/v1/Keypair.js';

/**
 * CreateKeypairResponse carries the keypair and, when generated, its private key.
 */
export interface CreateKeypairResponse {
  /**
   * The stored keypair.
   */
  'keypair'?: (_kumo_compute_v1_Keypair | null);
  /**
   * PEM private key; only set when Kumo generated the pair, and returned only once.
   */
  'private_key'?: (string);
}

/**
 * CreateKeypairResponse carries the keypair and, when generated, its private key.
 */
export interface CreateKeypairResponse__Output {
  /**
   * The stored keypair.
   */
  'keypair': (_kumo_compute_v1_Keypair__Output | null);
  /**
   * PEM private key; only set when Kumo generated the pair, and returned only once.
   */
  'private_key': (string);
}
