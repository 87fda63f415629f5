// WatchServer / WatchServers across real processes (api, conductor,
// scheduler, compute over one nats-server), the SDK's waitFor on top of
// them, and the CLI's --wait and `kumo server wait` end to end.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pino from 'pino';
import { ActorSystem } from '../../pkg/actor/runtime.js';
import { ApiServer } from '../../pkg/api/server.js';
import { closeWatches, openWatchCount } from '../../pkg/api/watch.js';
import { KumoClient, ServerDeletedError, ServerFaultError, WaitTimeoutError, type ServerChange } from '../../pkg/client/client.js';
import { KumoApiError } from '../../pkg/client/errors.js';
import type { Server__Output } from '../../pkg/gen/types.js';
import { timestampMs } from '../../pkg/util/timestamp.js';
import { startNatsServer, type NatsServerHandle } from '../../pkg/util/nats_server.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitStatus } from '../support/expect.js';

const kumo = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'cmd', 'kumo', 'main.js');
const run = promisify(execFile);

let cloud: TestCloud;
/** nats-server started again by the restart test (the cloud's own handle is the dead one). */
let restartedNats: NatsServerHandle | undefined;
let imageId = '';
const SMALL = 'w1';
const HUGE = 'w-huge';

const NO_TASK = 'TASK_STATE_UNSPECIFIED';
const stateOf = (s: Server__Output): string => `${s.status}/${s.task_state}`;
const state = (c: ServerChange): string => (c.deleted ? 'deleted' : stateOf(c.server));

async function createServer(name: string, client: KumoClient = cloud.client, flavor = SMALL): Promise<Server__Output> {
  const res = await client.servers.api.CreateServer({ name, flavor_id: flavor, image_id: imageId });
  return res.servers[0]!;
}

