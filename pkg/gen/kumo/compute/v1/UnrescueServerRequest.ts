// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * UnrescueServerRequest is the request of UnrescueServer.
 */
export interface UnrescueServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * UnrescueServerRequest is the request of UnrescueServer.
 */
export interface UnrescueServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
