// Original file: proto/kumo/compute/v1/keypair.proto

import type { Keypair as _kumo_compute_v1_Keypair, Keypair__Output as _kumo_compute_v1_Keypair__Output } from '../../../kumo/compute/v1/Keypair.js';

/**
 * GetKeypairResponse carries one keypair.
 */
export interface GetKeypairResponse {
  /**
   * The keypair.
   */
  'keypair'?: (_kumo_compute_v1_Keypair | null);
}

/**
 * GetKeypairResponse carries one keypair.
 */
export interface GetKeypairResponse__Output {
  /**
   * The keypair.
   */
  'keypair': (_kumo_compute_v1_Keypair__Output | null);
}
