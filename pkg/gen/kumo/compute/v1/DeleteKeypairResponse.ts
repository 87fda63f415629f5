// Original file: proto/kumo/compute/v1/keypair.proto


/**
 * DeleteKeypairResponse is empty.
 */
export interface DeleteKeypairResponse {
}

/**
 * DeleteKeypairResponse is empty.
 */
export interface DeleteKeypairResponse__Output {
}
