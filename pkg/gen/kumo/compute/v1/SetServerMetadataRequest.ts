// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * SetServerMetadataRequest sets user metadata keys of a server.
 */
export interface SetServerMetadataRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Keys and values to set.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Replace all metadata with these pairs instead of merging.
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
 * SetServerMetadataRequest sets user metadata keys of a server.
 */
export interface SetServerMetadataRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Keys and values to set.
   */
  'metadata': ({[key: string]: string});
  /**
   * Replace all metadata with these pairs instead of merging.
   */
  'replace': (boolean);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
