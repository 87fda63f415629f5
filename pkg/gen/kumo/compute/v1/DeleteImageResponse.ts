// Original file: proto/kumo/compute/v1/image.proto


/**
 * DeleteImageResponse is empty.
 */
export interface DeleteImageResponse {
}

/**
 * DeleteImageResponse is empty.
 */
export interface DeleteImageResponse__Output {
}
