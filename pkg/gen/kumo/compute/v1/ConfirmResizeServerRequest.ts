// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ConfirmResizeServerRequest is the request of ConfirmResizeServer.
 */
export interface ConfirmResizeServerRequest {
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
 * ConfirmResizeServerRequest is the request of ConfirmResizeServer.
 */
export interface ConfirmResizeServerRequest__Output {
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
