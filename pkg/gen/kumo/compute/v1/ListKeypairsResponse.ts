// Original file: proto/kumo/compute/v1/keypair.proto

import type { Keypair as _kumo_compute_v1_Keypair, Keypair__Output as _kumo_compute_v1_Keypair__Output } from '../../../kumo/compute/v1/Keypair.js';

/**
 * ListKeypairsResponse is one page of keypairs.
 */
export interface ListKeypairsResponse {
  /**
   * The keypairs.
   */
  'keypairs'?: (_kumo_compute_v1_Keypair)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token'?: (string);
}

/**
 * ListKeypairsResponse is one page of keypairs.
 */
export interface ListKeypairsResponse__Output {
  /**
   * The keypairs.
   */
  'keypairs': (_kumo_compute_v1_Keypair__Output)[];
  /**
   * Token for the next page; empty on the last one.
   */
  'next_page_token': (string);
}
