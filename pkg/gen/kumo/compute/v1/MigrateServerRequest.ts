// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * MigrateServerRequest is the request of MigrateServer.
 */
export interface MigrateServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Admins only: the destination host; empty lets the scheduler choose.
   */
  'host'?: (string);
}

/**
 * MigrateServerRequest is the request of MigrateServer.
 */
export interface MigrateServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Admins only: the destination host; empty lets the scheduler choose.
   */
  'host': (string);
}
