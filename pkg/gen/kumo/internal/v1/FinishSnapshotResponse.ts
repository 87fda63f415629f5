// Original file: proto/kumo/internal/v1/instance.proto


/**
 * FinishSnapshotResponse is empty.
 */
export interface FinishSnapshotResponse {
}

/**
 * FinishSnapshotResponse is empty.
 */
export interface FinishSnapshotResponse__Output {
}
