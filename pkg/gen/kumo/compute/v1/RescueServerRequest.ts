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
}
