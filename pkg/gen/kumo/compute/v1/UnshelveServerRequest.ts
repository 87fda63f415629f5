// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * UnshelveServerRequest is the request of UnshelveServer.
 */
export interface UnshelveServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Zone to unshelve into; empty for any.
   */
  'availability_zone'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * UnshelveServerRequest is the request of UnshelveServer.
 */
export interface UnshelveServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Zone to unshelve into; empty for any.
   */
  'availability_zone': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
