// Original file: proto/kumo/compute/v1/server_service.proto

/**
 * RebootType says how to reboot.
 */
export const RebootType = {
  /**
   * Defaults to soft.
   */
  REBOOT_TYPE_UNSPECIFIED: 'REBOOT_TYPE_UNSPECIFIED',
  /**
   * Ask the guest to restart; allowed from ACTIVE.
   */
  REBOOT_TYPE_SOFT: 'REBOOT_TYPE_SOFT',
  /**
   * Power-cycle the guest; allowed from ACTIVE, SHUTOFF, PAUSED, SUSPENDED, ERROR.
   */
  REBOOT_TYPE_HARD: 'REBOOT_TYPE_HARD',
} as const;

/**
 * RebootType says how to reboot.
 */
export type RebootType =
  /**
   * Defaults to soft.
   */
  | 'REBOOT_TYPE_UNSPECIFIED'
  | 0
  /**
   * Ask the guest to restart; allowed from ACTIVE.
   */
  | 'REBOOT_TYPE_SOFT'
  | 1
  /**
   * Power-cycle the guest; allowed from ACTIVE, SHUTOFF, PAUSED, SUSPENDED, ERROR.
   */
  | 'REBOOT_TYPE_HARD'
  | 2

/**
 * RebootType says how to reboot.
 */
export type RebootType__Output = typeof RebootType[keyof typeof RebootType]
