// Original file: proto/kumo/compute/v1/identity.proto


/**
 * ListProjectsRequest is empty.
 */
export interface ListProjectsRequest {
}

/**
 * ListProjectsRequest is empty.
 */
export interface ListProjectsRequest__Output {
}
