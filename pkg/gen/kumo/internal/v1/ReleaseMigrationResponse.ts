// Original file: proto/kumo/internal/v1/instance.proto


/**
 * ReleaseMigrationResponse confirms the release.
 */
export interface ReleaseMigrationResponse {
}

/**
 * ReleaseMigrationResponse confirms the release.
 */
export interface ReleaseMigrationResponse__Output {
}
