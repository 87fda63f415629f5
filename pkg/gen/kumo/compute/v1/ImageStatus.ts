// Original file: proto/kumo/compute/v1/image.proto

/**
 * ImageStatus follows Glance's image statuses.
 */
export const ImageStatus = {
  /**
   * Not set.
   */
  IMAGE_STATUS_UNSPECIFIED: 'IMAGE_STATUS_UNSPECIFIED',
  /**
   * Record exists, no data yet.
   */
  IMAGE_STATUS_QUEUED: 'IMAGE_STATUS_QUEUED',
  /**
   * Data is being uploaded.
   */
  IMAGE_STATUS_SAVING: 'IMAGE_STATUS_SAVING',
  /**
   * Usable.
   */
  IMAGE_STATUS_ACTIVE: 'IMAGE_STATUS_ACTIVE',
  /**
   * Upload failed.
   */
  IMAGE_STATUS_KILLED: 'IMAGE_STATUS_KILLED',
  /**
   * Deleted.
   */
  IMAGE_STATUS_DELETED: 'IMAGE_STATUS_DELETED',
  /**
   * Deactivated by an admin.
   */
  IMAGE_STATUS_DEACTIVATED: 'IMAGE_STATUS_DEACTIVATED',
} as const;

/**
 * ImageStatus follows Glance's image statuses.
 */
export type ImageStatus =
  /**
   * Not set.
   */
  | 'IMAGE_STATUS_UNSPECIFIED'
  | 0
  /**
   * Record exists, no data yet.
   */
  | 'IMAGE_STATUS_QUEUED'
  | 1
  /**
   * Data is being uploaded.
   */
  | 'IMAGE_STATUS_SAVING'
  | 2
  /**
   * Usable.
   */
  | 'IMAGE_STATUS_ACTIVE'
  | 3
  /**
   * Upload failed.
   */
  | 'IMAGE_STATUS_KILLED'
  | 4
  /**
   * Deleted.
   */
  | 'IMAGE_STATUS_DELETED'
  | 5
  /**
   * Deactivated by an admin.
   */
  | 'IMAGE_STATUS_DEACTIVATED'
  | 6

/**
 * ImageStatus follows Glance's image statuses.
 */
export type ImageStatus__Output = typeof ImageStatus[keyof typeof ImageStatus]
