// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ShelveServerRequest is the request of ShelveServer.
 */
export interface ShelveServerRequest {
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
 * ShelveServerRequest is the request of ShelveServer.
 */
export interface ShelveServerRequest__Output {
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
