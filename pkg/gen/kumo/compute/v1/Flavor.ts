// Original file: proto/kumo/compute/v1/flavor.proto


/**
 * Flavor is a hardware template for servers, as Nova's flavors.
 */
export interface Flavor {
  /**
   * Flavor id; Nova's sizes use "1".."5", new ones get a UUID unless given.
   */
  'id'?: (string);
  /**
   * Unique name, for example m1.small.
   */
  'name'?: (string);
  /**
   * Virtual CPUs.
   */
  'vcpus'?: (number);
  /**
   * Memory in MiB.
   */
  'ram_mb'?: (number);
  /**
   * Root disk in GiB; 0 means the image size.
   */
  'disk_gb'?: (number);
  /**
   * Ephemeral disk in GiB.
   */
  'ephemeral_gb'?: (number);
  /**
   * Swap in MiB.
   */
  'swap_mb'?: (number);
  /**
   * Whether every project may use it.
   */
  'is_public'?: (boolean);
  /**
   * Extra specs matched by the scheduler against host capabilities.
   */
  'extra_specs'?: ({[key: string]: string});
  /**
   * Free-form description.
   */
  'description'?: (string);
}

/**
 * Flavor is a hardware template for servers, as Nova's flavors.
 */
export interface Flavor__Output {
  /**
   * Flavor id; Nova's sizes use "1".."5", new ones get a UUID unless given.
   */
  'id': (string);
  /**
   * Unique name, for example m1.small.
   */
  'name': (string);
  /**
   * Virtual CPUs.
   */
  'vcpus': (number);
  /**
   * Memory in MiB.
   */
  'ram_mb': (number);
  /**
   * Root disk in GiB; 0 means the image size.
   */
  'disk_gb': (number);
  /**
   * Ephemeral disk in GiB.
   */
  'ephemeral_gb': (number);
  /**
   * Swap in MiB.
   */
  'swap_mb': (number);
  /**
   * Whether every project may use it.
   */
  'is_public': (boolean);
  /**
   * Extra specs matched by the scheduler against host capabilities.
   */
  'extra_specs': ({[key: string]: string});
  /**
   * Free-form description.
   */
  'description': (string);
}
