// Every action against every vm_state, as a table: the states the issue
// (and nova/compute/api.py) allow each action from; every other state is
// refused FAILED_PRECONDITION naming the current state. Plus the task,
// lock and admin checks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KumoError } from '../../pkg/actor/errors.js';
import type { InstanceActionRequest__Output, Server__Output } from '../../pkg/gen/types.js';
import { ACTION_RULES, type ServerAction } from '../../pkg/lifecycle/actions.js';
import { checkAction } from '../../pkg/lifecycle/check.js';
import { deriveStatus, type TaskState, type VmState } from '../../pkg/lifecycle/states.js';

const ALL_STATES: VmState[] = [
  'VM_STATE_ACTIVE',
  'VM_STATE_BUILDING',
  'VM_STATE_PAUSED',
  'VM_STATE_SUSPENDED',
  'VM_STATE_STOPPED',
  'VM_STATE_RESCUED',
  'VM_STATE_RESIZED',
  'VM_STATE_SOFT_DELETED',
  'VM_STATE_ERROR',
  'VM_STATE_SHELVED',
  'VM_STATE_SHELVED_OFFLOADED',
];

const short: Record<string, VmState> = {
  ACTIVE: 'VM_STATE_ACTIVE',
  STOPPED: 'VM_STATE_STOPPED',
  PAUSED: 'VM_STATE_PAUSED',
  SUSPENDED: 'VM_STATE_SUSPENDED',
  ERROR: 'VM_STATE_ERROR',
  RESCUED: 'VM_STATE_RESCUED',
  RESIZED: 'VM_STATE_RESIZED',
  SHELVED: 'VM_STATE_SHELVED',
  SHELVED_OFFLOADED: 'VM_STATE_SHELVED_OFFLOADED',
  SOFT_DELETED: 'VM_STATE_SOFT_DELETED',
};

// The list, written independently of pkg/lifecycle/actions.ts.
const EXPECTED: Array<[string, ServerAction, Partial<InstanceActionRequest__Output>, string[] | 'any']> = [
  ['stop', 'stop', {}, ['ACTIVE', 'ERROR']],
  ['start', 'start', {}, ['STOPPED']],
  ['soft reboot', 'reboot', { reboot: { id: 'x', type: 'REBOOT_TYPE_SOFT', request_id: '' } }, ['ACTIVE']],
  ['hard reboot', 'reboot', { reboot: { id: 'x', type: 'REBOOT_TYPE_HARD', request_id: '' } }, ['ACTIVE', 'STOPPED', 'PAUSED', 'SUSPENDED', 'ERROR']],
  ['pause', 'pause', {}, ['ACTIVE']],
  ['unpause', 'unpause', {}, ['PAUSED']],
  ['suspend', 'suspend', {}, ['ACTIVE']],
  ['resume', 'resume', {}, ['SUSPENDED']],
  ['rebuild', 'rebuild', {}, ['ACTIVE', 'STOPPED', 'ERROR']],
  ['resize', 'resize', {}, ['ACTIVE', 'STOPPED']],
  ['confirm resize', 'confirm_resize', {}, ['RESIZED']],
  ['revert resize', 'revert_resize', {}, ['RESIZED']],
  ['cold migrate', 'migrate', {}, ['ACTIVE', 'STOPPED']],
  ['live migrate', 'live_migrate', {}, ['ACTIVE', 'PAUSED']],
  ['evacuate', 'evacuate', {}, ['ACTIVE', 'STOPPED', 'ERROR']],
  ['shelve', 'shelve', {}, ['ACTIVE', 'STOPPED', 'PAUSED', 'SUSPENDED']],
  ['shelve offload', 'shelve_offload', {}, ['SHELVED']],
  ['unshelve', 'unshelve', {}, ['SHELVED', 'SHELVED_OFFLOADED']],
  ['rescue', 'rescue', {}, ['ACTIVE', 'STOPPED', 'ERROR']],
  ['unrescue', 'unrescue', {}, ['RESCUED']],
  ['snapshot', 'create_image', {}, ['ACTIVE', 'STOPPED', 'PAUSED', 'SUSPENDED']],
  ['restore', 'restore', {}, ['SOFT_DELETED']],
  ['force delete', 'force_delete', {}, 'any'],
  ['delete', 'delete', {}, 'any'],
  ['lock', 'lock', {}, 'any'],
  ['unlock', 'unlock', {}, 'any'],
];

