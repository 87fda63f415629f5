// Original file: proto/kumo/compute/v1/server.proto

/**
 * ServerStatus is the user-facing status, derived from vm_state and
 * task_state exactly as Nova's API derives it.
 */
export const ServerStatus = {
  /**
   * Not set; never returned for a stored server.
   */
  SERVER_STATUS_UNSPECIFIED: 'SERVER_STATUS_UNSPECIFIED',
  /**
   * Being created: scheduled, claimed or spawning.
   */
  SERVER_STATUS_BUILD: 'SERVER_STATUS_BUILD',
  /**
   * Running.
   */
  SERVER_STATUS_ACTIVE: 'SERVER_STATUS_ACTIVE',
  /**
   * Powered off.
   */
  SERVER_STATUS_SHUTOFF: 'SERVER_STATUS_SHUTOFF',
  /**
   * A soft reboot is in progress.
   */
  SERVER_STATUS_REBOOT: 'SERVER_STATUS_REBOOT',
  /**
   * A hard reboot is in progress.
   */
  SERVER_STATUS_HARD_REBOOT: 'SERVER_STATUS_HARD_REBOOT',
  /**
   * Paused in memory.
   */
  SERVER_STATUS_PAUSED: 'SERVER_STATUS_PAUSED',
  /**
   * Suspended to disk.
   */
  SERVER_STATUS_SUSPENDED: 'SERVER_STATUS_SUSPENDED',
  /**
   * A resize or cold migration is in progress.
   */
  SERVER_STATUS_RESIZE: 'SERVER_STATUS_RESIZE',
  /**
   * A resize finished and waits to be confirmed or reverted.
   */
  SERVER_STATUS_VERIFY_RESIZE: 'SERVER_STATUS_VERIFY_RESIZE',
  /**
   * A resize is being reverted.
   */
  SERVER_STATUS_REVERT_RESIZE: 'SERVER_STATUS_REVERT_RESIZE',
  /**
   * A live migration is in progress.
   */
  SERVER_STATUS_MIGRATING: 'SERVER_STATUS_MIGRATING',
  /**
   * Shelved, still on its host.
   */
  SERVER_STATUS_SHELVED: 'SERVER_STATUS_SHELVED',
  /**
   * Shelved and removed from its host.
   */
  SERVER_STATUS_SHELVED_OFFLOADED: 'SERVER_STATUS_SHELVED_OFFLOADED',
  /**
   * Booted from a rescue image.
   */
  SERVER_STATUS_RESCUE: 'SERVER_STATUS_RESCUE',
  /**
   * Failed; see the fault.
   */
  SERVER_STATUS_ERROR: 'SERVER_STATUS_ERROR',
  /**
   * Deleted but restorable until reclaimed.
   */
  SERVER_STATUS_SOFT_DELETED: 'SERVER_STATUS_SOFT_DELETED',
  /**
   * Deleted.
   */
  SERVER_STATUS_DELETED: 'SERVER_STATUS_DELETED',
  /**
   * Being rebuilt from an image.
   */
  SERVER_STATUS_REBUILD: 'SERVER_STATUS_REBUILD',
  /**
   * The admin password is being changed.
   */
  SERVER_STATUS_PASSWORD: 'SERVER_STATUS_PASSWORD',
  /**
   * The state combination has no mapping.
   */
  SERVER_STATUS_UNKNOWN: 'SERVER_STATUS_UNKNOWN',
} as const;

/**
 * ServerStatus is the user-facing status, derived from vm_state and
 * task_state exactly as Nova's API derives it.
 */
export type ServerStatus =
  /**
   * Not set; never returned for a stored server.
   */
  | 'SERVER_STATUS_UNSPECIFIED'
  | 0
  /**
   * Being created: scheduled, claimed or spawning.
   */
  | 'SERVER_STATUS_BUILD'
  | 1
  /**
   * Running.
   */
  | 'SERVER_STATUS_ACTIVE'
  | 2
  /**
   * Powered off.
   */
  | 'SERVER_STATUS_SHUTOFF'
  | 3
  /**
   * A soft reboot is in progress.
   */
  | 'SERVER_STATUS_REBOOT'
  | 4
  /**
   * A hard reboot is in progress.
   */
  | 'SERVER_STATUS_HARD_REBOOT'
  | 5
  /**
   * Paused in memory.
   */
  | 'SERVER_STATUS_PAUSED'
  | 6
  /**
   * Suspended to disk.
   */
  | 'SERVER_STATUS_SUSPENDED'
  | 7
  /**
   * A resize or cold migration is in progress.
   */
  | 'SERVER_STATUS_RESIZE'
  | 8
  /**
   * A resize finished and waits to be confirmed or reverted.
   */
  | 'SERVER_STATUS_VERIFY_RESIZE'
  | 9
  /**
   * A resize is being reverted.
   */
  | 'SERVER_STATUS_REVERT_RESIZE'
  | 10
  /**
   * A live migration is in progress.
   */
  | 'SERVER_STATUS_MIGRATING'
  | 11
  /**
   * Shelved, still on its host.
   */
  | 'SERVER_STATUS_SHELVED'
  | 12
  /**
   * Shelved and removed from its host.
   */
  | 'SERVER_STATUS_SHELVED_OFFLOADED'
  | 13
  /**
   * Booted from a rescue image.
   */
  | 'SERVER_STATUS_RESCUE'
  | 14
  /**
   * Failed; see the fault.
   */
  | 'SERVER_STATUS_ERROR'
  | 15
  /**
   * Deleted but restorable until reclaimed.
   */
  | 'SERVER_STATUS_SOFT_DELETED'
  | 16
  /**
   * Deleted.
   */
  | 'SERVER_STATUS_DELETED'
  | 17
  /**
   * Being rebuilt from an image.
   */
  | 'SERVER_STATUS_REBUILD'
  | 18
  /**
   * The admin password is being changed.
   */
  | 'SERVER_STATUS_PASSWORD'
  | 19
  /**
   * The state combination has no mapping.
   */
  | 'SERVER_STATUS_UNKNOWN'
  | 20

/**
 * ServerStatus is the user-facing status, derived from vm_state and
 * task_state exactly as Nova's API derives it.
 */
export type ServerStatus__Output = typeof ServerStatus[keyof typeof ServerStatus]
