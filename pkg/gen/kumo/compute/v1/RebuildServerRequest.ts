// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * RebuildServerRequest is the request of RebuildServer.
 */
export interface RebuildServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Image to rebuild from; empty for the current image.
   */
  'image_id'?: (string);
  /**
   * New display name; empty keeps the current one.
   */
  'name'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * RebuildServerRequest is the request of RebuildServer.
 */
export interface RebuildServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Image to rebuild from; empty for the current image.
   */
  'image_id': (string);
  /**
   * New display name; empty keeps the current one.
   */
  'name': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
