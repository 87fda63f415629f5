// Original file: proto/kumo/compute/v1/quota.proto


/**
 * GetLimitsRequest is empty: the caller's project is answered.
 */
export interface GetLimitsRequest {
}

/**
 * GetLimitsRequest is empty: the caller's project is answered.
 */
export interface GetLimitsRequest__Output {
}
