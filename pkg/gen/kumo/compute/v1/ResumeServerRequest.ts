// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * ResumeServerRequest is the request of ResumeServer.
 */
export interface ResumeServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * ResumeServerRequest is the request of ResumeServer.
 */
export interface ResumeServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
