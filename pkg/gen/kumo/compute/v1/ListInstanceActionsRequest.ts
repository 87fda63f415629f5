// Original file: proto/kumo/compute/v1/instance_action.proto


/**
 * ListInstanceActionsRequest names the server.
 */
export interface ListInstanceActionsRequest {
  /**
   * Server id.
   */
  'server_id'?: (string);
  /**
   * Maximum actions to return; 0 means all.
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
}

/**
 * ListInstanceActionsRequest names the server.
 */
export interface ListInstanceActionsRequest__Output {
  /**
   * Server id.
   */
  'server_id': (string);
  /**
   * Maximum actions to return; 0 means all.
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
}
