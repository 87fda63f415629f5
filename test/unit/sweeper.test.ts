// The conductor's sweeper: which stuck servers it fails, which it leaves to
// their host, and that its writes are compare-and-sets on the log.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { KumoError } from '../../pkg/actor/errors.js';
import type { ActorSystem } from '../../pkg/actor/runtime.js';
import { Sweeper, type SweeperOptions } from '../../pkg/conductor/sweeper.js';
import type { ConductorView } from '../../pkg/conductor/view.js';
import type { ServerRecord__Output, Server__Output } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import type { TaskState, VmState } from '../../pkg/lifecycle/states.js';
import { StateConflictError } from '../../pkg/statelog/errors.js';
import type { StateLog } from '../../pkg/statelog/statelog.js';
import { nowTimestamp } from '../../pkg/util/timestamp.js';

const log = pino({ level: 'silent' });
const NOW = Date.now();
const MIN = 60_000;

function rec(id: string, vm: VmState, task: TaskState, host: string, ageMs: number, generation = 2): ServerRecord__Output {
  return {
    server: { id, name: id, host, vm_state: vm, task_state: task, power_state: 'POWER_STATE_UNSPECIFIED', update_time: nowTimestamp(NOW - ageMs), fault: null } as unknown as Server__Output,
    generation,
  } as unknown as ServerRecord__Output;
}

interface Harness {
  sweeper: Sweeper;
  writes: Array<{ id: string; generation: number; op: string; record: ServerRecord__Output }>;
  pinged: string[];
}

function harness(records: ServerRecord__Output[], opts: { down?: string[]; forced?: string[]; actors?: string[]; taken?: string[]; startedAgoMs?: number; sweep?: Partial<SweeperOptions> } = {}): Harness {
  const writes: Harness['writes'] = [];
  const pinged: string[] = [];
  const view = {
    servers: { values: () => records.values(), get: (id: string) => records.find((r) => r.server!.id === id) },
    waitFor: async () => undefined,
    onServerChange: () => undefined,
  } as unknown as ConductorView;
  const stateLog = {
    appendExclusive: async (_kind: string, id: string, generation: number, op: string, body: Uint8Array) => {
      if (opts.taken?.includes(id)) throw new StateConflictError('server', id, generation);
      writes.push({ id, generation, op, record: serverRecordCodec.decode(body) });
      return writes.length;
    },
  } as unknown as StateLog;
  const system = {
    log,
    ref: (subject: string) => ({
      call: async () => {
        const id = subject.split('.').pop()!;
        pinged.push(id);
        if (!opts.actors?.includes(id)) throw new KumoError('UNAVAILABLE', 'no responders', { reason: 'NO_RESPONDERS' });
        return { server: null };
      },
    }),
  } as unknown as ActorSystem;
  const hosts = {
    status: (h: string) => ({ up: !(opts.down ?? []).includes(h) && !(opts.forced ?? []).includes(h), forcedDown: (opts.forced ?? []).includes(h) }),
  };
  const sweeper = new Sweeper(system, view, stateLog, hosts, { intervalMs: 0, schedulingTimeoutMs: 5 * MIN, taskTimeoutsMs: {}, serviceDownTimeMs: MIN, lifecycle: {}, ...opts.sweep }, log);
  if (opts.startedAgoMs !== undefined) (sweeper as unknown as { startedAt: number }).startedAt = NOW - opts.startedAgoMs;
  else (sweeper as unknown as { startedAt: number }).startedAt = NOW - 10 * MIN;
  return { sweeper, writes, pinged };
}

test('a server stuck in scheduling with no host ends ERROR with a fault, by compare-and-set on the next generation', async () => {
  const h = harness([rec('s1', 'VM_STATE_BUILDING', 'TASK_STATE_SCHEDULING', '', 6 * MIN), rec('s2', 'VM_STATE_BUILDING', 'TASK_STATE_SCHEDULING', '', 4 * MIN)]);
  const r = await h.sweeper.sweep(NOW);
  assert.deepEqual(r.failed, ['s1']);
  assert.equal(h.writes.length, 1);
  const w = h.writes[0]!;
  assert.deepEqual([w.id, w.generation, w.op], ['s1', 3, 'put']);
  assert.equal(w.record.server!.vm_state, 'VM_STATE_ERROR');
  assert.equal(w.record.server!.task_state, 'TASK_STATE_UNSPECIFIED');
  assert.equal(w.record.server!.status, 'SERVER_STATUS_ERROR');
  assert.match(w.record.server!.fault!.message, /^build timed out after 360 s \(task scheduling, bound 300 s\): no host took the server/);
  assert.equal(h.pinged.length, 0);
});

