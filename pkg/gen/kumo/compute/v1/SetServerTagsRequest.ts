// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * SetServerTagsRequest adds tags to a server.
 */
export interface SetServerTagsRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Tags to add: at most 50 per server, each 1 to 60 characters without '/' or ','.
   */
  'tags'?: (string)[];
  /**
   * Replace all tags with these instead of adding.
   */
  'replace'?: (boolean);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * SetServerTagsRequest adds tags to a server.
 */
export interface SetServerTagsRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Tags to add: at most 50 per server, each 1 to 60 characters without '/' or ','.
   */
  'tags': (string)[];
  /**
   * Replace all tags with these instead of adding.
   */
  'replace': (boolean);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
