// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * LiveMigrateServerRequest is the request of LiveMigrateServer.
 */
export interface LiveMigrateServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Admins only: the destination host; empty lets the scheduler choose.
   */
  'host'?: (string);
  /**
   * Copy the local disk too (always done by the fake driver).
   */
  'block_migration'?: (boolean);
}

/**
 * LiveMigrateServerRequest is the request of LiveMigrateServer.
 */
export interface LiveMigrateServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Admins only: the destination host; empty lets the scheduler choose.
   */
  'host': (string);
  /**
   * Copy the local disk too (always done by the fake driver).
   */
  'block_migration': (boolean);
}
