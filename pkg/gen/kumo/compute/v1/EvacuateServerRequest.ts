// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * EvacuateServerRequest is the request of EvacuateServer.
 */
export interface EvacuateServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * The destination host; empty lets the scheduler choose.
   */
  'host'?: (string);
}

/**
 * EvacuateServerRequest is the request of EvacuateServer.
 */
export interface EvacuateServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * The destination host; empty lets the scheduler choose.
   */
  'host': (string);
}
