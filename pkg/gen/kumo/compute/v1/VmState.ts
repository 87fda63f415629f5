// Original file: proto/kumo/compute/v1/server.proto

/**
 * VmState is the stable state of the guest as Nova's vm_states records it.
 */
export const VmState = {
  /**
   * Not set.
   */
  VM_STATE_UNSPECIFIED: 'VM_STATE_UNSPECIFIED',
  /**
   * Running.
   */
  VM_STATE_ACTIVE: 'VM_STATE_ACTIVE',
  /**
   * Being built.
   */
  VM_STATE_BUILDING: 'VM_STATE_BUILDING',
  /**
   * Paused.
   */
  VM_STATE_PAUSED: 'VM_STATE_PAUSED',
  /**
   * Suspended.
   */
  VM_STATE_SUSPENDED: 'VM_STATE_SUSPENDED',
  /**
   * Powered off.
   */
  VM_STATE_STOPPED: 'VM_STATE_STOPPED',
  /**
   * In rescue mode.
   */
  VM_STATE_RESCUED: 'VM_STATE_RESCUED',
  /**
   * Resized, waiting for confirmation.
   */
  VM_STATE_RESIZED: 'VM_STATE_RESIZED',
  /**
   * Soft-deleted.
   */
  VM_STATE_SOFT_DELETED: 'VM_STATE_SOFT_DELETED',
  /**
   * Deleted.
   */
  VM_STATE_DELETED: 'VM_STATE_DELETED',
  /**
   * Failed.
   */
  VM_STATE_ERROR: 'VM_STATE_ERROR',
  /**
   * Shelved on its host.
   */
  VM_STATE_SHELVED: 'VM_STATE_SHELVED',
  /**
   * Shelved and offloaded from its host.
   */
  VM_STATE_SHELVED_OFFLOADED: 'VM_STATE_SHELVED_OFFLOADED',
} as const;

/**
 * VmState is the stable state of the guest as Nova's vm_states records it.
 */
export type VmState =
  /**
   * Not set.
   */
  | 'VM_STATE_UNSPECIFIED'
  | 0
  /**
   * Running.
   */
  | 'VM_STATE_ACTIVE'
  | 1
  /**
   * Being built.
   */
  | 'VM_STATE_BUILDING'
  | 2
  /**
   * Paused.
   */
  | 'VM_STATE_PAUSED'
  | 3
  /**
   * Suspended.
   */
  | 'VM_STATE_SUSPENDED'
  | 4
  /**
   * Powered off.
   */
  | 'VM_STATE_STOPPED'
  | 5
  /**
   * In rescue mode.
   */
  | 'VM_STATE_RESCUED'
  | 6
  /**
   * Resized, waiting for confirmation.
   */
  | 'VM_STATE_RESIZED'
  | 7
  /**
   * Soft-deleted.
   */
  | 'VM_STATE_SOFT_DELETED'
  | 8
  /**
   * Deleted.
   */
  | 'VM_STATE_DELETED'
  | 9
  /**
   * Failed.
   */
  | 'VM_STATE_ERROR'
  | 10
  /**
   * Shelved on its host.
   */
  | 'VM_STATE_SHELVED'
  | 11
  /**
   * Shelved and offloaded from its host.
   */
  | 'VM_STATE_SHELVED_OFFLOADED'
  | 12

/**
 * VmState is the stable state of the guest as Nova's vm_states records it.
 */
export type VmState__Output = typeof VmState[keyof typeof VmState]
