// A host's recovery after a restart (pkg/compute/recovery.ts), against the
// fake hypervisor in a temp LMDB and a state log kept in memory.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { interruptedTaskPatch, reconcileUnknownGuests, recoverInstance, type RecoveryHost, type RecoveryOptions } from '../../pkg/compute/recovery.js';
import { FakeDriver, type FakeGuest } from '../../pkg/compute/virt/fake/driver.js';
import type { ServerRecord__Output, Server__Output } from '../../pkg/gen/types.js';
import type { TaskState, VmState, PowerState } from '../../pkg/lifecycle/states.js';
import { StateConflictError } from '../../pkg/statelog/errors.js';
import type { StateLog } from '../../pkg/statelog/statelog.js';
import { Store, type Table } from '../../pkg/store/store.js';
import { tempDir } from '../support/nats.js';

const HOST = 'h1';
const dir = tempDir('kumo-recovery-');
let store: Store;
let instances: Table<ServerRecord__Output>;
let guests: Table<FakeGuest>;
let n = 0;

before(() => {
  store = Store.open(dir.path);
  instances = store.table('instances');
  guests = store.table('fake_guests');
});
after(async () => {
  await store.close();
  dir.remove();
});

type Entry = { generation: number; op: 'put' | 'delete'; record: ServerRecord__Output };

/** A host over a fresh fake hypervisor and an in-memory log; `conflictOnce` makes the next persist lose a race to `sweeperRecord`. */
function setup(): { host: RecoveryHost; driver: FakeDriver; log: Map<string, Entry>; persisted: ServerRecord__Output[]; conflictWith?: (r: ServerRecord__Output) => void } {
  const hostName = `${HOST}-${++n}`;
  const driver = new FakeDriver({ host: hostName, table: guests });
  const log = new Map<string, Entry>();
  const persisted: ServerRecord__Output[] = [];
  const stateLog = {
    latestServer: async (id: string) => log.get(id),
  } as unknown as StateLog;
  const env: ReturnType<typeof setup> = {
    driver,
    log,
    persisted,
    host: {
      name: hostName,
      driver,
      stateLog,
      instances,
      log: pino({ level: 'silent' }),
      key: (id) => `${hostName}/${id}`,
      persist: async (r) => {
        const id = r.server!.id;
        if (env.conflictWith) {
          const f = env.conflictWith;
          env.conflictWith = undefined;
          f(r);
        }
        const cur = log.get(id);
        if (cur && cur.generation >= r.generation) throw new StateConflictError('server', id, r.generation);
        log.set(id, { generation: r.generation, op: 'put', record: r });
        persisted.push(r);
        await instances.put(`${hostName}/${id}`, r);
      },
    },
  };
  return env;
}

function rec(host: string, id: string, vm: VmState, task: TaskState = 'TASK_STATE_UNSPECIFIED', power: PowerState = 'POWER_STATE_RUNNING', generation = 3): ServerRecord__Output {
  return {
    server: { id, name: id, host, vm_state: vm, task_state: task, power_state: power, flavor: { id: 'f', name: 'tiny', vcpus: 1, ram_mb: 64, disk_gb: 1 }, fault: null } as unknown as Server__Output,
    generation,
    image_properties: {},
    migration: null,
  } as unknown as ServerRecord__Output;
}

const OPTS: RecoveryOptions = { runningDeletedInstanceAction: 'reap', resumeGuestsStateOnHostBoot: false };

async function stored(env: ReturnType<typeof setup>, r: ServerRecord__Output, guest?: 'running' | 'shutdown' | 'paused', logged = true): Promise<ServerRecord__Output> {
  await instances.put(env.host.key(r.server!.id), r);
  if (logged) env.log.set(r.server!.id, { generation: r.generation, op: 'put', record: r });
  if (guest) {
    await env.driver.spawn(r);
    if (guest !== 'running') await env.driver.simulateGuestStateChange(r.server!.id, guest);
  }
  return r;
}

