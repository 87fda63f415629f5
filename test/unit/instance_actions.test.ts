// The instance action recorder and the conductor view's folding of its
// records, against a real nats-server (JetStream) and LMDB in a temp dir:
// records leave without blocking and in order, entries from several writers
// fold whatever their order, failed appends are retried (or reported), the
// listing is newest first with paging, visibility is GetServer's, a deleted
// server's actions stay for admins, and the notifications' payloads.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { NatsConnection, Subscription } from 'nats';
import pino, { type Logger } from 'pino';
import { codec } from '../../pkg/actor/codec.js';
import { KumoError } from '../../pkg/actor/errors.js';
import { ActorSystem, type CallContext } from '../../pkg/actor/runtime.js';
import { actionEntityId, actionEventEntityId, parseStateSubject, STATE_STREAM, subjects } from '../../pkg/actor/subjects.js';
import { InstanceActionReads } from '../../pkg/conductor/instance_actions.js';
import { ConductorView } from '../../pkg/conductor/view.js';
import { instanceActionCodec, mergeAction } from '../../pkg/events/action_table.js';
import type { InstanceActionPayload, Notification, RequestSpecPayload } from '../../pkg/events/notifier.js';
import { InstanceActionRecorder } from '../../pkg/events/recorder.js';
import type { InstanceAction__Output, InstanceActionEvent, RequestSpec, RequestSpec__Output, Server, Server__Output } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { ensureStateStream, STATE_HDR, StateLog, type AppendResult, type StateOp } from '../../pkg/statelog/statelog.js';
import type { EntityKind } from '../../pkg/actor/subjects.js';
import { Store } from '../../pkg/store/store.js';
import { nowTimestamp, timestampMs } from '../../pkg/util/timestamp.js';
import { startTestNats, tempDir, type TestNats } from '../support/nats.js';

const serverCodec = codec<Server, Server__Output>('kumo.compute.v1.Server');
const specCodec = codec<RequestSpec, RequestSpec__Output>('kumo.internal.v1.RequestSpec');
const silent = pino({ level: 'silent' });

/** A full Server__Output (every default filled in) from a few fields. */
function server(fields: Server): Server__Output {
  return serverCodec.decode(serverCodec.encode({ status: 'SERVER_STATUS_ACTIVE', vm_state: 'VM_STATE_ACTIVE', power_state: 'POWER_STATE_RUNNING', flavor: { id: 'f1' }, image_id: 'img1', ...fields }));
}

/** A logger whose lines are kept, to check that failures are reported. */
function capturingLogger(): { log: Logger; lines: Array<{ level: number; msg: string }> } {
  const lines: Array<{ level: number; msg: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as { level: number; msg: string });
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines };
}