function server(vm: VmState, task: TaskState = 'TASK_STATE_UNSPECIFIED', extra: Partial<Server__Output> = {}): Server__Output {
  return {
    id: '11111111-2222-3333-4444-555555555555', name: 's', project_id: 'p', user_id: 'u', status: deriveStatus(vm, task), vm_state: vm, task_state: task,
    power_state: 'POWER_STATE_RUNNING', flavor: null, image_id: '', host: 'h', addresses: [], key_name: '', metadata: {}, fault: null,
    create_time: null, update_time: null, launch_time: null, availability_zone: '', reservation_id: '', launch_index: 0, hypervisor_hostname: '', server_groups: [],
    locked: false, locked_reason: '', locked_by: '', tags: [], progress: 0, deleted_time: null, security_groups: [], ...extra,
  };
}

function request(action: ServerAction, extra: Partial<InstanceActionRequest__Output>, admin = true): InstanceActionRequest__Output {
  return { action, [action]: { id: 'x' }, admin, ...extra } as unknown as InstanceActionRequest__Output;
}

describe('allowed and refused vm_states of every action', () => {
  for (const [label, action, extra, allowed] of EXPECTED) {
    test(label, () => {
      for (const vm of ALL_STATES) {
        const ok = allowed === 'any' || allowed.some((a) => short[a] === vm);
        const s = server(vm);
        if (ok) {
          assert.doesNotThrow(() => checkAction(s, request(action, extra)), `${label} should be allowed from ${vm}`);
        } else {
          assert.throws(
            () => checkAction(s, request(action, extra)),
            (e: unknown) =>
              e instanceof KumoError &&
              e.code === 'FAILED_PRECONDITION' &&
              e.metadata['vm_state'] === vm.replace('VM_STATE_', '').toLowerCase() &&
              e.message.includes(`vm_state is ${vm.replace('VM_STATE_', '').toLowerCase()}`),
            `${label} should be refused from ${vm}`,
          );
        }
      }
    });
  }

  test('every action of the protocol is in the table', () => {
    const covered = new Set(EXPECTED.map(([, a]) => a));
    for (const a of Object.keys(ACTION_RULES)) {
      if (a === 'console_output' || a === 'remote_console' || a.endsWith('metadata') || a.endsWith('tags')) continue;
      assert.ok(covered.has(a as ServerAction), `${a} has no row`);
    }
  });
});

describe('task, lock and role checks', () => {
  test('an action is refused while a task is in progress, naming the task', () => {
    assert.throws(
      () => checkAction(server('VM_STATE_ACTIVE', 'TASK_STATE_POWERING_OFF'), request('pause', {})),
      (e: unknown) => e instanceof KumoError && e.code === 'FAILED_PRECONDITION' && e.metadata['task_state'] === 'powering-off',
    );
  });

  test('delete is allowed whatever the task', () => {
    assert.doesNotThrow(() => checkAction(server('VM_STATE_BUILDING', 'TASK_STATE_SPAWNING'), request('delete', {})));
  });

  test('a locked server refuses members but not admins; lock and unlock are not lock-checked', () => {
    const locked = server('VM_STATE_ACTIVE', 'TASK_STATE_UNSPECIFIED', { locked: true, locked_reason: 'audit', locked_by: 'owner' });
    assert.throws(
      () => checkAction(locked, request('stop', {}, false)),
      (e: unknown) => e instanceof KumoError && e.reason === 'INSTANCE_LOCKED' && e.message.includes('audit'),
    );
    assert.doesNotThrow(() => checkAction(locked, request('stop', {}, true)));
    assert.doesNotThrow(() => checkAction(locked, request('unlock', {}, false)));
    assert.doesNotThrow(() => checkAction(locked, request('console_output', {}, false)));
  });

  test('a server an admin locked only an admin unlocks', () => {
    const locked = server('VM_STATE_ACTIVE', 'TASK_STATE_UNSPECIFIED', { locked: true, locked_by: 'admin' });
    assert.throws(() => checkAction(locked, request('unlock', {}, false)), (e: unknown) => e instanceof KumoError && e.code === 'PERMISSION_DENIED');
    assert.doesNotThrow(() => checkAction(locked, request('unlock', {}, true)));
  });

  test('migrations and evacuate are admin-only', () => {
    for (const a of ['migrate', 'live_migrate', 'evacuate'] as const) {
      assert.throws(() => checkAction(server('VM_STATE_ACTIVE'), request(a, {}, false)), (e: unknown) => e instanceof KumoError && e.code === 'PERMISSION_DENIED');
    }
  });
});
