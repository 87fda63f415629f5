// Original file: proto/kumo/internal/v1/instance.proto


/**
 * FinishMigrationResponse confirms the destination owns the server.
 */
export interface FinishMigrationResponse {
}

/**
 * FinishMigrationResponse confirms the destination owns the server.
 */
export interface FinishMigrationResponse__Output {
}
