// The pieces of watching, without a cloud: generation ordering (Versions),
// the bounded stream queue, the name filter, state records as changes, the
// CLI's progress lines, and the SDK's waitFor against a scripted gRPC server
// (ERROR, deletion, timeout, stale states, and re-opening after UNAVAILABLE).
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { Server as GrpcServer, ServerCredentials, status as GrpcStatus, type ServerWritableStream, type ServiceDefinition } from '@grpc/grpc-js';
import { headers as natsHeaders } from 'nats';
import { InvalidArgumentError } from '../../pkg/actor/errors.js';
import { subjects } from '../../pkg/actor/subjects.js';
import { apiPackageDefinition } from '../../pkg/api/proto.js';
import { compileNamePattern, nestedRepetition, parseServerChange, StreamQueue, Versions, type ServerChange } from '../../pkg/api/watch.js';
import { WaitProgress, stateText, transitionText } from '../../pkg/cli/wait.js';
import type { Io } from '../../pkg/cli/command.js';
import { KumoClient, ServerDeletedError, ServerFaultError, WaitTimeoutError } from '../../pkg/client/client.js';
import type { Server__Output, WatchServerRequest__Output, WatchServerResponse } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { STATE_HDR } from '../../pkg/statelog/statelog.js';
import { nowTimestamp } from '../../pkg/util/timestamp.js';

/** A full Server as a decoder produces it, with a few fields set. */
function server(patch: Partial<Server__Output> = {}): Server__Output {
  const record = serverRecordCodec.decode(
    serverRecordCodec.encode({ server: { id: 's1', name: 'vm', project_id: 'p', status: 'SERVER_STATUS_BUILD', update_time: nowTimestamp(1_000), ...patch } as never }),
  );
  return record.server!;
}

const change = (generation: number, patch: Partial<Server__Output> = {}, deleted = false): ServerChange => ({ id: 's1', generation, deleted, server: server(patch) });

test('Versions: a known generation admits only newer changes, once each', () => {
  const v = new Versions();
  v.sentAt('s1', 5);
  assert.equal(v.admit(change(4)), false);
  assert.equal(v.admit(change(5)), false);
  assert.equal(v.admit(change(6, { status: 'SERVER_STATUS_ACTIVE' })), true);
  assert.equal(v.admit(change(6, { status: 'SERVER_STATUS_ACTIVE' })), false);
  assert.equal(v.admit(change(8)), true);
  assert.equal(v.admit(change(7)), false, 'a late older record is not a step back');
  // Another server has its own generations.
  assert.equal(v.admit({ ...change(1), id: 's2' }), true);
});

test('Versions: a read without a generation learns it from the buffered change equal to it', () => {
  const sent = server({ status: 'SERVER_STATUS_ACTIVE', update_time: nowTimestamp(2_000) });
  const older = change(3, { status: 'SERVER_STATUS_BUILD', update_time: nowTimestamp(1_500) });
  const same = change(4, { status: 'SERVER_STATUS_ACTIVE', update_time: nowTimestamp(2_000) });
  const newer = change(5, { status: 'SERVER_STATUS_SHUTOFF', update_time: nowTimestamp(3_000) });

  const v = new Versions();
  v.sentWithout('s1', sent);
  v.learn([older, same, newer]);
  assert.deepEqual([older, same, newer].map((c) => v.admit(c)), [false, false, true]);

  // The read predates every buffered change: all of them are new.
  const w = new Versions();
  w.sentWithout('s1', server({ update_time: nowTimestamp(500) }));
  w.learn([older, newer]);
  assert.deepEqual([older, newer].map((c) => w.admit(c)), [true, true]);

  // The change equal to the read arrives only after the buffer was replayed: still not sent twice.
  const x = new Versions();
  x.sentWithout('s1', sent);
  x.learn([]);
  assert.equal(x.admit(same), false);
  assert.equal(x.admit(newer), true);
});

test('Versions: after a deletion an older record cannot bring the server back', () => {
  const v = new Versions();
  v.sentAt('s1', 2);
  assert.equal(v.admit(change(3, {}, true)), true);
  assert.equal(v.admit(change(2)), false);
  assert.equal(v.admit(change(3, {}, true)), false);
});