test('a build cut off: ERROR with a fault naming the restart, half-made guest destroyed, no claim', async () => {
  const env = setup();
  const r = await stored(env, rec(env.host.name, 'b1', 'VM_STATE_BUILDING', 'TASK_STATE_SPAWNING', 'POWER_STATE_UNSPECIFIED'), 'shutdown');
  const k = await recoverInstance(env.host, r, OPTS);
  assert.ok(k);
  assert.equal(k.claim, false);
  assert.equal(k.record.server!.vm_state, 'VM_STATE_ERROR');
  assert.equal(k.record.server!.task_state, 'TASK_STATE_UNSPECIFIED');
  assert.match(k.record.server!.fault!.message, new RegExp(`host ${env.host.name} restarted while building`));
  assert.equal(k.record.generation, 4);
  assert.equal(env.driver.guest('b1'), undefined);
  assert.equal(env.log.get('b1')!.record.server!.vm_state, 'VM_STATE_ERROR', 'logged');
});

test('a task cut off is cleared; an accepted stop or start is carried out (as Nova); vm_state and power_state come from the guest, no fault', async () => {
  const env = setup();
  const cases: Array<[string, TaskState, 'running' | 'shutdown' | 'paused', VmState, PowerState]> = [
    ['p1', 'TASK_STATE_POWERING_OFF', 'shutdown', 'VM_STATE_STOPPED', 'POWER_STATE_SHUTDOWN'],
    // The stop was accepted (the client saw success): the restart does not drop it.
    ['p2', 'TASK_STATE_POWERING_OFF', 'running', 'VM_STATE_STOPPED', 'POWER_STATE_SHUTDOWN'],
    ['p5', 'TASK_STATE_POWERING_ON', 'shutdown', 'VM_STATE_ACTIVE', 'POWER_STATE_RUNNING'],
    ['p3', 'TASK_STATE_PAUSING', 'paused', 'VM_STATE_PAUSED', 'POWER_STATE_PAUSED'],
    ['p4', 'TASK_STATE_IMAGE_UPLOADING', 'running', 'VM_STATE_ACTIVE', 'POWER_STATE_RUNNING'],
  ];
  for (const [id, task, guest, vm, power] of cases) {
    const r = await stored(env, rec(env.host.name, id, 'VM_STATE_ACTIVE', task), guest);
    const k = (await recoverInstance(env.host, r, OPTS))!;
    assert.equal(k.record.server!.task_state, 'TASK_STATE_UNSPECIFIED', id);
    assert.equal(k.record.server!.vm_state, vm, id);
    assert.equal(k.record.server!.power_state, power, id);
    assert.equal(k.record.server!.fault, null, id);
    assert.equal(k.claim, true, id);
    assert.equal(k.resumeDelete, false, id);
  }
  // A rebuild or a cold move cut off is ERROR, as Nova.
  const rb = await stored(env, rec(env.host.name, 'rb', 'VM_STATE_ACTIVE', 'TASK_STATE_REBUILDING'), 'running');
  const k = (await recoverInstance(env.host, rb, OPTS))!;
  assert.equal(k.record.server!.vm_state, 'VM_STATE_ERROR');
  assert.match(k.record.server!.fault!.message, /restarted during task rebuilding/);
  assert.equal(k.claim, true, 'the guest is there: it holds resources');
  assert.equal(interruptedTaskPatch('VM_STATE_RESIZED', 'TASK_STATE_RESIZE_MIGRATING', undefined, 'h').vm_state, 'VM_STATE_ERROR');
  assert.deepEqual(interruptedTaskPatch('VM_STATE_ACTIVE', 'TASK_STATE_RESCUING', { state: 'running', rescued: true }, 'h'), {
    vm_state: 'VM_STATE_RESCUED',
    task_state: 'TASK_STATE_UNSPECIFIED',
    power_state: 'POWER_STATE_RUNNING',
  });
});

test('a delete cut off is handed to the actor to finish', async () => {
  const env = setup();
  const r = await stored(env, rec(env.host.name, 'd1', 'VM_STATE_ACTIVE', 'TASK_STATE_DELETING'), 'running');
  const k = (await recoverInstance(env.host, r, OPTS))!;
  assert.deepEqual([k.resumeDelete, k.claim, k.record.generation], [true, true, 3]);
  assert.equal(env.persisted.length, 0);
});

