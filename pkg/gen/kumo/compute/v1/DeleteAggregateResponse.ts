// Original file: proto/kumo/compute/v1/aggregate.proto


/**
 * DeleteAggregateResponse is empty.
 */
export interface DeleteAggregateResponse {
}

/**
 * DeleteAggregateResponse is empty.
 */
export interface DeleteAggregateResponse__Output {
}
