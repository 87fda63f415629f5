// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ResizeServerRequest is the request of ResizeServer.
 */
export interface ResizeServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * The new flavor id.
   */
  'flavor_id'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * ResizeServerRequest is the request of ResizeServer.
 */
export interface ResizeServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * The new flavor id.
   */
  'flavor_id': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