test('the log wins when newer: deleted or moved away → reaped; ERROR written by a sweeper → adopted', async () => {
  const env = setup();
  const gone = await stored(env, rec(env.host.name, 'g1', 'VM_STATE_ACTIVE'), 'running');
  env.log.set('g1', { generation: 4, op: 'delete', record: { ...gone, generation: 4 } });
  assert.equal(await recoverInstance(env.host, gone, OPTS), undefined);
  assert.equal(env.driver.guest('g1'), undefined);
  assert.equal(instances.get(env.host.key('g1')), undefined);

  const moved = await stored(env, rec(env.host.name, 'g2', 'VM_STATE_ACTIVE'), 'running');
  env.log.set('g2', { generation: 5, op: 'put', record: rec('other', 'g2', 'VM_STATE_ACTIVE', 'TASK_STATE_UNSPECIFIED', 'POWER_STATE_RUNNING', 5) });
  assert.equal(await recoverInstance(env.host, moved, OPTS), undefined);
  assert.equal(env.driver.guest('g2'), undefined);

  const swept = await stored(env, rec(env.host.name, 'g3', 'VM_STATE_ACTIVE', 'TASK_STATE_POWERING_OFF'), 'running');
  const err = rec(env.host.name, 'g3', 'VM_STATE_ERROR', 'TASK_STATE_UNSPECIFIED', 'POWER_STATE_RUNNING', 4);
  err.server!.fault = { code: 500, message: 'task powering-off timed out', details: '', create_time: null };
  env.log.set('g3', { generation: 4, op: 'put', record: err });
  const k = (await recoverInstance(env.host, swept, OPTS))!;
  assert.equal(k.record.server!.vm_state, 'VM_STATE_ERROR');
  assert.equal(k.record.server!.fault!.message, 'task powering-off timed out');
  assert.equal(k.record.generation, 4);
  assert.equal(instances.get(env.host.key('g3'))!.generation, 4, 'LMDB takes the log record');
  assert.equal(k.claim, true);
});

test('a sweeper writing while the host recovers: the lost compare-and-set re-reads the log', async () => {
  const env = setup();
  const r = await stored(env, rec(env.host.name, 'c1', 'VM_STATE_ACTIVE', 'TASK_STATE_REBOOTING'), 'running');
  env.conflictWith = (mine) => {
    const err = rec(env.host.name, 'c1', 'VM_STATE_ERROR', 'TASK_STATE_UNSPECIFIED', 'POWER_STATE_RUNNING', mine.generation);
    env.log.set('c1', { generation: mine.generation, op: 'put', record: err });
  };
  const k = (await recoverInstance(env.host, r, OPTS))!;
  assert.equal(k.record.server!.vm_state, 'VM_STATE_ERROR');
  assert.equal(k.record.generation, 4);
});

test('no task: after a host reboot the record follows the guest, unless resume_guests_state_on_host_boot', async () => {
  const env = setup();
  const a = await stored(env, rec(env.host.name, 'a', 'VM_STATE_ACTIVE'), 'running');
  const b = await stored(env, rec(env.host.name, 'b', 'VM_STATE_ACTIVE'), 'running');
  const s = await stored(env, rec(env.host.name, 's', 'VM_STATE_STOPPED', 'TASK_STATE_UNSPECIFIED', 'POWER_STATE_SHUTDOWN'), 'shutdown');
  await env.driver.simulateHostReboot();
  const ka = (await recoverInstance(env.host, a, OPTS))!;
  assert.equal(ka.record.server!.vm_state, 'VM_STATE_STOPPED');
  assert.equal(ka.record.server!.power_state, 'POWER_STATE_SHUTDOWN');
  assert.equal(env.driver.guest('a')!.state, 'shutdown');
  const kb = (await recoverInstance(env.host, b, { ...OPTS, resumeGuestsStateOnHostBoot: true }))!;
  assert.equal(kb.record.server!.vm_state, 'VM_STATE_ACTIVE');
  assert.equal(kb.record.generation, 3, 'nothing to change in the record');
  assert.equal(env.driver.guest('b')!.state, 'running', 'powered on again');
  const ks = (await recoverInstance(env.host, s, { ...OPTS, resumeGuestsStateOnHostBoot: true }))!;
  assert.equal(ks.record.server!.vm_state, 'VM_STATE_STOPPED');
  assert.equal(env.driver.guest('s')!.state, 'shutdown', 'a stopped server stays off');
  // A record that says STOPPED while the guest runs: the guest is stopped (Nova's force_stop).
  const t = await stored(env, rec(env.host.name, 't', 'VM_STATE_STOPPED', 'TASK_STATE_UNSPECIFIED', 'POWER_STATE_SHUTDOWN'), 'running');
  await recoverInstance(env.host, t, OPTS);
  assert.equal(env.driver.guest('t')!.state, 'shutdown');
});

