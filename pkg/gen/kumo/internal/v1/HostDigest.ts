// Original file: proto/kumo/internal/v1/digest.proto


/**
 * HostDigest is what a compute host publishes every anti-entropy interval
 * on kumo.v1.evt.digest.<host>: an order-independent digest of the
 * instances it runs (id, generation and power state of each).
 */
export interface HostDigest {
  /**
   * Compute host name.
   */
  'host'?: (string);
  /**
   * Instances the host runs.
   */
  'count'?: (number);
  /**
   * Hex of the sum (mod 2^64) of a 64-bit hash of "id:generation:power_state" per instance.
   */
  'digest'?: (string);
  /**
   * Changes on every start of the host.
   */
  'boot_id'?: (string);
}

/**
 * HostDigest is what a compute host publishes every anti-entropy interval
 * on kumo.v1.evt.digest.<host>: an order-independent digest of the
 * instances it runs (id, generation and power state of each).
 */
export interface HostDigest__Output {
  /**
   * Compute host name.
   */
  'host': (string);
  /**
   * Instances the host runs.
   */
  'count': (number);
  /**
   * Hex of the sum (mod 2^64) of a 64-bit hash of "id:generation:power_state" per instance.
   */
  'digest': (string);
  /**
   * Changes on every start of the host.
   */
  'boot_id': (string);
}
