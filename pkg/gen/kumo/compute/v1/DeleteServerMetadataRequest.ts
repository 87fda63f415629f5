// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * DeleteServerMetadataRequest removes user metadata keys of a server.
 */
export interface DeleteServerMetadataRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Keys to remove; each must exist.
   */
  'keys'?: (string)[];
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * DeleteServerMetadataRequest removes user metadata keys of a server.
 */
export interface DeleteServerMetadataRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Keys to remove; each must exist.
   */
  'keys': (string)[];
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