test('parseServerChange reads the id from the subject and generation and op from the headers', () => {
  const h = natsHeaders();
  h.set(STATE_HDR.generation, '7');
  h.set(STATE_HDR.op, 'delete');
  const data = serverRecordCodec.encode({ server: { id: 'abc', name: 'vm', project_id: 'p' }, generation: 7 });
  const c = parseServerChange({ subject: subjects.state('server', 'abc'), data, headers: h });
  assert.deepEqual({ id: c?.id, generation: c?.generation, deleted: c?.deleted, name: c?.server.name }, { id: 'abc', generation: 7, deleted: true, name: 'vm' });
  // Without headers the record's own generation counts.
  const put = parseServerChange({ subject: subjects.state('server', 'abc'), data, headers: undefined });
  assert.equal(put?.generation, 7);
  assert.equal(put?.deleted, false);
  assert.equal(parseServerChange({ subject: subjects.state('flavor', 'abc'), data, headers: h }), undefined);
});

/** A Writable that holds every write until `release` (a client that does not read). */
function heldWritable(highWaterMark: number): { out: Writable; written: number[]; release(): void } {
  const written: number[] = [];
  let pending: Array<() => void> = [];
  let held = true;
  const out = new Writable({
    objectMode: true,
    highWaterMark,
    write(chunk: number, _enc, cb) {
      written.push(chunk);
      if (held) pending.push(cb);
      else cb();
    },
  });
  return {
    out,
    written,
    release() {
      held = false;
      const p = pending;
      pending = [];
      for (const cb of p) cb();
    },
  };
}

