// Original file: proto/kumo/internal/v1/quota.proto

import type { QuotaCharge as _kumo_internal_v1_QuotaCharge, QuotaCharge__Output as _kumo_internal_v1_QuotaCharge__Output } from '../../../kumo/internal/v1/QuotaCharge.js';
import type { UpdateQuotaRequest as _kumo_compute_v1_UpdateQuotaRequest, UpdateQuotaRequest__Output as _kumo_compute_v1_UpdateQuotaRequest__Output } from '../../../kumo/compute/v1/UpdateQuotaRequest.js';
import type { Long } from '@grpc/proto-loader';

/**
 * QuotaLedger is a project's (or, for keypairs, a user's) quota reservations
 * and overrides: one state-log entity (`quota.<b64 p/<project> or u/<user>>`),
 * changed only by compare-and-set on its last subject sequence. Servers that
 * are on the log are counted from the conductor's view (its per-project
 * usage); the ledger holds only what the log does not show yet, keyed by
 * what uses it, so a repeated release or reservation changes nothing.
 */
export interface QuotaLedger {
  /**
   * Servers reserved whose record the log may not show yet, by server id.
   * An entry goes once a view at or past `applied_seq` shows the record.
   */
  'servers'?: ({[key: string]: _kumo_internal_v1_QuotaCharge});
  /**
   * Server group ids counted; the value is the epoch ms until which a
   * reservation holds before its group exists (0 once it does).
   */
  'server_groups'?: ({[key: string]: number | string | Long});
  /**
   * Keypair names counted (user ledgers); the value as for server_groups.
   */
  'keypairs'?: ({[key: string]: number | string | Long});
  /**
   * The project's overrides (project ledgers); absent fields are defaults.
   */
  'overrides'?: (_kumo_compute_v1_UpdateQuotaRequest | null);
  /**
   * The view sequence at or past which a reader's view must be before it
   * counts usage: entries were dropped from `servers` because a view at
   * this sequence showed their records.
   */
  'applied_seq'?: (number | string | Long);
  /**
   * Resizes reserved but not yet on the log, by server id: the charge the
   * server holds (the larger of both flavors) until its record shows the move.
   */
  'resizes'?: ({[key: string]: _kumo_internal_v1_QuotaCharge});
}

/**
 * QuotaLedger is a project's (or, for keypairs, a user's) quota reservations
 * and overrides: one state-log entity (`quota.<b64 p/<project> or u/<user>>`),
 * changed only by compare-and-set on its last subject sequence. Servers that
 * are on the log are counted from the conductor's view (its per-project
 * usage); the ledger holds only what the log does not show yet, keyed by
 * what uses it, so a repeated release or reservation changes nothing.
 */
export interface QuotaLedger__Output {
  /**
   * Servers reserved whose record the log may not show yet, by server id.
   * An entry goes once a view at or past `applied_seq` shows the record.
   */
  'servers': ({[key: string]: _kumo_internal_v1_QuotaCharge__Output});
  /**
   * Server group ids counted; the value is the epoch ms until which a
   * reservation holds before its group exists (0 once it does).
   */
  'server_groups': ({[key: string]: number});
  /**
   * Keypair names counted (user ledgers); the value as for server_groups.
   */
  'keypairs': ({[key: string]: number});
  /**
   * The project's overrides (project ledgers); absent fields are defaults.
   */
  'overrides': (_kumo_compute_v1_UpdateQuotaRequest__Output | null);
  /**
   * The view sequence at or past which a reader's view must be before it
   * counts usage: entries were dropped from `servers` because a view at
   * this sequence showed their records.
   */
  'applied_seq': (number);
  /**
   * Resizes reserved but not yet on the log, by server id: the charge the
   * server holds (the larger of both flavors) until its record shows the move.
   */
  'resizes': ({[key: string]: _kumo_internal_v1_QuotaCharge__Output});
}
