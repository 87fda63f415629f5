// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ShelveOffloadServerRequest is the request of ShelveOffloadServer.
 */
export interface ShelveOffloadServerRequest {
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
 * ShelveOffloadServerRequest is the request of ShelveOffloadServer.
 */
export interface ShelveOffloadServerRequest__Output {
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
