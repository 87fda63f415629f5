// Original file: proto/kumo/compute/v1/identity.proto


/**
 * RevokeTokenResponse is empty.
 */
export interface RevokeTokenResponse {
}

/**
 * RevokeTokenResponse is empty.
 */
export interface RevokeTokenResponse__Output {
}
