// Original file: proto/kumo/internal/v1/consistency.proto

import type { Long } from '@grpc/proto-loader';

/**
 * NameClaim is the state-log entity that makes a catalog name unique: one
 * subject per scope and name (kind `name`), written with a compare-and-set
 * on the subject's last sequence, so of two writers claiming one name
 * exactly one succeeds.
 */
export interface NameClaim {
  /**
   * What the name is unique among, e.g. "flavor".
   */
  'scope'?: (string);
  /**
   * The name claimed.
   */
  'name'?: (string);
  /**
   * Id of the entity holding the name (empty once released).
   */
  'owner_id'?: (string);
  /**
   * When the claim was written, epoch milliseconds.
   */
  'claimed_ms'?: (number | string | Long);
}

/**
 * NameClaim is the state-log entity that makes a catalog name unique: one
 * subject per scope and name (kind `name`), written with a compare-and-set
 * on the subject's last sequence, so of two writers claiming one name
 * exactly one succeeds.
 */
export interface NameClaim__Output {
  /**
   * What the name is unique among, e.g. "flavor".
   */
  'scope': (string);
  /**
   * The name claimed.
   */
  'name': (string);
  /**
   * Id of the entity holding the name (empty once released).
   */
  'owner_id': (string);
  /**
   * When the claim was written, epoch milliseconds.
   */
  'claimed_ms': (number);
}