test('unknown guests: reaped by default, left with log/noop, powered off with shutdown, adopted when the log places them here', async () => {
  const env = setup();
  const known = await stored(env, rec(env.host.name, 'k', 'VM_STATE_ACTIVE'), 'running');
  await env.driver.spawn(rec(env.host.name, 'orphan', 'VM_STATE_ACTIVE')); // no record anywhere
  const deleted = rec(env.host.name, 'del', 'VM_STATE_DELETED');
  await env.driver.spawn(deleted);
  env.log.set('del', { generation: 9, op: 'delete', record: deleted });
  const ours = rec(env.host.name, 'ours', 'VM_STATE_ACTIVE');
  await env.driver.spawn(ours);
  env.log.set('ours', { generation: 3, op: 'put', record: ours });

  for (const action of ['log', 'noop'] as const) {
    const adopted = await reconcileUnknownGuests(env.host, new Set([known.server!.id, 'ours']), { ...OPTS, runningDeletedInstanceAction: action });
    assert.deepEqual(adopted, []);
    assert.ok(env.driver.guest('orphan') && env.driver.guest('del'), action);
  }
  await reconcileUnknownGuests(env.host, new Set([known.server!.id, 'ours']), { ...OPTS, runningDeletedInstanceAction: 'shutdown' });
  assert.equal(env.driver.guest('orphan')!.state, 'shutdown');
  const adopted = await reconcileUnknownGuests(env.host, new Set([known.server!.id]), OPTS);
  assert.deepEqual(adopted.map((r) => r.server!.id), ['ours']);
  assert.equal(instances.get(env.host.key('ours'))!.server!.id, 'ours', 'its record is stored again');
  assert.deepEqual([...env.driver.guests()].sort(), ['k', 'ours']);
});

test('a hold (source copy of a cold move) is kept while the move is open and reaped once it is over', async () => {
  const env = setup();
  const migration = { id: 'm1', type: 'resize', source_host: env.host.name, dest_host: 'd', old_flavor: { id: 'old', name: 'old', vcpus: 2 }, new_flavor: { id: 'new', vcpus: 4 }, status: 'finished', request_id: '' };
  const hold = { ...rec('d', 'mv', 'VM_STATE_ACTIVE', 'TASK_STATE_RESIZE_FINISH'), migration } as unknown as ServerRecord__Output;
  await stored(env, hold, 'shutdown');
  // The destination moved on to RESIZED (awaiting confirm): same migration.
  env.log.set('mv', { generation: 5, op: 'put', record: { ...rec('d', 'mv', 'VM_STATE_RESIZED', 'TASK_STATE_UNSPECIFIED', 'POWER_STATE_RUNNING', 5), migration } as unknown as ServerRecord__Output });
  const k = (await recoverInstance(env.host, hold, OPTS))!;
  assert.equal(k.hold, true);
  assert.equal(k.claimFlavor!.id, 'old');
  assert.ok(env.driver.guest('mv'));
  // Confirmed: the record no longer carries the migration.
  env.log.set('mv', { generation: 6, op: 'put', record: rec('d', 'mv', 'VM_STATE_ACTIVE', 'TASK_STATE_UNSPECIFIED', 'POWER_STATE_RUNNING', 6) });
  assert.equal(await recoverInstance(env.host, hold, OPTS), undefined);
  assert.equal(env.driver.guest('mv'), undefined);
  assert.equal(instances.get(env.host.key('mv')), undefined);
});