test('StreamQueue keeps order, holds what the stream will not take, and reports overflow', async () => {
  const { out, written, release } = heldWritable(2);
  const q = new StreamQueue<number>(out, 5);
  const results: boolean[] = [];
  for (let i = 0; i < 9; i++) results.push(q.push(i));
  // The writable takes 2 (its buffer), then the queue holds up to 5 more; the 8th and 9th overflow.
  assert.deepEqual(results, [true, true, true, true, true, true, true, false, false]);
  assert.equal(q.queued, 7);
  let drained = false;
  const done = q.drained().then(() => (drained = true));
  await new Promise((r) => setImmediate(r));
  assert.equal(drained, false);
  release();
  await done;
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(written, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(q.queued, 0);
});

test('StreamQueue.clear forgets the backlog and wakes waiters', async () => {
  const { out } = heldWritable(1);
  const q = new StreamQueue<number>(out, 100);
  for (let i = 0; i < 10; i++) q.push(i);
  const waiting = q.drained();
  q.clear();
  await waiting;
  assert.equal(q.queued, 0);
});

test('the name filter: regular expressions, refused when invalid, too long or nested-repetitive', () => {
  assert.equal(compileNamePattern(''), undefined);
  assert.ok(compileNamePattern('^web-\\d+$')!.test('web-12'));
  assert.ok(compileNamePattern('db')!.test('prod-db-1'), 'searched, not anchored');
  for (const ok of ['(web|db)-\\d+', '(a+)?', '[(a+)]+', '(ab){2}', '\\(a+\\)+', '(?:x)+', '(a){1,5}b']) {
    assert.equal(nestedRepetition(ok), false, ok);
  }
  for (const bad of ['(a+)+', '(\\w*)*$', '((ab)*c)+', '(x+){2,}', '(?:a|b+)*', '(a*){1,9}']) {
    assert.equal(nestedRepetition(bad), true, bad);
    assert.throws(() => compileNamePattern(bad), (e: unknown) => e instanceof InvalidArgumentError && e.fieldViolations[0]!.field === 'name');
  }
  assert.throws(() => compileNamePattern('([a-z'), (e: unknown) => e instanceof InvalidArgumentError && /regular expression/.test(e.message));
  assert.throws(() => compileNamePattern('a'.repeat(256)), (e: unknown) => e instanceof InvalidArgumentError && e.fieldViolations[0]!.field === 'name');
});

test('CLI progress: state text with progress, transitions, a redrawn line on a TTY and one line per change otherwise', () => {
  assert.equal(stateText({ status: 'SERVER_STATUS_RESIZE', task_state: 'TASK_STATE_RESIZE_MIGRATING', progress: 40 }), 'RESIZE (resize-migrating, 40%)');
  assert.equal(stateText({ status: 'SERVER_STATUS_ACTIVE', task_state: 'TASK_STATE_UNSPECIFIED', progress: 0 }), 'ACTIVE');
  assert.equal(transitionText('BUILD (spawning)', 'ACTIVE'), 'BUILD (spawning) → ACTIVE');
  assert.equal(transitionText(undefined, 'ACTIVE'), 'ACTIVE');

  const capture = (tty: boolean): { io: Io; text: () => string } => {
    let text = '';
    return { io: { out: () => undefined, err: (t) => void (text += t), errIsTTY: tty }, text: () => text };
  };
  const start = server({ id: 'a', name: 'vm1', status: 'SERVER_STATUS_BUILD', task_state: 'TASK_STATE_SCHEDULING' });
  const spawning = { ...start, task_state: 'TASK_STATE_SPAWNING' as const };
  const active = { ...start, status: 'SERVER_STATUS_ACTIVE' as const, task_state: 'TASK_STATE_UNSPECIFIED' as const };

  const plain = capture(false);
  const p = new WaitProgress(plain.io, [start]);
  p.change(start); // the watch's first message repeats the start: no line
  p.change(spawning);
  p.change(active);
  p.done('a');
  p.end();
  assert.equal(plain.text(), 'vm1: BUILD (scheduling)\nvm1: BUILD (scheduling) → BUILD (spawning)\nvm1: BUILD (spawning) → ACTIVE\n');

  const tty = capture(true);
  const t = new WaitProgress(tty.io, [start]);
  t.change(spawning);
  t.change(active);
  t.done('a');
  t.end();
  assert.equal(
    tty.text(),
    '\r\x1b[Kwaiting for vm1: BUILD (scheduling)...' +
      '\r\x1b[Kwaiting for vm1: BUILD (scheduling) → BUILD (spawning)...' +
      '\r\x1b[Kwaiting for vm1: BUILD (spawning) → ACTIVE...' +
      '\r\x1b[Kwaiting for vm1: BUILD (spawning) → ACTIVE\n',
  );
});

/** A gRPC server whose WatchServer runs `script` (with the attempt number, from 0) for each call. */
async function scriptedApi(script: (call: ServerWritableStream<WatchServerRequest__Output, WatchServerResponse>, attempt: number) => void): Promise<{ client: KumoClient; calls: () => number; stop(): Promise<void> }> {
  const grpcServer = new GrpcServer();
  let calls = 0;
  const def = apiPackageDefinition()['kumo.compute.v1.ServerService'] as ServiceDefinition;
  grpcServer.addService(def, {
    WatchServer: (call: ServerWritableStream<WatchServerRequest__Output, WatchServerResponse>) => script(call, calls++),
  });
  const port = await new Promise<number>((resolve, reject) => grpcServer.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  const client = new KumoClient({ url: `127.0.0.1:${port}` });
  return {
    client,
    calls: () => calls,
    stop: async () => {
      client.close();
      grpcServer.forceShutdown();
    },
  };
}

const at = (ms: number, patch: Partial<Server__Output>): Server__Output => server({ update_time: nowTimestamp(ms), ...patch });

test('SDK waitFor: resolves on the status, reports each change, and re-opens the watch after UNAVAILABLE', async () => {
  const api = await scriptedApi((call, attempt) => {
    call.write({ server: at(1_000, { status: 'SERVER_STATUS_BUILD' }) });
    if (attempt === 0) {
      call.emit('error', { code: GrpcStatus.UNAVAILABLE, details: 'api restarting' });
      return;
    }
    setTimeout(() => call.write({ server: at(2_000, { status: 'SERVER_STATUS_ACTIVE' }) }), 20);
  });
  try {
    const seen: string[] = [];
    const s = await api.client.servers.waitFor('s1', 'SERVER_STATUS_ACTIVE', { timeoutMs: 5_000, onChange: (x) => seen.push(x.status) });
    assert.equal(s.status, 'SERVER_STATUS_ACTIVE');
    assert.equal(api.calls(), 2);
    // The re-opened watch sends BUILD again; onChange hears of it once.
    assert.deepEqual(seen, ['SERVER_STATUS_BUILD', 'SERVER_STATUS_ACTIVE']);
  } finally {
    await api.stop();
  }
});

test('SDK waitFor: ERROR with the fault, deletion, timeout, and NOT_FOUND are typed failures', async () => {
  const api = await scriptedApi((call) => {
    const id = call.request.id;
    if (id === 'err') call.write({ server: at(1_000, { id, status: 'SERVER_STATUS_ERROR', fault: { code: 500, message: 'No valid host was found.', details: '', create_time: null } }) });
    if (id === 'gone') {
      call.write({ server: at(1_000, { id, status: 'SERVER_STATUS_ACTIVE' }) });
      call.write({ server: at(2_000, { id, status: 'SERVER_STATUS_DELETED' }), deleted: true });
      call.end();
    }
    if (id === 'idle') call.write({ server: at(1_000, { id, status: 'SERVER_STATUS_BUILD', task_state: 'TASK_STATE_SPAWNING' }) });
    if (id === 'nope') call.emit('error', { code: GrpcStatus.NOT_FOUND, details: 'server nope not found' });
  });
  try {
    const fault = await api.client.servers.waitFor('err', 'SERVER_STATUS_ACTIVE').catch((e: unknown) => e);
    assert.ok(fault instanceof ServerFaultError);
    assert.equal(fault.fault, 'No valid host was found.');
    assert.equal((await api.client.servers.waitFor('err', ['SERVER_STATUS_ERROR'])).status, 'SERVER_STATUS_ERROR');

    const gone = await api.client.servers.waitFor('gone', 'SERVER_STATUS_SHUTOFF').catch((e: unknown) => e);
    assert.ok(gone instanceof ServerDeletedError);
    assert.equal((await api.client.servers.waitFor('gone', 'SERVER_STATUS_DELETED')).status, 'SERVER_STATUS_DELETED');

    const started = Date.now();
    const late = await api.client.servers.waitFor('idle', 'SERVER_STATUS_ACTIVE', { timeoutMs: 300 }).catch((e: unknown) => e);
    assert.ok(late instanceof WaitTimeoutError);
    assert.match(late.message, /timed out after 0\.3s waiting for server idle to become ACTIVE; it is BUILD/);
    assert.ok(Date.now() - started < 3_000);

    await assert.rejects(api.client.servers.waitFor('nope', 'SERVER_STATUS_ACTIVE'), (e: unknown) => (e as { codeName?: string }).codeName === 'NOT_FOUND');
  } finally {
    await api.stop();
  }
});

test('SDK waitFor with `since`: older states and the ERROR it started in do not end the wait; a task still running is not final', async () => {
  const api = await scriptedApi((call) => {
    // A stale read (older than the action's answer), then ERROR still stopping, then SHUTOFF.
    call.write({ server: at(500, { status: 'SERVER_STATUS_SHUTOFF' }) });
    call.write({ server: at(1_000, { status: 'SERVER_STATUS_ERROR' }) });
    call.write({ server: at(1_500, { status: 'SERVER_STATUS_ERROR', task_state: 'TASK_STATE_POWERING_OFF' }) });
    call.write({ server: at(2_000, { status: 'SERVER_STATUS_SHUTOFF', task_state: 'TASK_STATE_UNSPECIFIED' }) });
  });
  try {
    const since = at(1_000, { status: 'SERVER_STATUS_ERROR' });
    const seen: number[] = [];
    const s = await api.client.servers.waitFor('s1', 'SERVER_STATUS_SHUTOFF', { since, timeoutMs: 5_000, onChange: (x) => seen.push(x.update_time!.seconds * 1000 + x.update_time!.nanos / 1e6) });
    assert.equal(s.status, 'SERVER_STATUS_SHUTOFF');
    assert.deepEqual(seen, [1_000, 1_500, 2_000]);
  } finally {
    await api.stop();
  }
});
