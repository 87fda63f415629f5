// Original file: proto/kumo/internal/v1/digest.proto


/**
 * GetHostStateRequest asks a host actor for every record it holds.
 */
export interface GetHostStateRequest {
}

/**
 * GetHostStateRequest asks a host actor for every record it holds.
 */
export interface GetHostStateRequest__Output {
}
