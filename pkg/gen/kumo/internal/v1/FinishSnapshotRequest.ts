// Original file: proto/kumo/internal/v1/instance.proto


/**
 * FinishSnapshotRequest tells the conductor a snapshot's data is in place
 * (or that taking it failed), so the image becomes ACTIVE (or KILLED).
 */
export interface FinishSnapshotRequest {
  /**
   * Image id.
   */
  'image_id'?: (string);
  /**
   * The snapshot failed.
   */
  'failed'?: (boolean);
  /**
   * Why it failed.
   */
  'reason'?: (string);
}

/**
 * FinishSnapshotRequest tells the conductor a snapshot's data is in place
 * (or that taking it failed), so the image becomes ACTIVE (or KILLED).
 */
export interface FinishSnapshotRequest__Output {
  /**
   * Image id.
   */
  'image_id': (string);
  /**
   * The snapshot failed.
   */
  'failed': (boolean);
  /**
   * Why it failed.
   */
  'reason': (string);
}
