// Original file: proto/kumo/compute/v1/flavor.proto


/**
 * DeleteFlavorRequest names the flavor to delete.
 */
export interface DeleteFlavorRequest {
  /**
   * Flavor id.
   */
  'id'?: (string);
}

/**
 * DeleteFlavorRequest names the flavor to delete.
 */
export interface DeleteFlavorRequest__Output {
  /**
   * Flavor id.
   */
  'id': (string);
}
