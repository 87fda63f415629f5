// Original file: proto/kumo/internal/v1/digest.proto

import type { Long } from '@grpc/proto-loader';

/**
 * TableDigest is the digest of one table of a conductor's view.
 */
export interface TableDigest {
  /**
   * Table name (servers, flavors, keypairs, ...).
   */
  'name'?: (string);
  /**
   * Entries in the table, tombstones included.
   */
  'entries'?: (number | string | Long);
  /**
   * SHA-256 (hex) over every key and canonical value, in key order.
   */
  'digest'?: (string);
}

/**
 * TableDigest is the digest of one table of a conductor's view.
 */
export interface TableDigest__Output {
  /**
   * Table name (servers, flavors, keypairs, ...).
   */
  'name': (string);
  /**
   * Entries in the table, tombstones included.
   */
  'entries': (number);
  /**
   * SHA-256 (hex) over every key and canonical value, in key order.
   */
  'digest': (string);
}
