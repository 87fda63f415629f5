// Original file: proto/kumo/compute/v1/server.proto

/**
 * TaskState is the operation in progress, as Nova's task_states records it.
 * TASK_STATE_UNSPECIFIED means no task is in progress.
 */
export const TaskState = {
  /**
   * No task in progress.
   */
  TASK_STATE_UNSPECIFIED: 'TASK_STATE_UNSPECIFIED',
  /**
   * Waiting for the scheduler.
   */
  TASK_STATE_SCHEDULING: 'TASK_STATE_SCHEDULING',
  /**
   * Preparing block devices.
   */
  TASK_STATE_BLOCK_DEVICE_MAPPING: 'TASK_STATE_BLOCK_DEVICE_MAPPING',
  /**
   * Allocating network.
   */
  TASK_STATE_NETWORKING: 'TASK_STATE_NETWORKING',
  /**
   * The driver is creating the guest.
   */
  TASK_STATE_SPAWNING: 'TASK_STATE_SPAWNING',
  /**
   * A snapshot was requested.
   */
  TASK_STATE_IMAGE_SNAPSHOT: 'TASK_STATE_IMAGE_SNAPSHOT',
  /**
   * A snapshot waits to start.
   */
  TASK_STATE_IMAGE_SNAPSHOT_PENDING: 'TASK_STATE_IMAGE_SNAPSHOT_PENDING',
  /**
   * A snapshot waits for upload.
   */
  TASK_STATE_IMAGE_PENDING_UPLOAD: 'TASK_STATE_IMAGE_PENDING_UPLOAD',
  /**
   * A snapshot is uploading.
   */
  TASK_STATE_IMAGE_UPLOADING: 'TASK_STATE_IMAGE_UPLOADING',
  /**
   * Being powered off.
   */
  TASK_STATE_POWERING_OFF: 'TASK_STATE_POWERING_OFF',
  /**
   * Being powered on.
   */
  TASK_STATE_POWERING_ON: 'TASK_STATE_POWERING_ON',
  /**
   * Soft reboot requested.
   */
  TASK_STATE_REBOOTING: 'TASK_STATE_REBOOTING',
  /**
   * Soft reboot accepted by the host.
   */
  TASK_STATE_REBOOT_PENDING: 'TASK_STATE_REBOOT_PENDING',
  /**
   * Soft reboot running in the driver.
   */
  TASK_STATE_REBOOT_STARTED: 'TASK_STATE_REBOOT_STARTED',
  /**
   * Hard reboot requested.
   */
  TASK_STATE_REBOOTING_HARD: 'TASK_STATE_REBOOTING_HARD',
  /**
   * Hard reboot accepted by the host.
   */
  TASK_STATE_REBOOT_PENDING_HARD: 'TASK_STATE_REBOOT_PENDING_HARD',
  /**
   * Hard reboot running in the driver.
   */
  TASK_STATE_REBOOT_STARTED_HARD: 'TASK_STATE_REBOOT_STARTED_HARD',
  /**
   * Being deleted.
   */
  TASK_STATE_DELETING: 'TASK_STATE_DELETING',
  /**
   * Being pausing.
   */
  TASK_STATE_PAUSING: 'TASK_STATE_PAUSING',
  /**
   * Being unpaused.
   */
  TASK_STATE_UNPAUSING: 'TASK_STATE_UNPAUSING',
  /**
   * Being suspended.
   */
  TASK_STATE_SUSPENDING: 'TASK_STATE_SUSPENDING',
  /**
   * Being resumed.
   */
  TASK_STATE_RESUMING: 'TASK_STATE_RESUMING',
  /**
   * Resize: preparing.
   */
  TASK_STATE_RESIZE_PREP: 'TASK_STATE_RESIZE_PREP',
  /**
   * Resize: moving the disk.
   */
  TASK_STATE_RESIZE_MIGRATING: 'TASK_STATE_RESIZE_MIGRATING',
  /**
   * Resize: disk moved.
   */
  TASK_STATE_RESIZE_MIGRATED: 'TASK_STATE_RESIZE_MIGRATED',
  /**
   * Resize: finishing on the destination.
   */
  TASK_STATE_RESIZE_FINISH: 'TASK_STATE_RESIZE_FINISH',
  /**
   * Resize: reverting.
   */
  TASK_STATE_RESIZE_REVERTING: 'TASK_STATE_RESIZE_REVERTING',
  /**
   * Resize: confirming.
   */
  TASK_STATE_RESIZE_CONFIRMING: 'TASK_STATE_RESIZE_CONFIRMING',
  /**
   * Live migration in progress.
   */
  TASK_STATE_MIGRATING: 'TASK_STATE_MIGRATING',
  /**
   * Being rebuilt.
   */
  TASK_STATE_REBUILDING: 'TASK_STATE_REBUILDING',
  /**
   * Rebuild: block devices.
   */
  TASK_STATE_REBUILD_BLOCK_DEVICE_MAPPING: 'TASK_STATE_REBUILD_BLOCK_DEVICE_MAPPING',
  /**
   * Rebuild: spawning.
   */
  TASK_STATE_REBUILD_SPAWNING: 'TASK_STATE_REBUILD_SPAWNING',
  /**
   * Entering rescue.
   */
  TASK_STATE_RESCUING: 'TASK_STATE_RESCUING',
  /**
   * Leaving rescue.
   */
  TASK_STATE_UNRESCUING: 'TASK_STATE_UNRESCUING',
  /**
   * Being shelved.
   */
  TASK_STATE_SHELVING: 'TASK_STATE_SHELVING',
  /**
   * Shelved image being uploaded.
   */
  TASK_STATE_SHELVING_IMAGE_PENDING_UPLOAD: 'TASK_STATE_SHELVING_IMAGE_PENDING_UPLOAD',
  /**
   * Shelved image uploading.
   */
  TASK_STATE_SHELVING_IMAGE_UPLOADING: 'TASK_STATE_SHELVING_IMAGE_UPLOADING',
  /**
   * Being offloaded from its host.
   */
  TASK_STATE_SHELVING_OFFLOADING: 'TASK_STATE_SHELVING_OFFLOADING',
  /**
   * Being unshelved.
   */
  TASK_STATE_UNSHELVING: 'TASK_STATE_UNSHELVING',
  /**
   * Admin password being set.
   */
  TASK_STATE_UPDATING_PASSWORD: 'TASK_STATE_UPDATING_PASSWORD',
  /**
   * Being restored from soft delete.
   */
  TASK_STATE_RESTORING: 'TASK_STATE_RESTORING',
  /**
   * Being soft-deleted.
   */
  TASK_STATE_SOFT_DELETING: 'TASK_STATE_SOFT_DELETING',
} as const;