function callContext(projectId: string, roles: string[]): CallContext {
  return { method: 'test', requestId: 'req-test', deadline: 0, traceparent: '', projectId, userId: 'u', roles, log: silent, subject: '' };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let nats: TestNats;
let conductorSide: ActorSystem;
let hostSide: ActorSystem;
let stateLog: StateLog;
let dir: { path: string; remove(): void };
let store: Store;
let view: ConductorView;
let conductorRecorder: InstanceActionRecorder;
let hostRecorder: InstanceActionRecorder;

/** Waits until every record appended so far is acknowledged and applied by the view. */
async function settle(...recorders: InstanceActionRecorder[]): Promise<void> {
  for (const r of recorders.length ? recorders : [conductorRecorder, hostRecorder]) await r.flush();
  await view.waitFor(await stateLog.lastSequence());
}

async function collect(nc: NatsConnection, subject: string, count: number, fn: () => Promise<void>): Promise<Notification[]> {
  const sub: Subscription = nc.subscribe(subject);
  const got: Notification[] = [];
  const done = (async () => {
    for await (const m of sub) {
      got.push(JSON.parse(new TextDecoder().decode(m.data)) as Notification);
      if (got.length >= count) break;
    }
  })();
  await nc.flush();
  await fn();
  await Promise.race([done, sleep(5_000)]);
  sub.unsubscribe();
  return got;
}

test('action and event entity ids are single tokens, whatever the request id', () => {
  const srv = '6e3f4812-024a-43ef-ba2c-7da4b7e91c98';
  assert.equal(actionEntityId(srv, 'req-1f2e'), `${srv}_req-1f2e`);
  assert.equal(actionEventEntityId(srv, 'req-1f2e', 'compute_stop_instance', '0a1b2c3d'), `${srv}_req-1f2e_compute_stop_instance_0a1b2c3d`);
  // A client's x-request-id may hold anything: it is encoded, and distinct ids stay distinct.
  const odd = ['my.request id', 'a_b', 'x>*', 'ключ'];
  const ids = odd.map((r) => actionEntityId(srv, r));
  assert.equal(new Set(ids).size, odd.length);
  for (const [i, id] of ids.entries()) {
    assert.deepEqual(parseStateSubject(subjects.state('action', id)), { kind: 'action', id }, odd[i]);
    const ev = actionEventEntityId(srv, odd[i]!, 'odd event.name', 'ffff0000');
    assert.deepEqual(parseStateSubject(subjects.state('actionevent', ev)), { kind: 'actionevent', id: ev });
  }
});

describe('instance action records', { timeout: 120_000 }, () => {
  before(async () => {
    nats = await startTestNats();
    conductorSide = await ActorSystem.connect(nats.url, 'conductor', silent);
    hostSide = await ActorSystem.connect(nats.url, 'host', silent);
    await ensureStateStream(conductorSide.nc);
    stateLog = new StateLog(conductorSide.nc);
    dir = tempDir('kumo-actions-');
    store = Store.open(dir.path);
    view = new ConductorView(store, silent);
    await view.start(conductorSide.nc);
    conductorRecorder = new InstanceActionRecorder(conductorSide, stateLog, { service: 'conductor', host: 'cond-1' });
    hostRecorder = new InstanceActionRecorder(hostSide, new StateLog(hostSide.nc));
  });

  after(async () => {
    await view?.stop();
    await store?.close();
    dir?.remove();
    await conductorSide?.drain();
    await hostSide?.drain();
    await nats?.cleanup();
  });

  test('an action, its events and its finish fold into the view: listed newest first, shown with events in start order', async () => {
    const s = server({ id: 'srv-1', name: 'vm1', project_id: 'p1', user_id: 'owner', host: 'h1' });
    hostRecorder.start(s, 'stop', { requestId: 'req-1', userId: 'u1', projectId: 'p-admin' });
    // Recorded without waiting for JetStream: the append is still in flight when start() returns.
    assert.ok(hostRecorder.pendingCount > 0);
    assert.equal(await hostRecorder.event(s.id, 'req-1', 'compute_stop_instance', 'h1', async () => 42), 42);
    await assert.rejects(
      hostRecorder.event(s.id, 'req-1', 'compute_power_off_check', 'h1', async () => {
        throw new KumoError('FAILED_PRECONDITION', 'guest did not stop', { reason: 'GUEST_STUCK' });
      }),
      /guest did not stop/,
    );
    hostRecorder.finish({ ...s, vm_state: 'VM_STATE_STOPPED' }, 'stop', 'req-1');
    await sleep(5);
    hostRecorder.start(s, 'start', { requestId: 'req-2', userId: 'u2', projectId: 'p1' });
    await hostRecorder.event(s.id, 'req-2', 'compute_start_instance', 'h1', async () => undefined);
    hostRecorder.finish(s, 'start', 'req-2');
    await settle();

    const page = view.instanceActions.list(s.id, 10, '');
    assert.equal(page.nextPageToken, '');
    assert.deepEqual(
      page.actions.map((a) => [a.request_id, a.action, a.message, a.events.length]),
      [
        ['req-2', 'start', '', 0],
        ['req-1', 'stop', 'Error', 0],
      ],
    );
    const stop = view.instanceActions.get(s.id, 'req-1')!;
    assert.equal(stop.server_id, 'srv-1');
    assert.equal(stop.user_id, 'u1');
    // The server's project, as the API field documents.
    assert.equal(stop.project_id, 'p1');
    assert.ok(stop.start_time && stop.finish_time);
    assert.ok(timestampMs(stop.finish_time) >= timestampMs(stop.start_time));
    assert.deepEqual(
      stop.events.map((e) => [e.event, e.result, e.details, e.host]),
      [
        ['compute_stop_instance', 'Success', '', 'h1'],
        ['compute_power_off_check', 'Error', 'GUEST_STUCK: guest did not stop', 'h1'],
      ],
    );
    for (const e of stop.events) assert.ok(e.start_time && e.finish_time && timestampMs(e.finish_time) >= timestampMs(e.start_time));
    assert.ok(timestampMs(stop.events[0]!.start_time) <= timestampMs(stop.events[1]!.start_time));
    assert.equal(view.instanceActions.get(s.id, 'req-404'), undefined);
    assert.equal(view.instanceActions.get('srv-other', 'req-1'), undefined);
  });

  test("one action's parts written by several processes, in any order, fold the same", async () => {
    const s = server({ id: 'srv-2', name: 'vm2', project_id: 'p1' });
    // The conductor starts the create and records its event; the host finishes it.
    conductorRecorder.start(s, 'create', { requestId: 'req-c', userId: 'u1', projectId: 'p1' });
    await conductorRecorder.event(s.id, 'req-c', 'conductor_schedule_and_build_instances', '', async () => undefined);
    await hostRecorder.event(s.id, 'req-c', 'compute_build_and_run_instance', 'h2', async () => undefined);
    hostRecorder.finish({ ...s, host: 'h2' }, 'create', 'req-c');
    await settle();
    const create = view.instanceActions.get(s.id, 'req-c')!;
    assert.equal(create.action, 'create');
    assert.equal(create.message, '');
    assert.ok(create.finish_time);
    assert.deepEqual(create.events.map((e) => [e.event, e.host, e.result]), [
      ['conductor_schedule_and_build_instances', '', 'Success'],
      ['compute_build_and_run_instance', 'h2', 'Success'],
    ]);

    // The finish (and a failed event) logged before the start, as a retried append can arrive late.
    const t0 = nowTimestamp(Date.now() - 1000);
    const t1 = nowTimestamp();
    const id = actionEntityId(s.id, 'req-late');
    const eventId = actionEventEntityId(s.id, 'req-late', 'compute_reboot_instance', 'abcd0001');
    const ev = { event: 'compute_reboot_instance', start_time: t0, host: 'h2' };
    await stateLog.append('actionevent', eventId, 2, 'put', instanceActionCodec.encode({ server_id: s.id, request_id: 'req-late', events: [{ ...ev, finish_time: t1, result: 'Error', details: 'boom' }] }));
    await stateLog.append('action', id, 2, 'put', instanceActionCodec.encode({ server_id: s.id, request_id: 'req-late', action: 'reboot', project_id: 'p1', finish_time: t1, message: 'Error' }));
    await settle();
    // Known to have failed, but not listed until its start arrives.
    assert.ok(!view.instanceActions.list(s.id, 10, '').actions.some((a) => a.request_id === 'req-late'));
    await stateLog.append('action', id, 1, 'put', instanceActionCodec.encode({ server_id: s.id, request_id: 'req-late', action: 'reboot', user_id: 'u9', project_id: 'p1', start_time: t0 }));
    await stateLog.append('actionevent', eventId, 1, 'put', instanceActionCodec.encode({ server_id: s.id, request_id: 'req-late', events: [ev] }));
    await settle();
    const late = view.instanceActions.get(s.id, 'req-late')!;
    assert.equal(late.user_id, 'u9');
    assert.equal(late.message, 'Error');
    assert.equal(timestampMs(late.start_time), timestampMs(t0));
    assert.equal(timestampMs(late.finish_time), timestampMs(t1));
    // The older generation of the event did not replace the newer one.
    assert.deepEqual(late.events.map((e) => [e.result, e.details]), [['Error', 'boom']]);
    // Oldest start (1 s ago) lists last.
    assert.deepEqual(view.instanceActions.list(s.id, 10, '').actions.map((a) => a.request_id), ['req-c', 'req-late']);
  });

  test("a host's short events ride on its action's finish: one entry, the same view; an event whose action does not finish in time is written alone", async () => {
    const carrier = new InstanceActionRecorder(hostSide, new StateLog(hostSide.nc), { carryEventsMs: 300 });
    const s = server({ id: 'srv-carry', name: 'vmc', project_id: 'p1', host: 'h3' });
    const entriesOf = async (serverId: string): Promise<string[]> => {
      const jsm = await conductorSide.nc.jetstreamManager();
      const info = await jsm.streams.info(STATE_STREAM, { subjects_filter: `${subjects.allStatesOf('action')}` });
      const events = await jsm.streams.info(STATE_STREAM, { subjects_filter: `${subjects.allStatesOf('actionevent')}` });
      return [...Object.keys(info.state.subjects ?? {}), ...Object.keys(events.state.subjects ?? {})].filter((k) => k.includes(serverId.replace(/-/g, '')) || k.includes(serverId));
    };
    carrier.start(s, 'create', { requestId: 'req-carry', userId: 'u1', projectId: 'p1' });
    await carrier.event(s.id, 'req-carry', 'compute_build_and_run_instance', 'h3', async () => undefined);
    await assert.rejects(carrier.event(s.id, 'req-carry', 'compute_check', 'h3', async () => Promise.reject(new KumoError('INTERNAL', 'disk full'))), /disk full/);
    assert.equal(carrier.pendingCount >= 2, true, 'the two events wait for the finish (and count as pending)');
    carrier.finish(s, 'create', 'req-carry');
    await settle(carrier);
    const create = view.instanceActions.get(s.id, 'req-carry')!;
    assert.equal(create.message, 'Error', 'a carried failed event marks its action');
    assert.ok(create.finish_time);
    assert.deepEqual(create.events.map((e) => [e.event, e.result, e.host]), [
      ['compute_build_and_run_instance', 'Success', 'h3'],
      ['compute_check', 'Error', 'h3'],
    ]);
    assert.deepEqual(await entriesOf(s.id), [subjects.state('action', actionEntityId(s.id, 'req-carry'))], 'one action subject, no event entries');

    // No finish within carryEventsMs: the event is logged as its own entry.
    carrier.start(s, 'reboot', { requestId: 'req-alone', userId: 'u1', projectId: 'p1' });
    await carrier.event(s.id, 'req-alone', 'compute_reboot_instance', 'h3', async () => undefined);
    await sleep(400);
    assert.equal(carrier.pendingCount, 0);
    await settle(carrier);
    const subjectsNow = await entriesOf(s.id);
    assert.equal(subjectsNow.length, 3, `two actions and the event written alone: ${subjectsNow.join(', ')}`);
    assert.deepEqual(view.instanceActions.get(s.id, 'req-alone')!.events.map((e) => [e.event, e.result]), [['compute_reboot_instance', 'Success']]);
  });

  test("a create's start is its server's first record, its finish rides on the ACTIVE record with the conductor's event handed to the host; one taken back is the conductor's", async () => {
    const carrier = new InstanceActionRecorder(hostSide, new StateLog(hostSide.nc), { carryEventsMs: 300 });
    const s = server({ id: 'srv-hand', name: 'vmh', project_id: 'p1', user_id: 'creator', vm_state: 'VM_STATE_BUILDING', status: 'SERVER_STATUS_BUILD', create_time: nowTimestamp(Date.now() - 2_000) });
    const subjectsOf = async (kind: EntityKind): Promise<string[]> => {
      const jsm = await conductorSide.nc.jetstreamManager();
      const info = await jsm.streams.info(STATE_STREAM, { subjects_filter: subjects.allStatesOf(kind) });
      return Object.keys(info.state.subjects ?? {}).filter((k) => k.includes('srv-hand'));
    };
    // The BUILD record, generation 1, with the create's request id: the only write of the start.
    await stateLog.append('server', s.id, 1, 'put', serverRecordCodec.encode({ server: s, generation: 1, request_id: 'req-hand' }));
    conductorRecorder.createStarted(s, { requestId: 'req-hand', userId: 'creator', projectId: 'p1' });
    await settle();
    const started = view.instanceActions.get(s.id, 'req-hand')!;
    assert.deepEqual([started.action, started.user_id, started.project_id, timestampMs(started.start_time)], ['create', 'creator', 'p1', timestampMs(s.create_time)]);
    assert.equal(started.finish_time, null);

    // The conductor's event: handed over at once, so it logs nothing; the host finishes it with its claim.
    let given: InstanceActionEvent | undefined;
    await conductorRecorder.handableEvent(s.id, 'req-hand', 'conductor_schedule_and_build_instances', '', async (hand) => {
      given = hand.give();
    });
    assert.ok(given);
    carrier.finishHandedEvent(s.id, 'req-hand', given);
    await carrier.event(s.id, 'req-hand', 'compute_build_and_run_instance', 'h4', async () => undefined);
    // The host's ACTIVE record carries the action's finish with both events: no entry of its own.
    const carried = carrier.carryFinish(s, 'create', 'req-hand');
    assert.equal(carrier.pendingCount, 0, 'the held events go with the finish');
    const active = { ...s, vm_state: 'VM_STATE_ACTIVE' as const, status: 'SERVER_STATUS_ACTIVE' as const };
    await stateLog.append('server', s.id, 2, 'put', serverRecordCodec.encode({ server: active, generation: 2, request_id: 'req-hand', finished_action: carried.action }));
    carried.logged(active);
    await settle(conductorRecorder, carrier);
    const create = view.instanceActions.get(s.id, 'req-hand')!;
    assert.ok(create.finish_time);
    assert.equal(create.message, '');
    assert.deepEqual(create.events.map((e) => [e.event, e.result]), [
      ['conductor_schedule_and_build_instances', 'Success'],
      ['compute_build_and_run_instance', 'Success'],
    ]);
    assert.deepEqual(await subjectsOf('action'), [], 'no action entry: its start and finish rode on the server records');
    assert.deepEqual(await subjectsOf('actionevent'), [], 'no event entries');
    // A later record still carrying it (it should not) changes nothing.
    await stateLog.append('server', s.id, 3, 'put', serverRecordCodec.encode({ server: active, generation: 3, request_id: 'req-hand', finished_action: carried.action }));
    await settle();
    assert.deepEqual(view.instanceActions.get(s.id, 'req-hand'), create);

    // A record that was not logged (its save lost a race): the events it took are written alone, the action stays open.
    conductorRecorder.start(s, 'reboot', { requestId: 'req-lost', userId: 'creator', projectId: 'p1' });
    await carrier.event(s.id, 'req-lost', 'compute_reboot_instance', 'h4', async () => undefined);
    carrier.carryFinish(s, 'reboot', 'req-lost').lost();
    await settle(conductorRecorder, carrier);
    const lost = view.instanceActions.get(s.id, 'req-lost')!;
    assert.equal(lost.finish_time, null);
    assert.deepEqual(lost.events.map((e) => [e.event, e.result]), [['compute_reboot_instance', 'Success']]);
    assert.equal((await subjectsOf('actionevent')).length, 1, 'the event as an entry of its own');

    // Given, then taken back (the host refused): the conductor logs it, with the failure.
    await assert.rejects(
      conductorRecorder.handableEvent(s.id, 'req-back', 'conductor_schedule_and_build_instances', '', async (hand) => {
        assert.ok(hand.give());
        hand.takeBack();
        throw new KumoError('FAILED_PRECONDITION', 'No valid host was found.', { reason: 'NO_VALID_HOST' });
      }),
      /No valid host/,
    );
    conductorRecorder.start(s, 'create', { requestId: 'req-back', userId: 'creator', projectId: 'p1' });
    await settle();
    assert.deepEqual(view.instanceActions.get(s.id, 'req-back')!.events.map((e) => [e.event, e.result]), [['conductor_schedule_and_build_instances', 'Error']]);
  });

  test('mergeAction is order-independent', () => {
    const start: InstanceAction__Output = { request_id: 'r', server_id: 's', action: 'stop', user_id: 'u', project_id: 'p', start_time: nowTimestamp(1000), finish_time: null, message: '', events: [] };
    const finish: InstanceAction__Output = { request_id: 'r', server_id: 's', action: 'stop', user_id: '', project_id: 'p', start_time: null, finish_time: nowTimestamp(2000), message: 'Error', events: [] };
    assert.deepEqual(mergeAction(mergeAction(undefined, start), finish), mergeAction(mergeAction(undefined, finish), start));
    assert.equal(mergeAction(mergeAction(undefined, finish), start).message, 'Error');
  });

  test("records leave in call order: each record's generation 1 is logged before its generation 2", async () => {
    const s = server({ id: 'srv-3', project_id: 'p1' });
    for (let i = 0; i < 40; i++) {
      hostRecorder.start(s, 'reboot', { requestId: `req-o${i}`, userId: 'u', projectId: 'p1' });
      hostRecorder.finish(s, 'reboot', `req-o${i}`);
    }
    await settle();
    const jsm = await conductorSide.nc.jetstreamManager();
    for (let i = 0; i < 40; i++) {
      const subject = subjects.state('action', actionEntityId(s.id, `req-o${i}`));
      const last = await jsm.streams.getMessage(STATE_STREAM, { last_by_subj: subject });
      assert.equal(last.header.get(STATE_HDR.generation), '2', subject);
      // Only this recorder writes meanwhile, start and finish alternating: the entry just before is this record's generation 1.
      const first = await jsm.streams.getMessage(STATE_STREAM, { seq: last.seq - 1 });
      assert.equal(first.subject, subject);
      assert.equal(first.header.get(STATE_HDR.generation), '1', subject);
    }
    const listed = view.instanceActions.list(s.id, 100, '').actions;
    assert.equal(listed.length, 40);
    assert.ok(listed.every((a) => a.action === 'reboot' && a.start_time && a.finish_time));
  });

  test('a failed append is retried until the log takes it; one that never does is reported, not silently dropped', async () => {
    class FlakyLog extends StateLog {
      failures: number;
      constructor(nc: NatsConnection, failures: number) {
        super(nc);
        this.failures = failures;
      }
      override async append(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array): Promise<AppendResult> {
        if (this.failures-- > 0) throw new Error('JetStream not available');
        return super.append(kind, id, generation, op, body);
      }
    }
    const { log, lines } = capturingLogger();
    const system = new ActorSystem(hostSide.nc, log);
    const s = server({ id: 'srv-4', project_id: 'p1' });
    const flaky = new InstanceActionRecorder(system, new FlakyLog(hostSide.nc, 3), { retryDelayMs: 5 });
    flaky.start(s, 'pause', { requestId: 'req-r', userId: 'u', projectId: 'p1' });
    flaky.finish(s, 'pause', 'req-r');
    await settle(flaky);
    const paused = view.instanceActions.get(s.id, 'req-r')!;
    assert.equal(paused.action, 'pause');
    assert.ok(paused.start_time && paused.finish_time);
    assert.ok(lines.some((l) => l.level === 40 && /retrying/.test(l.msg)));

    const hopeless = new InstanceActionRecorder(system, new FlakyLog(hostSide.nc, 1_000), { retryDelayMs: 1, maxAttempts: 3 });
    hopeless.start(s, 'unpause', { requestId: 'req-lost', userId: 'u', projectId: 'p1' });
    await hopeless.flush();
    assert.ok(lines.some((l) => l.level === 50 && /record lost/.test(l.msg)));
    assert.equal(view.instanceActions.get(s.id, 'req-lost'), undefined);
  });

  test('notifications: instance.<action>.start|end|error and scheduler.select_destinations, versioned JSON', async () => {
    const s = server({ id: 'srv-5', name: 'vm5', project_id: 'p1', user_id: 'owner', host: 'h5', task_state: 'TASK_STATE_REBOOTING' });
    const got = await collect(hostSide.nc, 'kumo.v1.notify.>', 3, async () => {
      hostRecorder.start(s, 'reboot', { requestId: 'req-n', userId: 'u', projectId: 'p1' });
      hostRecorder.finish({ ...s, task_state: 'TASK_STATE_UNSPECIFIED' }, 'reboot', 'req-n', new KumoError('INTERNAL', 'driver crashed', { reason: 'DRIVER_ERROR' }));
      hostRecorder.finish(s, 'lock', 'req-n2');
    });
    assert.deepEqual(got.map((n) => [n.event_type, n.priority, n.publisher_id]), [
      ['instance.reboot.start', 'INFO', 'compute:h5'],
      ['instance.reboot.error', 'ERROR', 'compute:h5'],
      ['instance.lock.end', 'INFO', 'compute:h5'],
    ]);
    const start = got[0]!.payload as InstanceActionPayload;
    assert.deepEqual(start, {
      schema: 'InstanceActionPayload',
      version: '1.0',
      request_id: 'req-n',
      action: 'reboot',
      id: 'srv-5',
      name: 'vm5',
      status: 'ACTIVE',
      vm_state: 'active',
      task_state: 'rebooting',
      power_state: 'running',
      host: 'h5',
      flavor_id: 'f1',
      image_id: 'img1',
      project_id: 'p1',
      user_id: 'owner',
      fault: null,
    });
    assert.ok(!Number.isNaN(Date.parse(got[0]!.timestamp)));
    assert.notEqual(got[0]!.message_id, got[1]!.message_id);
    const error = got[1]!.payload as InstanceActionPayload;
    assert.equal(error.task_state, null);
    assert.deepEqual(error.exception, { code: 'INTERNAL', reason: 'DRIVER_ERROR', message: 'driver crashed' });
    assert.equal((got[2]!.payload as InstanceActionPayload).exception, undefined);

    const sched = await collect(conductorSide.nc, 'kumo.v1.notify.scheduler.>', 1, async () => {
      const spec = specCodec.decode(specCodec.encode({ project_id: 'p1', availability_zone: 'az1', flavor: { id: 'f1' } }));
      conductorRecorder.notifier.selectDestinations('start', spec, ['a', 'b'], 'req-s');
    });
    assert.equal(sched[0]!.event_type, 'scheduler.select_destinations.start');
    assert.equal(sched[0]!.publisher_id, 'conductor:cond-1');
    assert.deepEqual(sched[0]!.payload as RequestSpecPayload, {
      schema: 'RequestSpecPayload',
      version: '1.0',
      request_id: 'req-s',
      instance_ids: ['a', 'b'],
      num_instances: 2,
      project_id: 'p1',
      flavor_id: 'f1',
      image_id: '',
      availability_zone: 'az1',
    });
    await settle();
  });

  test('ListInstanceActions pages newest first; visibility is GetServer\'s; a deleted server\'s actions stay for admins', async () => {
    const s = server({ id: 'srv-6', name: 'vm6', project_id: 'p1' });
    await stateLog.append('server', s.id, 1, 'put', serverRecordCodec.encode({ server: s, generation: 1 }));
    for (let i = 0; i < 5; i++) {
      conductorRecorder.start(s, 'setMetadata', { requestId: `req-p${i}`, userId: 'u', projectId: 'p1' });
      await sleep(3);
    }
    await settle();
    const reads = new InstanceActionReads(view);
    const member = callContext('p1', ['member']);
    const seen: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const res = reads.list({ server_id: s.id, page_size: 2, page_token: token }, member);
      assert.ok(res.actions.length <= 2);
      seen.push(...res.actions.map((a) => a.request_id));
      token = res.next_page_token;
      pages++;
    } while (token && pages < 10);
    assert.deepEqual(seen, ['req-p4', 'req-p3', 'req-p2', 'req-p1', 'req-p0']);
    assert.equal(pages, 3);
    assert.equal(reads.get({ server_id: s.id, request_id: 'req-p2' }, member).action!.action, 'setMetadata');

    // Another project's server is NOT_FOUND, as GetServer; an unknown request id too.
    const other = callContext('p2', ['admin']);
    assert.throws(() => reads.list({ server_id: s.id, page_size: 0, page_token: '' }, other), (e: KumoError) => e.code === 'NOT_FOUND' && e.reason === 'SERVER_NOT_FOUND');
    assert.throws(() => reads.get({ server_id: s.id, request_id: 'req-p2' }, other), (e: KumoError) => e.code === 'NOT_FOUND');
    assert.throws(() => reads.get({ server_id: s.id, request_id: 'req-none' }, member), (e: KumoError) => e.code === 'NOT_FOUND' && e.reason === 'INSTANCE_ACTION_NOT_FOUND');
    assert.throws(() => reads.list({ server_id: 'no-such-server', page_size: 0, page_token: '' }, callContext('p1', ['admin'])), (e: KumoError) => e.code === 'NOT_FOUND');

    // Deleted: the member no longer sees it, an admin still does.
    await stateLog.append('server', s.id, 2, 'delete', serverRecordCodec.encode({ server: { ...s, vm_state: 'VM_STATE_DELETED' }, generation: 2 }));
    await settle();
    assert.equal(view.servers.get(s.id), undefined);
    assert.throws(() => reads.list({ server_id: s.id, page_size: 0, page_token: '' }, member), (e: KumoError) => e.code === 'NOT_FOUND');
    assert.equal(reads.list({ server_id: s.id, page_size: 0, page_token: '' }, callContext('p1', ['admin'])).actions.length, 5);
    assert.equal(reads.get({ server_id: s.id, request_id: 'req-p0' }, callContext('p3', ['admin'])).action!.request_id, 'req-p0');
  });

  test('the view keeps the actions across a restart and resumes after its last applied entry', async () => {
    await settle();
    const before = view.instanceActions.list('srv-1', 10, '').actions;
    const applied = view.appliedSeq;
    await view.stop();
    await store.close();
    store = Store.open(dir.path);
    view = new ConductorView(store, silent);
    assert.equal(view.appliedSeq, applied);
    await view.start(conductorSide.nc);
    assert.deepEqual(view.instanceActions.list('srv-1', 10, '').actions, before);
    hostRecorder.start(server({ id: 'srv-1', project_id: 'p1' }), 'suspend', { requestId: 'req-after', userId: 'u', projectId: 'p1' });
    await settle();
    assert.deepEqual(view.instanceActions.list('srv-1', 10, '').actions.map((a) => a.request_id), ['req-after', 'req-2', 'req-1']);
  });
});
