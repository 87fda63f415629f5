// Original file: proto/kumo/compute/v1/server_service.proto


/**
 * DeleteServerRequest names the server to delete.
 */
export interface DeleteServerRequest {
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
 * DeleteServerRequest names the server to delete.
 */
export interface DeleteServerRequest__Output {
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
