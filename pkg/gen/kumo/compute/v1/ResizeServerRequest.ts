// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ResizeServerRequest is the request of ResizeServer.
 */
export interface ResizeServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * The new flavor id.
   */
  'flavor_id'?: (string);
}

/**
 * ResizeServerRequest is the request of ResizeServer.
 */
export interface ResizeServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * The new flavor id.
   */
  'flavor_id': (string);
}
