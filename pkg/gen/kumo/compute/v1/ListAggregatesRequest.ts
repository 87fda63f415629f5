// Original file: proto/kumo/compute/v1/aggregate.proto


/**
 * ListAggregatesRequest lists aggregates.
 */
export interface ListAggregatesRequest {
}

/**
 * ListAggregatesRequest lists aggregates.
 */
export interface ListAggregatesRequest__Output {
}
