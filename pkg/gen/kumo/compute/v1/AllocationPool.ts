// Original file: proto/kumo/compute/v1/network.proto


/**
 * AllocationPool is a closed range of addresses a subnet hands out.
 */
export interface AllocationPool {
  /**
   * First address of the range.
   */
  'start'?: (string);
  /**
   * Last address of the range (included).
   */
  'end'?: (string);
}

/**
 * AllocationPool is a closed range of addresses a subnet hands out.
 */
export interface AllocationPool__Output {
  /**
   * First address of the range.
   */
  'start': (string);
  /**
   * Last address of the range (included).
   */
  'end': (string);
}
