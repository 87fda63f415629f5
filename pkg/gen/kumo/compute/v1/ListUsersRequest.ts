// Original file: proto/kumo/compute/v1/identity.proto


/**
 * ListUsersRequest is empty.
 */
export interface ListUsersRequest {
}

/**
 * ListUsersRequest is empty.
 */
export interface ListUsersRequest__Output {
}
