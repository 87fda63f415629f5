// Every server action, with the vm_states it is allowed from and the
// task_state it sets, as nova/compute/api.py's check_instance_state and
// check_instance_lock decorators say. The instance actor (or the conductor,
// for a server no host holds) checks a request against this table inside
// its mailbox, so the check and the task_state write are one step.
import type { InstanceActionRequest__Output } from '../gen/types.js';
import type { TaskState, VmState } from './states.js';

/** The action names: the cases of InstanceActionRequest.action. */
export type ServerAction = NonNullable<InstanceActionRequest__Output['action']>;

export interface ActionRule {
  /** vm_states the action is allowed from; 'any' for delete and lock. */
  readonly allowed: readonly VmState[] | 'any';
  /** The action needs no task in progress (Nova's task_state=[None]). */
  readonly needsNoTask: boolean;
  /** A locked server refuses it unless the caller is an admin. */
  readonly lockChecked: boolean;
  /** Only admins may ask for it (Nova's default policy). */
  readonly adminOnly: boolean;
  /** task_state set when the action is accepted; none for instant ones. */
  readonly task?: TaskState;
  /** The action's name in instance actions, notifications and errors (Nova's instance_actions names). */
  readonly name: string;
}

const A: VmState = 'VM_STATE_ACTIVE';
const S: VmState = 'VM_STATE_STOPPED';
const P: VmState = 'VM_STATE_PAUSED';
const SU: VmState = 'VM_STATE_SUSPENDED';
const E: VmState = 'VM_STATE_ERROR';

function rule(name: string, allowed: readonly VmState[] | 'any', task?: TaskState, extra: Partial<ActionRule> = {}): ActionRule {
  return { name, allowed, task, needsNoTask: true, lockChecked: true, adminOnly: false, ...extra };
}

export const ACTION_RULES: Record<ServerAction, ActionRule> = {
  stop: rule('stop', [A, E], 'TASK_STATE_POWERING_OFF'),
  start: rule('start', [S], 'TASK_STATE_POWERING_ON'),
  // Soft and hard differ; see rebootRule.
  reboot: rule('reboot', [A], 'TASK_STATE_REBOOTING'),
  delete: rule('delete', 'any', 'TASK_STATE_DELETING', { needsNoTask: false }),
  pause: rule('pause', [A], 'TASK_STATE_PAUSING'),
  unpause: rule('unpause', [P], 'TASK_STATE_UNPAUSING'),
  suspend: rule('suspend', [A], 'TASK_STATE_SUSPENDING'),
  resume: rule('resume', [SU], 'TASK_STATE_RESUMING'),
  lock: rule('lock', 'any', undefined, { needsNoTask: false, lockChecked: false }),
  unlock: rule('unlock', 'any', undefined, { needsNoTask: false, lockChecked: false }),
  rebuild: rule('rebuild', [A, S, E], 'TASK_STATE_REBUILDING'),
  resize: rule('resize', [A, S], 'TASK_STATE_RESIZE_PREP'),
  confirm_resize: rule('confirmResize', ['VM_STATE_RESIZED']),
  revert_resize: rule('revertResize', ['VM_STATE_RESIZED'], 'TASK_STATE_RESIZE_REVERTING'),
  migrate: rule('migrate', [A, S], 'TASK_STATE_RESIZE_PREP', { adminOnly: true }),
  live_migrate: rule('live-migration', [A, P], 'TASK_STATE_MIGRATING', { adminOnly: true }),
  evacuate: rule('evacuate', [A, S, E], 'TASK_STATE_REBUILDING', { adminOnly: true }),
  shelve: rule('shelve', [A, S, P, SU], 'TASK_STATE_SHELVING'),
  shelve_offload: rule('shelveOffload', ['VM_STATE_SHELVED'], 'TASK_STATE_SHELVING_OFFLOADING'),
  unshelve: rule('unshelve', ['VM_STATE_SHELVED', 'VM_STATE_SHELVED_OFFLOADED'], 'TASK_STATE_UNSHELVING'),
  rescue: rule('rescue', [A, S, E], 'TASK_STATE_RESCUING'),
  unrescue: rule('unrescue', ['VM_STATE_RESCUED'], 'TASK_STATE_UNRESCUING'),
  create_image: rule('createImage', [A, S, P, SU], 'TASK_STATE_IMAGE_SNAPSHOT'),
  console_output: rule('getConsoleOutput', [A, S, P, SU, E, 'VM_STATE_RESCUED'], undefined, { needsNoTask: false, lockChecked: false }),
  remote_console: rule('getRemoteConsole', [A, P, 'VM_STATE_RESCUED'], undefined, { needsNoTask: false, lockChecked: false }),
  set_metadata: rule('setMetadata', [A, P, SU, S]),
  delete_metadata: rule('deleteMetadata', [A, P, SU, S]),
  set_tags: rule('setTags', [A, P, SU, S, 'VM_STATE_SHELVED', 'VM_STATE_SHELVED_OFFLOADED']),
  delete_tags: rule('deleteTags', [A, P, SU, S, 'VM_STATE_SHELVED', 'VM_STATE_SHELVED_OFFLOADED']),
  restore: rule('restore', ['VM_STATE_SOFT_DELETED'], 'TASK_STATE_RESTORING'),
  // Nova's force_delete has no state check: it deletes at once, soft delete or not.
  force_delete: rule('forceDelete', 'any', 'TASK_STATE_DELETING', { needsNoTask: false }),
};

const HARD_REBOOT = rule('reboot', [A, S, P, SU, E], 'TASK_STATE_REBOOTING_HARD');

/** The rule for a request: a hard reboot is allowed from more states than a soft one. */
export function ruleFor(req: InstanceActionRequest__Output): ActionRule {
  const action = req.action!;
  if (action === 'reboot' && req.reboot?.type === 'REBOOT_TYPE_HARD') return HARD_REBOOT;
  return ACTION_RULES[action];
}

/** Actions that mutate the server and are recorded as instance actions. */
export function isRecorded(action: ServerAction): boolean {
  return action !== 'console_output' && action !== 'remote_console';
}
