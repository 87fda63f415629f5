// Original file: proto/kumo/compute/v1/quota.proto


/**
 * DeleteQuotaResponse is empty.
 */
export interface DeleteQuotaResponse {
}

/**
 * DeleteQuotaResponse is empty.
 */
export interface DeleteQuotaResponse__Output {
}
