// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * CreateRemoteConsoleRequest asks for a console URL.
 */
export interface CreateRemoteConsoleRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Protocol; empty means "vnc".
   */
  'protocol'?: (string);
  /**
   * Type; empty means "novnc".
   */
  'type'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * CreateRemoteConsoleRequest asks for a console URL.
 */
export interface CreateRemoteConsoleRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Protocol; empty means "vnc".
   */
  'protocol': (string);
  /**
   * Type; empty means "novnc".
   */
  'type': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
