// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * RescueServerRequest is the request of RescueServer.
 */
export interface RescueServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Rescue image; empty for the server's own image.
   */
  'image_id'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * RescueServerRequest is the request of RescueServer.
 */
export interface RescueServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Rescue image; empty for the server's own image.
   */
  'image_id': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
