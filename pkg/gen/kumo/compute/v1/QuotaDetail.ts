// Original file: proto/kumo/compute/v1/quota.proto

import type { Long } from '@grpc/proto-loader';

/**
 * QuotaDetail is one resource's limit and what the project uses of it.
 */
export interface QuotaDetail {
  /**
   * The limit; -1 means unlimited.
   */
  'limit'?: (number | string | Long);
  /**
   * Units in use (for metadata_items, always 0: it limits each server).
   */
  'in_use'?: (number | string | Long);
}

/**
 * QuotaDetail is one resource's limit and what the project uses of it.
 */
export interface QuotaDetail__Output {
  /**
   * The limit; -1 means unlimited.
   */
  'limit': (number);
  /**
   * Units in use (for metadata_items, always 0: it limits each server).
   */
  'in_use': (number);
}