interface Collector {
  seen: ServerChange[];
  /** undefined when the stream ended OK, else the error. */
  ended: Promise<unknown>;
  until(pred: (seen: ServerChange[]) => boolean, ms?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Collects a stream's messages in the background until it ends, fails, or `stop` cancels it. */
function collect(open: (signal: AbortSignal) => AsyncGenerator<ServerChange>): Collector {
  const seen: ServerChange[] = [];
  const abort = new AbortController();
  const ended = (async () => {
    for await (const c of open(abort.signal)) seen.push(c);
  })().then(
    () => undefined,
    (err: unknown) => err,
  );
  return {
    seen,
    ended,
    async until(pred, ms = 15_000) {
      const deadline = Date.now() + ms;
      while (!pred(seen)) {
        if (Date.now() > deadline) assert.fail(`stream did not get there; saw ${seen.map(state).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      abort.abort();
      await ended;
    },
  };
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [kumo, '--url', cloud.endpoint, ...args]).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

/** Starts a CLI command and resolves once its stderr shows `ready` (the wait has found its server), plus a little for the watch to open. */
async function waitingCli(ready: string, ...args: string[]): Promise<{ exit: Promise<{ code: number | null; stderr: string }> }> {
  const child = spawn(process.execPath, [kumo, '--url', cloud.endpoint, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  const started = Date.now();
  while (!stderr.includes(ready)) {
    if (Date.now() - started > 15_000) assert.fail(`'kumo ${args.join(' ')}' printed no progress: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 300));
  return { exit };
}

describe('watching servers', { timeout: 240_000 }, () => {
  before(async () => {
    cloud = await startCloud({
      computes: [{ name: 'w', hosts: 2 }],
      // Slow enough that BUILD (spawning) and ACTIVE (powering-off) are states a watcher can see.
      computeArgs: ['--fake-spawn-ms', '300', '--fake-power-ms', '300'],
    });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: SMALL, name: 'w.small', vcpus: 1, ram_mb: 512, disk_gb: 1, is_public: true } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: HUGE, name: 'w.huge', vcpus: 1, ram_mb: 64 * 1024 * 1024, disk_gb: 1, is_public: true } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });

  after(async () => {
    await cloud?.stop();
    await restartedNats?.stop();
  });

  test('WatchServer follows a server from BUILD to ACTIVE, through stop, to its deletion, in order and once each', async () => {
    const created = await createServer('followed');
    const id = created.id;
    const w = collect((signal) => cloud.client.servers.watch(id, { signal }));
    // The first message is the server as it is now: still building.
    await w.until((s) => s.length >= 1);
    assert.equal(w.seen[0]!.server.status, 'SERVER_STATUS_BUILD');
    assert.equal(w.seen[0]!.deleted, false);
    await w.until((s) => s.some((c) => c.server.status === 'SERVER_STATUS_ACTIVE' && c.server.task_state === NO_TASK));

    const stopping = await cloud.client.servers.api.StopServer({ id });
    assert.equal(stopping.server!.task_state, 'TASK_STATE_POWERING_OFF');
    await w.until((s) => s.some((c) => c.server.status === 'SERVER_STATUS_SHUTOFF'));
    await cloud.client.servers.api.DeleteServer({ id });
    await w.until((s) => s.some((c) => c.deleted));
    // The stream ends by itself (OK) after the deletion.
    assert.equal(await w.ended, undefined);

    const states = w.seen.map(state);
    const at = (st: string): number => states.indexOf(st);
    assert.ok(at('SERVER_STATUS_ACTIVE/TASK_STATE_UNSPECIFIED') > 0, states.join(', '));
    assert.ok(at('SERVER_STATUS_BUILD/TASK_STATE_SPAWNING') >= 0, states.join(', '));
    assert.ok(at('SERVER_STATUS_BUILD/TASK_STATE_SPAWNING') < at('SERVER_STATUS_ACTIVE/TASK_STATE_UNSPECIFIED'), states.join(', '));
    assert.ok(at('SERVER_STATUS_ACTIVE/TASK_STATE_POWERING_OFF') > at('SERVER_STATUS_ACTIVE/TASK_STATE_UNSPECIFIED'), states.join(', '));
    assert.ok(at('SERVER_STATUS_SHUTOFF/TASK_STATE_UNSPECIFIED') > at('SERVER_STATUS_ACTIVE/TASK_STATE_POWERING_OFF'), states.join(', '));
    assert.equal(states.at(-1), 'deleted');
    assert.equal(states.filter((s) => s === 'deleted').length, 1);
    // Every message is a new version: update times strictly increase, nothing is sent twice.
    for (let i = 1; i < w.seen.length; i++) {
      assert.ok(timestampMs(w.seen[i]!.server.update_time) > timestampMs(w.seen[i - 1]!.server.update_time), `message ${i} is not newer: ${states.join(', ')}`);
      assert.notDeepEqual(w.seen[i]!.server, w.seen[i - 1]!.server);
    }
    // The deleted message carries the server as it was last seen.
    assert.equal(w.seen.at(-1)!.server.id, id);
  });

  test('WatchServer of a server that is already ACTIVE starts with it and sends nothing else until it changes', async () => {
    const s = await createServer('quiet');
    await waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE');
    const w = collect((signal) => cloud.client.servers.watch(s.id, { signal }));
    await w.until((seen) => seen.length >= 1);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(w.seen.map(state), ['SERVER_STATUS_ACTIVE/TASK_STATE_UNSPECIFIED']);
    await cloud.client.servers.api.DeleteServer({ id: s.id });
    assert.equal(await w.ended, undefined);
    const states = w.seen.map(state);
    assert.equal(states[0], 'SERVER_STATUS_ACTIVE/TASK_STATE_UNSPECIFIED');
    assert.equal(states.at(-1), 'deleted');
    // Between them only the delete's own steps.
    for (const st of states.slice(1, -1)) assert.equal(st, 'SERVER_STATUS_ACTIVE/TASK_STATE_DELETING', states.join(', '));
  });

  test('WatchServer: unknown id, a malformed id and another project\'s server are NOT_FOUND; an empty id INVALID_ARGUMENT', async () => {
    const first = (id: string, client = cloud.client): Promise<unknown> => client.servers.watch(id).next();
    await expectError(first(randomUUID()), 'NOT_FOUND');
    await expectError(first('no.such server'), 'NOT_FOUND');
    await expectError(first(''), 'INVALID_ARGUMENT', 'id');
    const mine = await createServer('mine');
    const other = new KumoClient({ url: cloud.endpoint, project: 'someone-else' });
    try {
      await expectError(first(mine.id, other), 'NOT_FOUND');
    } finally {
      other.close();
    }
    await cloud.client.servers.api.DeleteServer({ id: mine.id });
  });

  test('WatchServers: include_initial, then only changes of this project\'s servers that match the filters', async () => {
    const res = await cloud.client.servers.api.CreateServer({ name: 'wa', flavor_id: SMALL, image_id: imageId, min_count: 3, max_count: 3 });
    const [a, b, c] = res.servers as [Server__Output, Server__Output, Server__Output];
    await Promise.all(res.servers.map((s) => waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE')));
    await cloud.client.servers.api.StopServer({ id: a.id });
    await waitStatus(cloud.client, a.id, 'SERVER_STATUS_SHUTOFF');
    const other = new KumoClient({ url: cloud.endpoint, project: 'someone-else' });
    const cleanup: string[] = [a.id, b.id];
    try {
      const w = collect((signal) => cloud.client.servers.watchAll({ status: 'SERVER_STATUS_ACTIVE', name: '^wa-\\d$', include_initial: true }, { signal }));
      // Initially: the two ACTIVE ones, not the stopped one.
      await w.until((seen) => seen.length >= 2);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(w.seen.map((x) => x.server.id).sort(), [b.id, c.id].sort());

      // Another project's matching server, and one of ours whose name does not match: never sent.
      const foreign = await createServer('wa-9', other);
      const unnamed = await createServer('zz-1');
      cleanup.push(unnamed.id);
      await cloud.client.servers.api.StartServer({ id: a.id });
      await w.until((seen) => seen.some((x) => x.server.id === a.id));
      await cloud.client.servers.api.StopServer({ id: b.id });
      await waitStatus(cloud.client, b.id, 'SERVER_STATUS_SHUTOFF');
      await waitStatus(other, foreign.id, 'SERVER_STATUS_ACTIVE');
      await waitStatus(cloud.client, unnamed.id, 'SERVER_STATUS_ACTIVE');
      await new Promise((r) => setTimeout(r, 300));
      await w.stop();

      for (const x of w.seen) {
        assert.equal(x.server.status, 'SERVER_STATUS_ACTIVE', state(x));
        assert.equal(x.server.project_id, 'default');
        assert.match(x.server.name, /^wa-\d$/);
      }
      assert.ok(!w.seen.some((x) => x.server.id === foreign.id || x.server.id === unnamed.id));
      // a: once, when its start finished (while powering on it is still SHUTOFF).
      assert.deepEqual(w.seen.filter((x) => x.server.id === a.id).map(state), ['SERVER_STATUS_ACTIVE/TASK_STATE_UNSPECIFIED']);
      // b: its initial ACTIVE and its stop's "ACTIVE (powering-off)", never SHUTOFF, never twice the same.
      const bSeen = w.seen.filter((x) => x.server.id === b.id);
      assert.deepEqual(bSeen.map(state), ['SERVER_STATUS_ACTIVE/TASK_STATE_UNSPECIFIED', 'SERVER_STATUS_ACTIVE/TASK_STATE_POWERING_OFF']);

      // Every change, unfiltered, reaches a watcher without filters; the other project's watch sees only its own.
      const all = collect((signal) => cloud.client.servers.watchAll({}, { signal }));
      const theirs = collect((signal) => other.servers.watchAll({}, { signal }));
      await new Promise((r) => setTimeout(r, 200));
      await cloud.client.servers.api.DeleteServer({ id: c.id });
      await other.servers.api.DeleteServer({ id: foreign.id });
      await all.until((seen) => seen.some((x) => x.server.id === c.id && x.deleted));
      await theirs.until((seen) => seen.some((x) => x.server.id === foreign.id && x.deleted));
      await new Promise((r) => setTimeout(r, 200));
      await all.stop();
      await theirs.stop();
      assert.ok(!all.seen.some((x) => x.server.id === foreign.id));
      assert.ok(theirs.seen.every((x) => x.server.project_id === 'someone-else'));
    } finally {
      other.close();
    }
    for (const id of cleanup) await cloud.client.servers.api.DeleteServer({ id });
  });

  test('WatchServers refuses a bad name regex, nested repetition and an unknown status with INVALID_ARGUMENT', async () => {
    const first = (filters: Parameters<KumoClient['servers']['watchAll']>[0]): Promise<unknown> => cloud.client.servers.watchAll(filters).next();
    const bad = await expectError(first({ name: '([a-z' }), 'INVALID_ARGUMENT', 'name');
    assert.match(bad.message, /regular expression/);
    await expectError(first({ name: '(a+)+$' }), 'INVALID_ARGUMENT', 'name');
    await expectError(first({ status: 97 as never }), 'INVALID_ARGUMENT', 'status');
  });

  test('a deadline ends a watch DEADLINE_EXCEEDED', async () => {
    const s = await createServer('deadline');
    await waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE');
    const w = collect((signal) => cloud.client.servers.watch(s.id, { timeoutMs: 700, signal }));
    const err = await w.ended;
    assert.ok(err instanceof KumoApiError, String(err));
    assert.equal(err.codeName, 'DEADLINE_EXCEEDED');
    assert.equal(w.seen.length, 1);
    await cloud.client.servers.api.DeleteServer({ id: s.id });
  });

  test('watches cancelled by their clients leave no subscription behind, and the API keeps serving', async () => {
    const s = await createServer('many-watchers');
    await waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE');

    // An API server in this process, on the cloud's NATS, so its subscriptions can be counted.
    const system = await ActorSystem.connect(cloud.nats.url, 'watch-test-api', pino({ level: 'silent' }));
    const api = new ApiServer(system, pino({ level: 'silent' }));
    const port = await api.start({ host: '127.0.0.1', port: 0 });
    const local = new KumoClient({ url: `127.0.0.1:${port}` });
    const subscriptions = (): number => (system.nc as unknown as { protocol: { subscriptions: { size(): number } } }).protocol.subscriptions.size();
    try {
      await local.servers.get(s.id); // creates the request inbox subscription
      const baseline = subscriptions();
      for (let round = 0; round < 3; round++) {
        const streams = [
          ...Array.from({ length: 60 }, () => local.servers.watch(s.id)),
          ...Array.from({ length: 20 }, () => local.servers.watchAll({ include_initial: true, name: '^many' })),
        ];
        // Each has its snapshot, so each is subscribed.
        const firsts = await Promise.all(streams.map((x) => x.next()));
        for (const f of firsts) assert.equal((f.value as ServerChange).server.id, s.id);
        assert.equal(openWatchCount(system), 80);
        assert.equal(subscriptions(), baseline + 80);
        await Promise.all(streams.map((x) => x.return(undefined)));
        const until = Date.now() + 5000;
        while (openWatchCount(system) > 0 || subscriptions() > baseline) {
          if (Date.now() > until) assert.fail(`after cancelling: ${openWatchCount(system)} watches, ${subscriptions() - baseline} extra subscriptions`);
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      // Stopping: closeWatches ends the open ones UNAVAILABLE (the SDK then goes elsewhere) and unsubscribes.
      const open = Array.from({ length: 5 }, () => collect((signal) => local.servers.watch(s.id, { signal })));
      await Promise.all(open.map((c) => c.until((seen) => seen.length === 1)));
      closeWatches(system);
      for (const c of open) {
        const err = await c.ended;
        assert.ok(err instanceof KumoApiError && err.codeName === 'UNAVAILABLE' && err.reason === 'API_SHUTTING_DOWN', String(err));
      }
      assert.equal(openWatchCount(system), 0);
      assert.equal(subscriptions(), baseline);

      // The same against the real API process: many opened and cancelled, then it still answers and watches.
      for (let i = 0; i < 3; i++) {
        const streams = Array.from({ length: 100 }, () => cloud.client.servers.watch(s.id));
        await Promise.all(streams.map((x) => x.next()));
        await Promise.all(streams.map((x) => x.return(undefined)));
      }
      assert.equal((await cloud.client.servers.get(s.id)).id, s.id);
      const w = collect((signal) => cloud.client.servers.watch(s.id, { signal }));
      await w.until((seen) => seen.length === 1);
      await cloud.client.servers.api.DeleteServer({ id: s.id });
      assert.equal(await w.ended, undefined);
      assert.equal(w.seen.at(-1)!.deleted, true);
      assert.ok(cloud.allAlive());
    } finally {
      local.close();
      await api.stop();
      await system.drain();
    }
  });

  test('SDK waitFor resolves on ACTIVE, rejects with the fault on ERROR, on deletion and on timeout', async () => {
    const s = await createServer('waited');
    const changes: string[] = [];
    const active = await cloud.client.servers.waitFor(s.id, 'SERVER_STATUS_ACTIVE', { timeoutMs: 20_000, onChange: (x) => changes.push(x.status) });
    assert.equal(active.status, 'SERVER_STATUS_ACTIVE');
    assert.equal(changes[0], 'SERVER_STATUS_BUILD');
    assert.equal(changes.at(-1), 'SERVER_STATUS_ACTIVE');

    const huge = await createServer('too-big', cloud.client, HUGE);
    const fault = await cloud.client.servers.waitFor(huge.id, ['SERVER_STATUS_ACTIVE'], { timeoutMs: 20_000 }).then(
      () => assert.fail('expected ERROR'),
      (e: unknown) => e,
    );
    assert.ok(fault instanceof ServerFaultError, String(fault));
    assert.match(fault.fault, /No valid host/);
    assert.match(fault.message, /is in ERROR: No valid host/);
    // Waiting for ERROR itself is fine.
    assert.equal((await cloud.client.servers.waitFor(huge.id, 'SERVER_STATUS_ERROR')).status, 'SERVER_STATUS_ERROR');

    const timeout = await cloud.client.servers.waitFor(s.id, 'SERVER_STATUS_SHUTOFF', { timeoutMs: 400 }).then(
      () => assert.fail('expected a timeout'),
      (e: unknown) => e,
    );
    assert.ok(timeout instanceof WaitTimeoutError, String(timeout));
    assert.match(timeout.message, /timed out after 0\.4s .* SHUTOFF; it is ACTIVE/);

    const waiting = cloud.client.servers.waitFor(s.id, 'SERVER_STATUS_SHUTOFF', { timeoutMs: 20_000 }).then(
      () => assert.fail('expected a deletion'),
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 200));
    await cloud.client.servers.api.DeleteServer({ id: s.id });
    assert.ok((await waiting) instanceof ServerDeletedError);
    await cloud.client.servers.api.DeleteServer({ id: huge.id });

    await expectError(cloud.client.servers.waitFor(randomUUID(), 'SERVER_STATUS_ACTIVE'), 'NOT_FOUND');
  });

  test('CLI: server create --wait, stop --wait and server wait, with progress on stderr and one error line', async () => {
    const created = await cli('server', 'create', '--flavor', 'w.small', '--image', 'cirros', '--wait', '-f', 'json', 'cli-vm');
    assert.equal(created.code, 0, created.stderr);
    assert.equal((JSON.parse(created.stdout) as Record<string, string>)['status'], 'ACTIVE');
    // Not a TTY: one line per change, ending with the transition to ACTIVE.
    const lines = created.stderr.trim().split('\n');
    assert.match(lines[0]!, /^cli-vm: BUILD/);
    assert.match(lines.at(-1)!, /^cli-vm: BUILD \([a-z-]+\) → ACTIVE$/);

    const stopped = await cli('server', 'stop', '--wait', 'cli-vm');
    assert.equal(stopped.code, 0, stopped.stderr);
    assert.match(stopped.stderr, /→ SHUTOFF\n$/);

    const reached = await cli('server', 'wait', 'cli-vm', '--status', 'SHUTOFF');
    assert.equal(reached.code, 0, reached.stderr);
    const timedOut = await cli('server', 'wait', 'cli-vm', '--status', 'active', '--timeout', '1');
    assert.equal(timedOut.code, 1);
    assert.match(timedOut.stderr, /^Error: timed out after 1s waiting for server 'cli-vm' \(.+\) to become ACTIVE; it is SHUTOFF\n$/m);
    assert.equal(timedOut.stderr.split('\n').filter((l) => l.startsWith('Error')).length, 1);

    // Deleted while waited for.
    const waiter = await waitingCli('cli-vm: SHUTOFF', 'server', 'wait', 'cli-vm', '--status', 'ACTIVE');
    assert.equal((await cli('server', 'delete', 'cli-vm')).code, 0);
    const deleted = await waiter.exit;
    assert.equal(deleted.code, 1);
    assert.match(deleted.stderr, /^Error: server 'cli-vm' \(.+\) was deleted while waiting for it to become ACTIVE$/m);

    // No valid host: --wait fails with the fault; `server wait` on the errored server fails at once.
    const failed = await cli('server', 'create', '--flavor', 'w.huge', '--image', 'cirros', '--wait', 'cli-huge');
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /^Error: server 'cli-huge' \(.+\) is in ERROR: No valid host/m);
    const errored = await cli('server', 'wait', 'cli-huge', '--status', 'ACTIVE');
    assert.equal(errored.code, 1);
    assert.match(errored.stderr, /^Error: server 'cli-huge' \(.+\) is in ERROR: No valid host/m);
    assert.equal((await cli('server', 'wait', 'cli-huge', '--status', 'ERROR')).code, 0);

    const usage = await cli('server', 'wait', 'cli-huge');
    assert.equal(usage.code, 2);
    const untilDeleted = await waitingCli('cli-huge: ERROR', 'server', 'wait', 'cli-huge', '--status', 'deleted');
    const deleting = await cli('server', 'delete', '--wait', 'cli-huge');
    assert.equal(deleting.code, 0, deleting.stderr);
    assert.match(deleting.stderr, /cli-huge: .*deleted\n$/);
    const waitedDeleted = await untilDeleted.exit;
    assert.equal(waitedDeleted.code, 0, waitedDeleted.stderr);
    assert.match(waitedDeleted.stderr, /cli-huge: .*deleted\n$/);
  });
  // Last: it restarts nats-server under the whole cloud.
  test('a NATS restart ends watches UNAVAILABLE; waitFor opens its watch again and still sees the outcome', async () => {
    const s = await createServer('through-restart');
    await waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE');
    const raw = collect((signal) => cloud.client.servers.watch(s.id, { signal }));
    await raw.until((seen) => seen.length === 1);
    const seen: string[] = [];
    const waiting = cloud.client.servers.waitFor(s.id, 'SERVER_STATUS_SHUTOFF', { timeoutMs: 60_000, onChange: (x) => seen.push(stateOf(x)) });
    while (!seen.length) await new Promise((r) => setTimeout(r, 20));

    await cloud.nats.stop();
    // Changes published while the API is away would be lost: the watch must not pretend to go on.
    const err = await raw.ended;
    assert.ok(err instanceof KumoApiError, String(err));
    assert.equal(err.codeName, 'UNAVAILABLE');
    restartedNats = await startNatsServer({ storeDir: join(cloud.nats.dir, 'js'), port: cloud.nats.port });

    const until = Date.now() + 30_000;
    for (;;) {
      try {
        await cloud.client.servers.api.StopServer({ id: s.id }, { timeoutMs: 2000 });
        break;
      } catch (e) {
        // An attempt whose answer was lost may have started the stop already.
        if (e instanceof KumoApiError && e.codeName === 'FAILED_PRECONDITION') break;
        if (Date.now() > until) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const stopped = await waiting;
    assert.equal(stopped.status, 'SERVER_STATUS_SHUTOFF');
    assert.equal(seen[0], 'SERVER_STATUS_ACTIVE/TASK_STATE_UNSPECIFIED');
    assert.equal(seen.at(-1), 'SERVER_STATUS_SHUTOFF/TASK_STATE_UNSPECIFIED');
  });
});
