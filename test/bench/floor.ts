// bench:floor — the CPU cost floor of the transport pieces a server boot
// uses, on this machine: a gRPC unary call (@grpc/grpc-js, raw bytes, no
// protobuf), a NATS request/reply (nats.js), a JetStream append with a
// compare-and-set read back by an ordered consumer, and an LMDB put
// (lmdb-js). No Kumo code runs: what a boot cannot cost less than, whatever
// Kumo does on top.
//
//   npm run bench:floor -- [--ops N] [--concurrency C] [--warmup N]
//       [--only grpc_unary,nats_request,jetstream_append,lmdb_put]
//       [--data-dir DIR]            where the temporary JetStream and LMDB directory goes (default: the OS temp dir)
//
// Every client and server is its own OS process (this script forked again
// with --role), over loopback and a private nats-server, as in a real
// deployment. For each measurement: a warm-up (not measured), then N ops
// with C in flight; the CPU of every process involved (/proc/<pid>/stat:
// user + system, all threads) is read before and after the measured ops.
// Reports CPU µs per op of each process and in total, and ops/s; then the
// floor of one boot, 1 × grpc_unary + 3 × nats_request + K × (jetstream_append
// + lmdb_put), for K = 2 (the fewest durable writes a boot can have: the
// server's record when created and when ACTIVE) and K = 8 (today: 6 state
// entries + 2 request-id entries), and the boots/s two cores could give at
// most. The last line of output is one JSON object.
import * as grpc from '@grpc/grpc-js';
import { open as openLmdb } from 'lmdb';
import { connect, DiscardPolicy, RetentionPolicy, StorageType, type NatsConnection } from 'nats';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuSeconds, round, sleep, startMonitoredNats, type MonitoredNats } from './storm_support.js';

const USAGE = `usage: floor [--ops N] [--concurrency C] [--warmup N] [--only NAME,...] [--data-dir DIR]
  NAME: grpc_unary, nats_request, jetstream_append, lmdb_put`;

const { values } = parseArgs({
  options: {
    ops: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '256' },
    warmup: { type: 'string', default: '2000' },
    only: { type: 'string' },
    'data-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    // Internal: what a forked child is (and where its peer is).
    role: { type: 'string' },
    target: { type: 'string' },
    nats: { type: 'string' },
    path: { type: 'string' },
  },
});

// Payloads sized like a boot's messages: a CreateServer request and its
// answer, an actor request (envelope + spec) and its reply, a server record.
const GRPC_REQUEST_BYTES = 300;
const GRPC_RESPONSE_BYTES = 1200;
const NATS_REQUEST_BYTES = 600;
const NATS_REPLY_BYTES = 1200;
const RECORD_BYTES = 1500;

const STREAM = 'FLOOR';
const RPC_SUBJECT = 'floor.rpc';
const GRPC_METHOD = 'Call';

// Raw bytes both ways: the transport floor, without protobuf encoding.
const identity = (b: Buffer): Buffer => b;
const FLOOR_SERVICE: grpc.ServiceDefinition = {
  [GRPC_METHOD]: {
    path: '/kumo.bench.v1.Floor/Call',
    requestStream: false,
    responseStream: false,
    requestSerialize: identity,
    requestDeserialize: identity,
    responseSerialize: identity,
    responseDeserialize: identity,
  },
};

function bytes(n: number, fill: number): Buffer {
  return Buffer.alloc(n, fill);
}

// ---------------------------------------------------------------- IPC

type ToChild = { t: 'run'; ops: number; concurrency: number } | { t: 'await'; total: number } | { t: 'stop' };
type FromChild = { t: 'ready'; port?: number } | { t: 'done'; ms: number } | { t: 'error'; message: string };

/**
 * `ops` calls of `one`, `concurrency` in flight (closed loop: each caller
 * starts its next call when the previous one completes). Milliseconds taken.
 */
