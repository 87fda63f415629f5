// Original file: proto/kumo/internal/v1/records.proto


/**
 * RescheduleBuildResponse is empty: the conductor carries on in the background.
 */
export interface RescheduleBuildResponse {
}

/**
 * RescheduleBuildResponse is empty: the conductor carries on in the background.
 */
export interface RescheduleBuildResponse__Output {
}
