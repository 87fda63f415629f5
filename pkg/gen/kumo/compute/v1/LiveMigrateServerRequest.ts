// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * LiveMigrateServerRequest is the request of LiveMigrateServer.
 */
export interface LiveMigrateServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Admins only: the destination host; empty lets the scheduler choose.
   */
  'host'?: (string);
  /**
   * Copy the local disk too (always done by the fake driver).
   */
  'block_migration'?: (boolean);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * LiveMigrateServerRequest is the request of LiveMigrateServer.
 */
export interface LiveMigrateServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Admins only: the destination host; empty lets the scheduler choose.
   */
  'host': (string);
  /**
   * Copy the local disk too (always done by the fake driver).
   */
  'block_migration': (boolean);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
