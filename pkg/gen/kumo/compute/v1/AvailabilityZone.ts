// Original file: proto/kumo/compute/v1/availability_zone.proto


/**
 * AvailabilityZone is a zone and the hosts in it.
 */
export interface AvailabilityZone {
  /**
   * Zone name.
   */
  'name'?: (string);
  /**
   * True when at least one host in the zone is up and enabled.
   */
  'available'?: (boolean);
  /**
   * Compute hosts in the zone.
   */
  'hosts'?: (string)[];
}

/**
 * AvailabilityZone is a zone and the hosts in it.
 */
export interface AvailabilityZone__Output {
  /**
   * Zone name.
   */
  'name': (string);
  /**
   * True when at least one host in the zone is up and enabled.
   */
  'available': (boolean);
  /**
   * Compute hosts in the zone.
   */
  'hosts': (string)[];
}
