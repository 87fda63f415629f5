// Original file: proto/kumo/internal/v1/instance.proto


/**
 * ReleaseMigrationRequest tells a host to drop what it holds for a
 * migration: the destination's claim after a failure, or the source's
 * guest and claim after a confirm.
 */
export interface ReleaseMigrationRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Migration id.
   */
  'migration_id'?: (string);
}

/**
 * ReleaseMigrationRequest tells a host to drop what it holds for a
 * migration: the destination's claim after a failure, or the source's
 * guest and claim after a confirm.
 */
export interface ReleaseMigrationRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Migration id.
   */
  'migration_id': (string);
}
