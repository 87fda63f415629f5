// Original file: proto/kumo/compute/v1/server.proto

/**
 * PowerState is what the hypervisor reports for the guest.
 */
export const PowerState = {
  /**
   * No state known (Nova's NOSTATE).
   */
  POWER_STATE_UNSPECIFIED: 'POWER_STATE_UNSPECIFIED',
  /**
   * Running.
   */
  POWER_STATE_RUNNING: 'POWER_STATE_RUNNING',
  /**
   * Paused.
   */
  POWER_STATE_PAUSED: 'POWER_STATE_PAUSED',
  /**
   * Shut down.
   */
  POWER_STATE_SHUTDOWN: 'POWER_STATE_SHUTDOWN',
  /**
   * Crashed.
   */
  POWER_STATE_CRASHED: 'POWER_STATE_CRASHED',
  /**
   * Suspended.
   */
  POWER_STATE_SUSPENDED: 'POWER_STATE_SUSPENDED',
} as const;

/**
 * PowerState is what the hypervisor reports for the guest.
 */
export type PowerState =
  /**
   * No state known (Nova's NOSTATE).
   */
  | 'POWER_STATE_UNSPECIFIED'
  | 0
  /**
   * Running.
   */
  | 'POWER_STATE_RUNNING'
  | 1
  /**
   * Paused.
   */
  | 'POWER_STATE_PAUSED'
  | 3
  /**
   * Shut down.
   */
  | 'POWER_STATE_SHUTDOWN'
  | 4
  /**
   * Crashed.
   */
  | 'POWER_STATE_CRASHED'
  | 6
  /**
   * Suspended.
   */
  | 'POWER_STATE_SUSPENDED'
  | 7

/**
 * PowerState is what the hypervisor reports for the guest.
 */
export type PowerState__Output = typeof PowerState[keyof typeof PowerState]
