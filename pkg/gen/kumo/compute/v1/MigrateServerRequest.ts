// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * MigrateServerRequest is the request of MigrateServer.
 */
export interface MigrateServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Admins only: the destination host; empty lets the scheduler choose.
   */
  'host'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * MigrateServerRequest is the request of MigrateServer.
 */
export interface MigrateServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Admins only: the destination host; empty lets the scheduler choose.
   */
  'host': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