/**
 * TaskState is the operation in progress, as Nova's task_states records it.
 * TASK_STATE_UNSPECIFIED means no task is in progress.
 */
export type TaskState =
  /**
   * No task in progress.
   */
  | 'TASK_STATE_UNSPECIFIED'
  | 0
  /**
   * Waiting for the scheduler.
   */
  | 'TASK_STATE_SCHEDULING'
  | 1
  /**
   * Preparing block devices.
   */
  | 'TASK_STATE_BLOCK_DEVICE_MAPPING'
  | 2
  /**
   * Allocating network.
   */
  | 'TASK_STATE_NETWORKING'
  | 3
  /**
   * The driver is creating the guest.
   */
  | 'TASK_STATE_SPAWNING'
  | 4
  /**
   * A snapshot was requested.
   */
  | 'TASK_STATE_IMAGE_SNAPSHOT'
  | 5
  /**
   * A snapshot waits to start.
   */
  | 'TASK_STATE_IMAGE_SNAPSHOT_PENDING'
  | 6
  /**
   * A snapshot waits for upload.
   */
  | 'TASK_STATE_IMAGE_PENDING_UPLOAD'
  | 7
  /**
   * A snapshot is uploading.
   */
  | 'TASK_STATE_IMAGE_UPLOADING'
  | 8
  /**
   * Being powered off.
   */
  | 'TASK_STATE_POWERING_OFF'
  | 9
  /**
   * Being powered on.
   */
  | 'TASK_STATE_POWERING_ON'
  | 10
  /**
   * Soft reboot requested.
   */
  | 'TASK_STATE_REBOOTING'
  | 11
  /**
   * Soft reboot accepted by the host.
   */
  | 'TASK_STATE_REBOOT_PENDING'
  | 12
  /**
   * Soft reboot running in the driver.
   */
  | 'TASK_STATE_REBOOT_STARTED'
  | 13
  /**
   * Hard reboot requested.
   */
  | 'TASK_STATE_REBOOTING_HARD'
  | 14
  /**
   * Hard reboot accepted by the host.
   */
  | 'TASK_STATE_REBOOT_PENDING_HARD'
  | 15
  /**
   * Hard reboot running in the driver.
   */
  | 'TASK_STATE_REBOOT_STARTED_HARD'
  | 16
  /**
   * Being deleted.
   */
  | 'TASK_STATE_DELETING'
  | 17
  /**
   * Being pausing.
   */
  | 'TASK_STATE_PAUSING'
  | 18
  /**
   * Being unpaused.
   */
  | 'TASK_STATE_UNPAUSING'
  | 19
  /**
   * Being suspended.
   */
  | 'TASK_STATE_SUSPENDING'
  | 20
  /**
   * Being resumed.
   */
  | 'TASK_STATE_RESUMING'
  | 21
  /**
   * Resize: preparing.
   */
  | 'TASK_STATE_RESIZE_PREP'
  | 22
  /**
   * Resize: moving the disk.
   */
  | 'TASK_STATE_RESIZE_MIGRATING'
  | 23
  /**
   * Resize: disk moved.
   */
  | 'TASK_STATE_RESIZE_MIGRATED'
  | 24
  /**
   * Resize: finishing on the destination.
   */
  | 'TASK_STATE_RESIZE_FINISH'
  | 25
  /**
   * Resize: reverting.
   */
  | 'TASK_STATE_RESIZE_REVERTING'
  | 26
  /**
   * Resize: confirming.
   */
  | 'TASK_STATE_RESIZE_CONFIRMING'
  | 27
  /**
   * Live migration in progress.
   */
  | 'TASK_STATE_MIGRATING'
  | 28
  /**
   * Being rebuilt.
   */
  | 'TASK_STATE_REBUILDING'
  | 29
  /**
   * Rebuild: block devices.
   */
  | 'TASK_STATE_REBUILD_BLOCK_DEVICE_MAPPING'
  | 30
  /**
   * Rebuild: spawning.
   */
  | 'TASK_STATE_REBUILD_SPAWNING'
  | 31
  /**
   * Entering rescue.
   */
  | 'TASK_STATE_RESCUING'
  | 32
  /**
   * Leaving rescue.
   */
  | 'TASK_STATE_UNRESCUING'
  | 33
  /**
   * Being shelved.
   */
  | 'TASK_STATE_SHELVING'
  | 34
  /**
   * Shelved image being uploaded.
   */
  | 'TASK_STATE_SHELVING_IMAGE_PENDING_UPLOAD'
  | 35
  /**
   * Shelved image uploading.
   */
  | 'TASK_STATE_SHELVING_IMAGE_UPLOADING'
  | 36
  /**
   * Being offloaded from its host.
   */
  | 'TASK_STATE_SHELVING_OFFLOADING'
  | 37
  /**
   * Being unshelved.
   */
  | 'TASK_STATE_UNSHELVING'
  | 38
  /**
   * Admin password being set.
   */
  | 'TASK_STATE_UPDATING_PASSWORD'
  | 39
  /**
   * Being restored from soft delete.
   */
  | 'TASK_STATE_RESTORING'
  | 40
  /**
   * Being soft-deleted.
   */
  | 'TASK_STATE_SOFT_DELETING'
  | 41

/**
 * TaskState is the operation in progress, as Nova's task_states records it.
 * TASK_STATE_UNSPECIFIED means no task is in progress.
 */
export type TaskState__Output = typeof TaskState[keyof typeof TaskState]
