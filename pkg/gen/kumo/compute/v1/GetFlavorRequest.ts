// Original file: proto/kumo/compute/v1/flavor.proto


/**
 * GetFlavorRequest names a flavor.
 */
export interface GetFlavorRequest {
  /**
   * Flavor id.
   */
  'id'?: (string);
}

/**
 * GetFlavorRequest names a flavor.
 */
export interface GetFlavorRequest__Output {
  /**
   * Flavor id.
   */
  'id': (string);
}
