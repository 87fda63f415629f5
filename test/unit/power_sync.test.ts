// The power-state sync policy as a table: record (vm_state, power_state) ×
// guest state → record change and whether the guest is powered off first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GuestInfo } from '../../pkg/compute/virt/driver.js';
import type { Server__Output } from '../../pkg/gen/types.js';
import { powerStateOf, powerSyncPatch } from '../../pkg/lifecycle/power_sync.js';
import type { PowerState, TaskState, VmState } from '../../pkg/lifecycle/states.js';

function server(vm: VmState, power: PowerState, task: TaskState = 'TASK_STATE_UNSPECIFIED'): Server__Output {
  return { id: 's1', vm_state: vm, power_state: power, task_state: task } as Server__Output;
}

const g = (state: GuestInfo['state'], rescued = false): GuestInfo => ({ state, rescued });

type Row = [vm: VmState, power: PowerState, guest: GuestInfo | undefined, expected: { vm?: VmState; power?: PowerState; stop?: boolean } | undefined];

const RUN: PowerState = 'POWER_STATE_RUNNING';
const OFF: PowerState = 'POWER_STATE_SHUTDOWN';
const NOSTATE: PowerState = 'POWER_STATE_UNSPECIFIED';

const TABLE: Row[] = [
  // ACTIVE
  ['VM_STATE_ACTIVE', RUN, g('running'), undefined],
  ['VM_STATE_ACTIVE', RUN, g('shutdown'), { vm: 'VM_STATE_STOPPED', power: OFF }],
  ['VM_STATE_ACTIVE', RUN, g('crashed'), { vm: 'VM_STATE_STOPPED', power: 'POWER_STATE_CRASHED' }],
  ['VM_STATE_ACTIVE', RUN, g('suspended'), { vm: 'VM_STATE_STOPPED', power: OFF, stop: true }],
  ['VM_STATE_ACTIVE', RUN, g('paused'), { power: 'POWER_STATE_PAUSED' }],
  ['VM_STATE_ACTIVE', RUN, undefined, { power: NOSTATE }],
  ['VM_STATE_ACTIVE', OFF, g('running'), { power: RUN }],
  // STOPPED
  ['VM_STATE_STOPPED', OFF, g('shutdown'), undefined],
  ['VM_STATE_STOPPED', OFF, g('running'), { vm: 'VM_STATE_STOPPED', power: OFF, stop: true }],
  ['VM_STATE_STOPPED', OFF, g('paused'), { vm: 'VM_STATE_STOPPED', power: OFF, stop: true }],
  ['VM_STATE_STOPPED', OFF, g('suspended'), { vm: 'VM_STATE_STOPPED', power: OFF, stop: true }],
  ['VM_STATE_STOPPED', OFF, g('crashed'), { power: 'POWER_STATE_CRASHED' }],
  ['VM_STATE_STOPPED', OFF, undefined, { power: NOSTATE }],
  ['VM_STATE_STOPPED', RUN, g('shutdown'), { power: OFF }],
  // PAUSED
  ['VM_STATE_PAUSED', 'POWER_STATE_PAUSED', g('paused'), undefined],
  ['VM_STATE_PAUSED', 'POWER_STATE_PAUSED', g('shutdown'), { vm: 'VM_STATE_STOPPED', power: OFF }],
  ['VM_STATE_PAUSED', 'POWER_STATE_PAUSED', g('crashed'), { vm: 'VM_STATE_STOPPED', power: 'POWER_STATE_CRASHED' }],
  ['VM_STATE_PAUSED', 'POWER_STATE_PAUSED', g('running'), { power: RUN }],
  // SUSPENDED, RESCUED, RESIZED, ERROR, SHELVED: power_state only
  ['VM_STATE_SUSPENDED', 'POWER_STATE_SUSPENDED', g('suspended'), undefined],
  ['VM_STATE_SUSPENDED', 'POWER_STATE_SUSPENDED', g('running'), { power: RUN }],
  ['VM_STATE_RESCUED', RUN, g('running', true), undefined],
  ['VM_STATE_RESCUED', RUN, g('shutdown', true), { power: OFF }],
  ['VM_STATE_RESIZED', RUN, g('shutdown'), { power: OFF }],
  ['VM_STATE_ERROR', NOSTATE, g('running'), { power: RUN }],
  ['VM_STATE_ERROR', NOSTATE, undefined, undefined],
  ['VM_STATE_SHELVED', OFF, g('shutdown'), undefined],
  // SOFT_DELETED: the guest must stay off
  ['VM_STATE_SOFT_DELETED', OFF, g('running'), { power: OFF, stop: true }],
  ['VM_STATE_SOFT_DELETED', OFF, g('shutdown'), undefined],
  // No guest expected, or the build owns it: untouched
  ['VM_STATE_BUILDING', NOSTATE, g('running'), undefined],
  ['VM_STATE_SHELVED_OFFLOADED', OFF, undefined, undefined],
];

test('power sync policy: the driver wins, as Nova _sync_instance_power_state', () => {
  for (const [vm, power, guest, expected] of TABLE) {
    const label = `${vm} / ${power} / guest ${guest ? `${guest.state}${guest.rescued ? ' rescued' : ''}` : 'none'}`;
    const d = powerSyncPatch(server(vm, power), guest);
    if (!expected) {
      assert.equal(d, undefined, `${label}: no change expected, got ${JSON.stringify(d)}`);
      continue;
    }
    assert.ok(d, `${label}: a change expected`);
    assert.equal(d.stopGuest, expected.stop ?? false, `${label}: stopGuest`);
    assert.equal(d.patch.vm_state, expected.vm === vm && !expected.stop ? undefined : expected.vm, `${label}: vm_state`);
    assert.equal(d.patch.power_state, expected.power, `${label}: power_state`);
    assert.equal(d.patch.task_state, undefined, `${label}: never touches task_state`);
    assert.equal(d.patch.fault, undefined, `${label}: no fault`);
    assert.ok(d.reason.length > 0, `${label}: says why`);
  }
});

test('power sync leaves an instance with a task in progress alone, whatever the guest says', () => {
  for (const task of ['TASK_STATE_POWERING_OFF', 'TASK_STATE_SPAWNING', 'TASK_STATE_DELETING', 'TASK_STATE_MIGRATING'] as TaskState[]) {
    assert.equal(powerSyncPatch(server('VM_STATE_ACTIVE', RUN, task), g('shutdown')), undefined, task);
    assert.equal(powerSyncPatch(server('VM_STATE_STOPPED', OFF, task), g('running')), undefined, task);
  }
});

test('power state of a guest: NOSTATE when the hypervisor has none', () => {
  assert.equal(powerStateOf(undefined), NOSTATE);
  assert.equal(powerStateOf(g('paused')), 'POWER_STATE_PAUSED');
  assert.equal(powerStateOf(g('suspended')), 'POWER_STATE_SUSPENDED');
});
