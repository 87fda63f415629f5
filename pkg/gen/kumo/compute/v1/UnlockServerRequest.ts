// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * UnlockServerRequest is the request of UnlockServer.
 */
export interface UnlockServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * UnlockServerRequest is the request of UnlockServer.
 */
export interface UnlockServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
