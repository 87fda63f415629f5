// Nova's server states and the API status derived from them (which
// actions each state allows is in actions.ts).
import type { ServerStatus__Output as ServerStatus } from '../gen/kumo/compute/v1/ServerStatus.js';
import type { TaskState__Output as TaskState } from '../gen/kumo/compute/v1/TaskState.js';
import type { VmState__Output as VmState } from '../gen/kumo/compute/v1/VmState.js';

export type { ServerStatus, TaskState, VmState };
export type { PowerState__Output as PowerState } from '../gen/kumo/compute/v1/PowerState.js';

export const NO_TASK: TaskState = 'TASK_STATE_UNSPECIFIED';

type StatusMap = { default: ServerStatus } & Partial<Record<TaskState, ServerStatus>>;

const RESIZE_TASKS: Partial<Record<TaskState, ServerStatus>> = {
  TASK_STATE_RESIZE_PREP: 'SERVER_STATUS_RESIZE',
  TASK_STATE_RESIZE_MIGRATING: 'SERVER_STATUS_RESIZE',
  TASK_STATE_RESIZE_MIGRATED: 'SERVER_STATUS_RESIZE',
  TASK_STATE_RESIZE_FINISH: 'SERVER_STATUS_RESIZE',
};
const REBUILD_TASKS: Partial<Record<TaskState, ServerStatus>> = {
  TASK_STATE_REBUILDING: 'SERVER_STATUS_REBUILD',
  TASK_STATE_REBUILD_BLOCK_DEVICE_MAPPING: 'SERVER_STATUS_REBUILD',
  TASK_STATE_REBUILD_SPAWNING: 'SERVER_STATUS_REBUILD',
};

// The table of nova/api/openstack/common.py, keyed by vm_state then task_state.
const STATE_MAP: Partial<Record<VmState, StatusMap>> = {
  VM_STATE_ACTIVE: {
    default: 'SERVER_STATUS_ACTIVE',
    TASK_STATE_REBOOTING: 'SERVER_STATUS_REBOOT',
    TASK_STATE_REBOOT_PENDING: 'SERVER_STATUS_REBOOT',
    TASK_STATE_REBOOT_STARTED: 'SERVER_STATUS_REBOOT',
    TASK_STATE_REBOOTING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_PENDING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_STARTED_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_UPDATING_PASSWORD: 'SERVER_STATUS_PASSWORD',
    TASK_STATE_MIGRATING: 'SERVER_STATUS_MIGRATING',
    ...REBUILD_TASKS,
    ...RESIZE_TASKS,
  },
  VM_STATE_BUILDING: { default: 'SERVER_STATUS_BUILD' },
  VM_STATE_STOPPED: {
    default: 'SERVER_STATUS_SHUTOFF',
    TASK_STATE_REBOOTING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_PENDING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_STARTED_HARD: 'SERVER_STATUS_HARD_REBOOT',
    ...REBUILD_TASKS,
    ...RESIZE_TASKS,
  },
  VM_STATE_RESIZED: { default: 'SERVER_STATUS_VERIFY_RESIZE', TASK_STATE_RESIZE_REVERTING: 'SERVER_STATUS_REVERT_RESIZE' },
  VM_STATE_PAUSED: {
    default: 'SERVER_STATUS_PAUSED',
    TASK_STATE_MIGRATING: 'SERVER_STATUS_MIGRATING',
    TASK_STATE_REBOOTING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_PENDING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_STARTED_HARD: 'SERVER_STATUS_HARD_REBOOT',
  },
  VM_STATE_SUSPENDED: {
    default: 'SERVER_STATUS_SUSPENDED',
    TASK_STATE_REBOOTING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_PENDING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_STARTED_HARD: 'SERVER_STATUS_HARD_REBOOT',
  },
  VM_STATE_RESCUED: { default: 'SERVER_STATUS_RESCUE' },
  VM_STATE_ERROR: {
    default: 'SERVER_STATUS_ERROR',
    ...REBUILD_TASKS,
    TASK_STATE_REBOOTING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_PENDING_HARD: 'SERVER_STATUS_HARD_REBOOT',
    TASK_STATE_REBOOT_STARTED_HARD: 'SERVER_STATUS_HARD_REBOOT',
  },
  VM_STATE_DELETED: { default: 'SERVER_STATUS_DELETED' },
  VM_STATE_SOFT_DELETED: { default: 'SERVER_STATUS_SOFT_DELETED' },
  VM_STATE_SHELVED: { default: 'SERVER_STATUS_SHELVED' },
  VM_STATE_SHELVED_OFFLOADED: { default: 'SERVER_STATUS_SHELVED_OFFLOADED' },
};

export function deriveStatus(vm: VmState, task: TaskState): ServerStatus {
  const row = STATE_MAP[vm];
  if (!row) return 'SERVER_STATUS_UNKNOWN';
  return row[task] ?? row.default;
}

/** Short lower-case names as Nova prints them ("active", "powering-off"). */
export function vmStateName(vm: VmState): string {
  return vm.replace(/^VM_STATE_/, '').toLowerCase();
}

export function taskStateName(task: TaskState): string {
  return task === NO_TASK ? 'none' : task.replace(/^TASK_STATE_/, '').toLowerCase().replace(/_/g, '-');
}

export function statusName(status: ServerStatus): string {
  return status.replace(/^SERVER_STATUS_/, '');
}
