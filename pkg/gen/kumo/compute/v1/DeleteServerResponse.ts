// Original file: proto/kumo/compute/v1/server_service.proto


/**
 * DeleteServerResponse is empty; deletion completes asynchronously.
 */
export interface DeleteServerResponse {
}

/**
 * DeleteServerResponse is empty; deletion completes asynchronously.
 */
export interface DeleteServerResponse__Output {
}
