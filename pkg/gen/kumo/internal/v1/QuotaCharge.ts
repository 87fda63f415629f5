// Original file: proto/kumo/internal/v1/quota.proto

import type { Long } from '@grpc/proto-loader';

/**
 * QuotaCharge is what one server counts against its project's quota.
 */
export interface QuotaCharge {
  /**
   * vCPUs charged.
   */
  'cores'?: (number | string | Long);
  /**
   * RAM charged in MiB.
   */
  'ram_mb'?: (number | string | Long);
  /**
   * Generation of the server record the charge follows (0: reserved before
   * the record was written).
   */
  'generation'?: (number | string | Long);
  /**
   * Server group the server is a member of, if any.
   */
  'group_id'?: (string);
  /**
   * Epoch ms until which a reservation holds even if the record says less
   * (a create not yet logged, a resize not yet started).
   */
  'hold_until_ms'?: (number | string | Long);
}

/**
 * QuotaCharge is what one server counts against its project's quota.
 */
export interface QuotaCharge__Output {
  /**
   * vCPUs charged.
   */
  'cores': (number);
  /**
   * RAM charged in MiB.
   */
  'ram_mb': (number);
  /**
   * Generation of the server record the charge follows (0: reserved before
   * the record was written).
   */
  'generation': (number);
  /**
   * Server group the server is a member of, if any.
   */
  'group_id': (string);
  /**
   * Epoch ms until which a reservation holds even if the record says less
   * (a create not yet logged, a resize not yet started).
   */
  'hold_until_ms': (number);
}
