// Original file: proto/kumo/internal/v1/instance.proto


/**
 * PrepareMigrationResponse confirms the claim.
 */
export interface PrepareMigrationResponse {
}

/**
 * PrepareMigrationResponse confirms the claim.
 */
export interface PrepareMigrationResponse__Output {
}
