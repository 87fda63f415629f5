// Original file: proto/kumo/compute/v1/floating_ip.proto


/**
 * DeleteFloatingIpResponse is empty.
 */
export interface DeleteFloatingIpResponse {
}

/**
 * DeleteFloatingIpResponse is empty.
 */
export interface DeleteFloatingIpResponse__Output {
}
