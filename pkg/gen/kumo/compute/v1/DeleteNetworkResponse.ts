// Original file: proto/kumo/compute/v1/network.proto


/**
 * DeleteNetworkResponse is empty.
 */
export interface DeleteNetworkResponse {
}

/**
 * DeleteNetworkResponse is empty.
 */
export interface DeleteNetworkResponse__Output {
}
