// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * LockServerRequest is the request of LockServer.
 */
export interface LockServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Why the server is locked, shown as locked_reason.
   */
  'reason'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * LockServerRequest is the request of LockServer.
 */
export interface LockServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Why the server is locked, shown as locked_reason.
   */
  'reason': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
