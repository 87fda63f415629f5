// Original file: proto/kumo/compute/v1/flavor.proto


/**
 * DeleteFlavorResponse is empty.
 */
export interface DeleteFlavorResponse {
}

/**
 * DeleteFlavorResponse is empty.
 */
export interface DeleteFlavorResponse__Output {
}
