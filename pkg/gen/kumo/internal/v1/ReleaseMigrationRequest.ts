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
  /**
   * Only on a compute host's call to the conductor, which relays it
   * (pkg/conductor/host_relay.ts): the host to deliver it to. Hosts ignore it.
   */
  'peer_host'?: (string);
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
  /**
   * Only on a compute host's call to the conductor, which relays it
   * (pkg/conductor/host_relay.ts): the host to deliver it to. Hosts ignore it.
   */
  'peer_host': (string);
}
