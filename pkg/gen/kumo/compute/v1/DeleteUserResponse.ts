// Original file: proto/kumo/compute/v1/identity.proto


/**
 * DeleteUserResponse is empty.
 */
export interface DeleteUserResponse {
}

/**
 * DeleteUserResponse is empty.
 */
export interface DeleteUserResponse__Output {
}