async function closedLoop(ops: number, concurrency: number, one: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let next = 0;
  const caller = async (): Promise<void> => {
    while (next < ops) await one(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ops) }, () => caller()));
  return performance.now() - started;
}

// ---------------------------------------------------------------- children

/** A forked child: serves or drives one side of a measurement, told what to do over IPC. */
async function child(role: string): Promise<void> {
  const send = (m: FromChild): void => void process.send?.(m);
  const fail = (err: unknown): void => {
    send({ t: 'error', message: `${role}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` });
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // The bench went away (killed, crashed): nothing may outlive it.
  process.on('disconnect', () => process.exit(0));

  let run: (ops: number, concurrency: number) => Promise<unknown> = () => Promise.reject(new Error(`${role} is not driven`));
  let awaitTotal: (total: number) => void = () => fail(new Error(`${role} counts nothing`));
  let close: () => Promise<unknown> = async () => undefined;
  const natsConnect = (name: string): Promise<NatsConnection> =>
    // As the project connects (pkg/actor/runtime.ts): no stack capture per request or publish.
    connect({ servers: values.nats!, name, noAsyncTraces: true });

  switch (role) {
    case 'grpc-server': {
      const server = new grpc.Server({ 'grpc.max_receive_message_length': 4 << 20 });
      const response = bytes(GRPC_RESPONSE_BYTES, 0x52);
      server.addService(FLOOR_SERVICE, {
        [GRPC_METHOD]: (_call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => cb(null, response),
      });
      const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
      );
      close = async () => server.forceShutdown();
      send({ t: 'ready', port });
      break;
    }
    case 'grpc-client': {
      const Floor = grpc.makeGenericClientConstructor(FLOOR_SERVICE, 'Floor');
      const client = new Floor(values.target!, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
        [GRPC_METHOD](req: Buffer, cb: (err: grpc.ServiceError | null, res?: Buffer) => void): grpc.ClientUnaryCall;
      };
      await new Promise<void>((resolve, reject) => client.waitForReady(Date.now() + 10_000, (err) => (err ? reject(err) : resolve())));
      const request = bytes(GRPC_REQUEST_BYTES, 0x51);
      const call = (): Promise<void> =>
        new Promise((resolve, reject) =>
          client[GRPC_METHOD](request, (err, res) => {
            if (err) reject(err);
            else if (res?.length !== GRPC_RESPONSE_BYTES) reject(new Error(`response of ${res?.length} bytes`));
            else resolve();
          }),
        );
      run = (ops, concurrency) => closedLoop(ops, concurrency, call);
      close = async () => client.close();
      send({ t: 'ready' });
      break;
    }
    case 'nats-responder': {
      const nc = await natsConnect('floor-responder');
      const reply = bytes(NATS_REPLY_BYTES, 0x54);
      // A plain subscription with a callback: no queue, no iterator, the least a responder can do.
      nc.subscribe(RPC_SUBJECT, { callback: (err, msg) => void (err ? fail(err) : msg.respond(reply)) });
      await nc.flush(); // the subscription is on the server before the requester starts
      close = () => nc.close();
      send({ t: 'ready' });
      break;
    }
    case 'nats-requester': {
      const nc = await natsConnect('floor-requester');
      const request = bytes(NATS_REQUEST_BYTES, 0x53);
      run = (ops, concurrency) =>
        closedLoop(ops, concurrency, async () => {
          const m = await nc.request(RPC_SUBJECT, request, { timeout: 30_000 });
          if (m.data.length !== NATS_REPLY_BYTES) throw new Error(`reply of ${m.data.length} bytes`);
        });
      close = () => nc.close();
      send({ t: 'ready' });
      break;
    }
    case 'js-publisher': {
      const nc = await natsConnect('floor-publisher');
      const js = nc.jetstream();
      const body = bytes(RECORD_BYTES, 0x55);
      // One subject per entry, each its first (the compare-and-set of a new record): warm-up and measured ops never share one.
      let base = 0;
      run = async (ops, concurrency) => {
        const from = base;
        base += ops;
        return closedLoop(ops, concurrency, (i) => js.publish(`floor.s.${from + i}`, body, { expect: { lastSubjectSequence: 0 } }));
      };
      close = () => nc.close();
      send({ t: 'ready' });
      break;
    }
    case 'js-consumer': {
      const nc = await natsConnect('floor-consumer');
      // How the project follows its state log (pkg/conductor/view.ts): an ordered consumer from the consumers API, consume().
      const consumer = await nc.jetstream().consumers.get(STREAM, { filterSubjects: 'floor.>' });
      const messages = await consumer.consume();
      let received = 0;
      let target = 0;
      let since = performance.now();
      awaitTotal = (total) => {
        target = total;
        since = performance.now();
        if (received >= target) send({ t: 'done', ms: 0 });
      };
      void (async () => {
        for await (const m of messages) {
          if (m.data.length !== RECORD_BYTES) fail(new Error(`entry of ${m.data.length} bytes`));
          received++;
          if (received === target) send({ t: 'done', ms: performance.now() - since });
        }
      })().catch(fail);
      close = async () => {
        await messages.close();
        await nc.close();
      };
      send({ t: 'ready' });
      break;
    }
    case 'lmdb-writer': {
      // As the project opens its store (pkg/store/store.ts): no compression, synced commits; binary values.
      const db = openLmdb<Buffer, string>({ path: values.path!, compression: false, encoding: 'binary' });
      const value = bytes(RECORD_BYTES, 0x56);
      let base = 0;
      run = async (ops, concurrency) => {
        const from = base;
        base += ops;
        return closedLoop(ops, concurrency, (i) => db.put(`floor/${String(from + i).padStart(10, '0')}`, value));
      };
      close = () => db.close();
      send({ t: 'ready' });
      break;
    }
    default:
      throw new Error(`unknown role ${role}`);
  }

  process.on('message', (m: ToChild) => {
    if (m.t === 'run') void run(m.ops, m.concurrency).then((ms) => send({ t: 'done', ms: Number(ms) }), fail);
    else if (m.t === 'await') awaitTotal(m.total);
    else if (m.t === 'stop') void close().then(() => process.exit(0), () => process.exit(0));
  });
}

// ---------------------------------------------------------------- the bench

interface Kid {
  label: string;
  pid: number;
  process: ChildProcess;
  ready: Extract<FromChild, { t: 'ready' }>;
  send(m: ToChild): void;
  /** The next message of type `t` (an error from the child or its exit rejects). */
  next(t: 'done'): Promise<Extract<FromChild, { t: 'done' }>>;
  stop(): Promise<void>;
}

interface Measured {
  /** CPU µs per op of each process, by label. */
  us: Record<string, number>;
  total: number;
  opsPerS: number;
  /** Cores each process kept busy over the measured window. */
  busy: Record<string, number>;
  wallS: number;
}

const names = ['grpc_unary', 'nats_request', 'jetstream_append', 'lmdb_put'] as const;
type Name = (typeof names)[number];

function say(msg: string): void {
  process.stderr.write(`floor: ${msg}\n`);
}

function intArg(name: string, raw: string | undefined, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`floor: --${name} must be an integer >= ${min}, got "${raw}"\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<number> {
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const ops = intArg('ops', values.ops, 1);
  const concurrency = intArg('concurrency', values.concurrency, 1);
  const warmup = intArg('warmup', values.warmup, 0);
  const only = new Set((values.only ?? names.join(',')).split(',').map((s) => s.trim()).filter(Boolean));
  for (const n of only) {
    if (!(names as readonly string[]).includes(n)) {
      process.stderr.write(`floor: --only takes ${names.join(', ')}, got "${n}"\n`);
      return 2;
    }
  }
  // Trailing work of a phase (a commit, a file-store flush, a collection) lands in the window it belongs to.
  const SETTLE_MS = 250;
  const script = process.argv[1]!;
  const dir = mkdtempSync(join(values['data-dir'] ?? tmpdir(), 'kumo-floor-'));
  const kids: Kid[] = [];
  let nats: MonitoredNats | undefined;
  let interrupted: string | undefined;

  let cleaning: Promise<void> | undefined;
  const cleanup = (): Promise<void> =>
    (cleaning ??= (async () => {
      await Promise.all(kids.map((k) => k.stop().catch(() => undefined)));
      await nats?.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    })());
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) return;
    interrupted = signal;
    say(`${signal}: stopping every process`);
    const hard = setTimeout(() => process.exit(130), 10_000);
    hard.unref();
    void cleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  // Last resort (an exception past the finally, process.exit): no child outlives the bench, nor its files.
  process.on('exit', () => {
    for (const k of kids) if (k.process.exitCode === null && k.process.signalCode === null) k.process.kill('SIGKILL');
    if (nats && nats.process.exitCode === null && nats.process.signalCode === null) nats.process.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const spawnKid = async (label: string, role: string, args: string[] = []): Promise<Kid> => {
    if (interrupted) throw new Error(`interrupted by ${interrupted}`);
    // stdout ignored: the bench's own last line must be its JSON; stderr shows a child's trouble.
    const proc = fork(script, ['--role', role, ...args], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const inbox: FromChild[] = [];
    const waiters: Array<{ t: FromChild['t']; resolve: (m: FromChild) => void; reject: (e: Error) => void }> = [];
    let failure: Error | undefined;
    const failAll = (err: Error): void => {
      failure ??= err;
      for (const w of waiters.splice(0)) w.reject(failure);
    };
    proc.on('message', (m: FromChild) => {
      if (m.t === 'error') return failAll(new Error(m.message));
      const i = waiters.findIndex((w) => w.t === m.t);
      if (i >= 0) waiters.splice(i, 1)[0]!.resolve(m);
      else inbox.push(m);
    });
    let stopping = false;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.once('exit', (code, signal) => {
      if (!stopping) failAll(new Error(`${label} exited (${signal ?? code})`));
    });
    proc.on('error', (err) => failAll(new Error(`${label}: ${err.message}`)));
    const next = <T extends FromChild['t']>(t: T, timeoutMs = 120_000): Promise<Extract<FromChild, { t: T }>> =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const i = inbox.findIndex((m) => m.t === t);
        if (i >= 0) return resolve(inbox.splice(i, 1)[0] as Extract<FromChild, { t: T }>);
        const timer = setTimeout(() => reject(new Error(`${label}: no "${t}" in ${timeoutMs / 1000} s`)), timeoutMs);
        waiters.push({
          t,
          resolve: (m) => (clearTimeout(timer), resolve(m as Extract<FromChild, { t: T }>)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
      });
    const kid: Kid = {
      label,
      pid: proc.pid ?? -1,
      process: proc,
      ready: { t: 'ready' },
      send: (m) => void proc.send(m),
      next: (t) => next(t),
      stop: async () => {
        stopping = true;
        if (proc.exitCode !== null || proc.signalCode !== null) return;
        if (proc.connected) proc.send({ t: 'stop' } satisfies ToChild);
        else proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      },
    };
    kids.push(kid); // registered before it is ready: an interrupted start still stops it
    kid.ready = await next('ready', 30_000);
    return kid;
  };
  const stopKids = async (): Promise<void> => {
    await Promise.all(kids.map((k) => k.stop()));
    kids.splice(0);
  };

  /**
   * Runs `drive` for the warm-up, then for the measured ops, reading the CPU
   * of every process in `procs` around the measured part.
   */
  const measure = async (name: Name, procs: Array<{ label: string; pid: number }>, drive: (n: number) => Promise<void>): Promise<Measured> => {
    if (warmup > 0) await drive(warmup);
    await sleep(SETTLE_MS);
    const cpu = (): number[] => procs.map((p) => {
      const s = cpuSeconds(p.pid);
      if (s === undefined) throw new Error(`${p.label} (pid ${p.pid}) is gone`);
      return s;
    });
    const before = cpu();
    const started = performance.now();
    await drive(ops);
    const wallS = (performance.now() - started) / 1000;
    await sleep(SETTLE_MS);
    const after = cpu();
    const windowS = wallS + SETTLE_MS / 1000;
    const us: Record<string, number> = {};
    const busy: Record<string, number> = {};
    procs.forEach((p, i) => {
      const s = after[i]! - before[i]!;
      us[p.label] = round((s * 1e6) / ops, 1);
      busy[p.label] = round(s / windowS, 2);
    });
    const total = round(procs.reduce((n, _p, i) => n + after[i]! - before[i]!, 0) * 1e6 / ops, 1);
    const m = { us, total, opsPerS: Math.round(ops / wallS), busy, wallS };
    const parts = procs.map((p) => `${p.label} ${us[p.label]}`).join(' + ');
    say(`${name}: ${m.opsPerS} ops/s in ${round(wallS, 2)} s; CPU µs/op ${parts} = ${total}; cores busy ${procs.map((p) => `${p.label} ${busy[p.label]}`).join(', ')}`);
    return m;
  };

  // Other work on the machine slows the wall-clock figures (ops/s) far more than the CPU per op: said with the results.
  const loadBefore = loadavg()[0]!;
  const results: Partial<Record<Name, Measured>> = {};
  const natsPid = (): { label: string; pid: number } => ({ label: 'nats', pid: nats!.process.pid! });
  try {
    say(`${ops} ops (after ${warmup} warm-up) at concurrency ${concurrency}, ${cpus().length} cores: ${[...only].join(', ')}`);

    if (only.has('grpc_unary')) {
      const server = await spawnKid('server', 'grpc-server');
      const client = await spawnKid('client', 'grpc-client', ['--target', `127.0.0.1:${server.ready.port}`]);
      results.grpc_unary = await measure('grpc_unary', [client, server], async (n) => {
        client.send({ t: 'run', ops: n, concurrency });
        await client.next('done');
      });
      await stopKids();
    }

    if (only.has('nats_request') || only.has('jetstream_append')) {
      nats = await startMonitoredNats({ storeDir: join(dir, 'nats') });
    }

    if (only.has('nats_request')) {
      const server = await spawnKid('server', 'nats-responder', ['--nats', nats!.url]);
      const client = await spawnKid('client', 'nats-requester', ['--nats', nats!.url]);
      results.nats_request = await measure('nats_request', [client, server, natsPid()], async (n) => {
        client.send({ t: 'run', ops: n, concurrency });
        await client.next('done');
      });
      await stopKids();
    }

    if (only.has('jetstream_append')) {
      // Like the state log's stream (pkg/statelog/statelog.ts ensureStateStream), on floor.> instead of kumo.v1.state.>.
      const nc = await connect({ servers: nats!.url, name: 'floor-bench' });
      try {
        const jsm = await nc.jetstreamManager();
        await jsm.streams.add({
          name: STREAM,
          subjects: ['floor.>'],
          storage: StorageType.File,
          num_replicas: 1,
          retention: RetentionPolicy.Limits,
          discard: DiscardPolicy.Old,
          max_msgs_per_subject: 8,
          duplicate_window: 120 * 1_000_000_000,
        });
      } finally {
        await nc.close();
      }
      const consumer = await spawnKid('consumer', 'js-consumer', ['--nats', nats!.url]);
      const publisher = await spawnKid('publisher', 'js-publisher', ['--nats', nats!.url]);
      let published = 0;
      results.jetstream_append = await measure('jetstream_append', [publisher, consumer, natsPid()], async (n) => {
        // Done when every append is acknowledged and the consumer has all of them.
        published += n;
        consumer.send({ t: 'await', total: published });
        publisher.send({ t: 'run', ops: n, concurrency });
        await Promise.all([publisher.next('done'), consumer.next('done')]);
      });
      await stopKids();
    }

    if (only.has('lmdb_put')) {
      const writer = await spawnKid('writer', 'lmdb-writer', ['--path', join(dir, 'lmdb')]);
      results.lmdb_put = await measure('lmdb_put', [writer], async (n) => {
        writer.send({ t: 'run', ops: n, concurrency });
        await writer.next('done');
      });
      await stopKids();
    }
  } catch (err) {
    // Interrupted: the children stopping under the measurement is no news.
    if (!interrupted) say(`failed: ${err instanceof Error ? err.message : String(err)}`);
    await cleanup();
    return interrupted ? 130 : 1;
  }
  await cleanup();

  const { grpc_unary: g, nats_request: n, jetstream_append: j, lmdb_put: l } = results;
  const boot = (k: number): number | null => (g && n && j && l ? round(g.total + 3 * n.total + k * (j.total + l.total), 1) : null);
  const maxBoots = (us: number | null): number | null => (us ? Math.round(2_000_000 / us) : null);
  const k2 = boot(2);
  const k8 = boot(8);

  const line = (name: string, m: Measured | undefined, what: string): string =>
    m
      ? `  ${name.padEnd(17)} ${String(m.total).padStart(7)} µs CPU/op (${Object.entries(m.us).map(([p, v]) => `${p} ${v}`).join(', ')}); ${m.opsPerS} ops/s — ${what}`
      : `  ${name.padEnd(17)} not measured`;
  const out = [
    `floor: CPU cost per op, ${ops} ops at concurrency ${concurrency} after ${warmup} warm-up, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; load average ${round(loadBefore, 2)} before, ${round(loadavg()[0]!, 2)} after`,
    line('grpc_unary', g, `${GRPC_REQUEST_BYTES} B request, ${GRPC_RESPONSE_BYTES} B response, raw bytes, loopback`),
    line('nats_request', n, `${NATS_REQUEST_BYTES} B request, ${NATS_REPLY_BYTES} B reply`),
    line('jetstream_append', j, `${RECORD_BYTES} B, expected last subject sequence 0, file storage, ordered consumer`),
    line('lmdb_put', l, `${RECORD_BYTES} B binary value, synced commits`),
    `floor of one boot = 1 × grpc_unary + 3 × nats_request + K × (jetstream_append + lmdb_put):`,
    `  K = 2  (created + ACTIVE records):              ${k2 ?? '-'} µs CPU → at most ${maxBoots(k2) ?? '-'} boots/s on 2 cores`,
    `  K = 8  (today: 6 state + 2 request-id entries):  ${k8 ?? '-'} µs CPU → at most ${maxBoots(k8) ?? '-'} boots/s on 2 cores`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  const summary = {
    bench: 'floor',
    concurrency,
    ops,
    grpc_unary_us: g ? { client: g.us['client'], server: g.us['server'], total: g.total, ops_per_s: g.opsPerS } : null,
    nats_request_us: n ? { client: n.us['client'], server: n.us['server'], nats: n.us['nats'], total: n.total, ops_per_s: n.opsPerS } : null,
    jetstream_append_us: j ? { publisher: j.us['publisher'], consumer: j.us['consumer'], nats: j.us['nats'], total: j.total, ops_per_s: j.opsPerS } : null,
    lmdb_put_us: l ? { writer: l.us['writer'], total: l.total, ops_per_s: l.opsPerS } : null,
    boot_floor_us: { k2, k8 },
    max_boots_per_s_2_cores: { k2: maxBoots(k2), k8: maxBoots(k8) },
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return 0;
}

if (values.role) await child(values.role);
else process.exit(await main());
