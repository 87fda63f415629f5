// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * CreateServerImageRequest snapshots a server into a new image.
 */
export interface CreateServerImageRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Name of the new image.
   */
  'name'?: (string);
  /**
   * Extra properties of the new image.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * CreateServerImageRequest snapshots a server into a new image.
 */
export interface CreateServerImageRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Name of the new image.
   */
  'name': (string);
  /**
   * Extra properties of the new image.
   */
  'metadata': ({[key: string]: string});
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
