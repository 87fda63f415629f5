// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * DeleteServerTagsRequest removes tags from a server.
 */
export interface DeleteServerTagsRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Tags to remove; each must exist.
   */
  'tags'?: (string)[];
  /**
   * Remove every tag.
   */
  'all'?: (boolean);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * DeleteServerTagsRequest removes tags from a server.
 */
export interface DeleteServerTagsRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Tags to remove; each must exist.
   */
  'tags': (string)[];
  /**
   * Remove every tag.
   */
  'all': (boolean);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
