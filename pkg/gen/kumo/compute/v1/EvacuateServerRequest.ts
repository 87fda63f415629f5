// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * EvacuateServerRequest is the request of EvacuateServer.
 */
export interface EvacuateServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * The destination host; empty lets the scheduler choose.
   */
  'host'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * EvacuateServerRequest is the request of EvacuateServer.
 */
export interface EvacuateServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * The destination host; empty lets the scheduler choose.
   */
  'host': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