test('a host down: its stuck servers fail (a delete cut off is finished as a tombstone); a live host keeps its own', async () => {
  const h = harness(
    [
      rec('off', 'VM_STATE_ACTIVE', 'TASK_STATE_POWERING_OFF', 'dead', 11 * MIN),
      rec('spawn', 'VM_STATE_BUILDING', 'TASK_STATE_SPAWNING', 'dead', 11 * MIN),
      rec('del', 'VM_STATE_ACTIVE', 'TASK_STATE_DELETING', 'dead', 11 * MIN),
      rec('young', 'VM_STATE_ACTIVE', 'TASK_STATE_POWERING_OFF', 'dead', 2 * MIN),
      rec('live', 'VM_STATE_ACTIVE', 'TASK_STATE_POWERING_OFF', 'alive', 11 * MIN),
      rec('lost', 'VM_STATE_ACTIVE', 'TASK_STATE_POWERING_ON', 'alive', 11 * MIN),
      rec('idle', 'VM_STATE_ACTIVE', 'TASK_STATE_UNSPECIFIED', 'dead', 60 * MIN),
      rec('forced', 'VM_STATE_ACTIVE', 'TASK_STATE_REBOOTING', 'f', 11 * MIN),
    ],
    { down: ['dead'], forced: ['f'], actors: ['live'] },
  );
  const r = await h.sweeper.sweep(NOW);
  assert.deepEqual(r.failed.sort(), ['del', 'forced', 'lost', 'off', 'spawn']);
  assert.deepEqual(r.leftToHost, ['live']);
  const by = new Map(h.writes.map((w) => [w.id, w]));
  assert.match(by.get('off')!.record.server!.fault!.message, /^task powering-off timed out after 660 s \(bound 600 s\): host dead is down$/);
  assert.match(by.get('spawn')!.record.server!.fault!.message, /^build timed out after 660 s \(task spawning, bound 600 s\): host dead is down$/);
  assert.match(by.get('lost')!.record.server!.fault!.message, /host alive does not know the server/);
  assert.equal(by.get('del')!.op, 'delete');
  assert.equal(by.get('del')!.record.server!.vm_state, 'VM_STATE_DELETED');
  assert.equal(by.get('off')!.record.server!.host, 'dead', 'the record keeps its host: a returning host adopts the newer record');
});

test('bounds: per-task overrides, 0 means unbounded, and a conductor that just started gives silent hosts service_down_time', async () => {
  const stuck = rec('m', 'VM_STATE_ACTIVE', 'TASK_STATE_MIGRATING', 'dead', 20 * MIN);
  assert.deepEqual((await harness([stuck], { down: ['dead'] }).sweeper.sweep(NOW)).failed, [], 'a migration is bounded at 30 min by default');
  assert.deepEqual((await harness([stuck], { down: ['dead'], sweep: { taskTimeoutsMs: { migrating: 15 * MIN } } }).sweeper.sweep(NOW)).failed, ['m']);
  assert.deepEqual((await harness([stuck], { down: ['dead'], sweep: { taskTimeoutsMs: { migrating: 0 } } }).sweeper.sweep(NOW)).failed, []);
  const b = rec('b', 'VM_STATE_BUILDING', 'TASK_STATE_SPAWNING', 'dead', 11 * MIN);
  assert.deepEqual((await harness([b], { down: ['dead'], sweep: { lifecycle: { instanceBuildTimeoutMs: 0 } } }).sweeper.sweep(NOW)).failed, [], 'instance_build_timeout 0: builds unbounded');
  assert.deepEqual((await harness([b], { down: ['dead'], startedAgoMs: 10_000 }).sweeper.sweep(NOW)).failed, [], 'too early to call a silent host down');
  assert.deepEqual((await harness([b], { forced: ['dead'], startedAgoMs: 10_000 }).sweeper.sweep(NOW)).failed, ['b'], 'forced down is down at once');
});

test('a write that loses the compare-and-set (the host or another conductor changed the server) is counted, not applied', async () => {
  const h = harness([rec('x', 'VM_STATE_BUILDING', 'TASK_STATE_SCHEDULING', '', 6 * MIN)], { taken: ['x'] });
  const r = await h.sweeper.sweep(NOW);
  assert.deepEqual([r.failed, r.conflicts, h.writes.length], [[], 1, 0]);
});

test('after the first pass a sweep reads only the servers that may be stuck, kept up to date by the view', async () => {
  const records = [rec('busy', 'VM_STATE_ACTIVE', 'TASK_STATE_POWERING_OFF', 'alive', 1 * MIN), rec('idle', 'VM_STATE_ACTIVE', 'TASK_STATE_UNSPECIFIED', 'alive', 60 * MIN)];
  const h = harness(records, { actors: ['alive'] });
  const view = (h.sweeper as unknown as { view: { servers: { values: () => unknown; get: (id: string) => unknown }; onServerChange: unknown } }).view;
  assert.deepEqual((await h.sweeper.sweep(NOW)).failed, []);
  // From now on a full read of the view would be a bug: every server is reached through the candidates.
  const reads: string[] = [];
  const get = view.servers.get;
  view.servers.values = () => assert.fail('a later pass read every server');
  view.servers.get = (id: string) => (reads.push(id), get(id));
  await h.sweeper.sweep(NOW);
  assert.deepEqual(reads, ['busy']);
  // The busy server, now 11 minutes in its task on a host that is down, is found stuck by the candidates alone.
  records[0] = rec('busy', 'VM_STATE_ACTIVE', 'TASK_STATE_POWERING_OFF', 'gone', 11 * MIN);
  const r = await h.sweeper.sweep(NOW);
  assert.deepEqual(r.failed, ['busy']);
});
