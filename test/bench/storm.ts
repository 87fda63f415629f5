// bench:storm — a boot storm through the real processes: api(s),
// conductor(s), scheduler(s) and compute process(es) running the fake
// hosts, over a private nats-server (JetStream, monitoring port) with LMDB
// in a temporary directory. One server per CreateServer call.
//
//   npm run bench:storm -- --hosts 1000 --servers 20000 --concurrency 256
//       [--conductors N] [--schedulers N] [--computes N] [--apis N]
//       [--offered-rate R]          open loop: R CreateServer calls per second, whatever completes
//       [--warmup N]                boot N servers first (closed loop, not measured) so V8 has compiled the hot paths
//       [--idle-probe S]            measure each process kind's CPU while idle for S seconds before the storm (default 3;
//                                   0: skip): the background (heartbeats, timers) a per-server figure would include
//       [--duration-limit S]        stop submitting and report what finished after S seconds (default 600)
//       [--stall-timeout S]         give up when nothing reaches ACTIVE or ERROR for S seconds (default 60)
//       [--fake-spawn-ms N] [--heartbeat-ms N] [--conductor-concurrency N]
//       [--out-dir DIR] [--keep-logs]
//       [--data-dir DIR]            where the temporary LMDB and JetStream directory goes (default: the OS temp dir;
//                                   /dev/shm takes the disk out of the figures)
//       [--profile api,conductor,...]  node --cpu-prof for those kinds: <out>/storm-<timestamp>-prof/*.cpuprofile
//       [--node-args "FLAGS"]       extra node flags for every Kumo process (experiments, e.g. --stack-trace-limit=0)
//       [--client lean|sdk]         how CreateServer is called: lean (default; grpc_h2.ts, the gRPC wire protocol on
//                                   node:http2, a request_id per call as the SDK sends) or sdk (KumoClient on grpc-js)
//       [--tap]                     count every NATS message by subject kind during the storm (adds load: the
//                                   bench receives everything; for the breakdown, not for the headline figures)
//       [--metrics]                 serve each process's /metrics (--metrics-port 0) and save it after the storm
//
// ACTIVE (and ERROR) is observed on the state log subjects, the moment the
// host's record is logged, so no figure includes client polling. Reports
// servers/s (sustained: between the completions at 10% and 90%; overall:
// all of them from the first call), create-to-ACTIVE percentiles, CPU
// seconds per server of each process kind (/proc/<pid>/stat) and of
// nats-server, peak RSS (VmHWM), scheduler RSS per host, NATS messages per
// boot (/varz), and checks: no host over-committed, every server ACTIVE.
// Writes bench-results/storm-<timestamp>.json and .svg; the last line of
// output is one JSON object.
import { connect, type NatsConnection } from 'nats';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { STATE_STREAM, subjects } from '../../pkg/actor/subjects.js';
import { KumoClient } from '../../pkg/client/client.js';
import { newClientRequestId } from '../../pkg/client/transport.js';
import { LeanUnaryClient } from './grpc_h2.js';
import type { CreateServerRequest, CreateServerResponse__Output, Hypervisor__Output } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { serviceEntry, type ServiceName } from '../../pkg/util/children.js';
import {
  chartSvg,
  cpuSeconds,
  liveBytesPerHost,
  liveHeapBytes,
  memoryMb,
  percentile,
  perSecond,
  round,
  serverIdAndStatus,
  sleep,
  spawnTracked,
  startMonitoredNats,
  streamLastSeq,
  sustainedRate,
  varz,
  type MonitoredNats,
  type ProcKind,
  type Tracked,
  type Varz,
} from './storm_support.js';

/** Status numbers as the light decoder reads them (found by encoding, so they follow the proto). */
const statusNumber = (status: 'SERVER_STATUS_ACTIVE' | 'SERVER_STATUS_ERROR'): number => serverIdAndStatus(serverRecordCodec.encode({ server: { id: 'probe', status } }))!.status;
const ACTIVE = statusNumber('SERVER_STATUS_ACTIVE');
const ERROR = statusNumber('SERVER_STATUS_ERROR');
const CREATE_SERVER_PATH = '/kumo.compute.v1.ServerService/CreateServer';

const USAGE = `usage: storm [--hosts N] [--servers N] [--concurrency N] [--conductors N] [--schedulers N] [--computes N] [--apis N]
             [--offered-rate R] [--warmup N] [--idle-probe S] [--max-inflight N] [--duration-limit S] [--stall-timeout S]
             [--fake-spawn-ms N] [--heartbeat-ms N] [--conductor-concurrency N] [--out-dir DIR] [--data-dir DIR] [--keep-logs]
             [--profile KIND,...] [--node-args "FLAGS"] [--client lean|sdk] [--metrics] [--tap]`;

const { values } = parseArgs({
  options: {
    hosts: { type: 'string', default: '1000' },
    servers: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '256' },
    conductors: { type: 'string', default: '1' },
    schedulers: { type: 'string', default: '1' },
    computes: { type: 'string', default: '1' },
    apis: { type: 'string', default: '1' },
    'offered-rate': { type: 'string' },
    warmup: { type: 'string', default: '0' },
    'idle-probe': { type: 'string', default: '3' },
    'max-inflight': { type: 'string', default: '100000' },
    'duration-limit': { type: 'string', default: '600' },
    'stall-timeout': { type: 'string', default: '60' },
    'fake-spawn-ms': { type: 'string', default: '0' },
    'heartbeat-ms': { type: 'string' },
    'conductor-concurrency': { type: 'string' },
    'out-dir': { type: 'string' },
    'data-dir': { type: 'string' },
    profile: { type: 'string' },
    'node-args': { type: 'string' },
    client: { type: 'string', default: 'lean' },
    metrics: { type: 'boolean', default: false },
    tap: { type: 'boolean', default: false },
    'keep-logs': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

function intArg(name: string, raw: string | undefined, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`storm: --${name} must be an integer >= ${min}, got "${raw}"\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}
const hosts = intArg('hosts', values.hosts, 1);
const total = intArg('servers', values.servers, 1);
const concurrency = intArg('concurrency', values.concurrency, 1);
const nConductors = intArg('conductors', values.conductors, 1);
const nSchedulers = intArg('schedulers', values.schedulers, 1);
const nComputes = Math.min(hosts, intArg('computes', values.computes, 1));
const nApis = intArg('apis', values.apis, 1);
const offeredRate = values['offered-rate'] === undefined ? undefined : Number(values['offered-rate']);
if (offeredRate !== undefined && !(offeredRate > 0)) {
  process.stderr.write(`storm: --offered-rate must be > 0\n`);
  process.exit(2);
}
const warmup = intArg('warmup', values.warmup, 0);
const clientKind = values.client;
if (clientKind !== 'lean' && clientKind !== 'sdk') {
  process.stderr.write(`storm: --client must be lean or sdk, got "${clientKind}"\n`);
  process.exit(2);
}
const idleProbeS = intArg('idle-probe', values['idle-probe'], 0);
const maxInflight = intArg('max-inflight', values['max-inflight'], 1);
const durationLimitS = intArg('duration-limit', values['duration-limit'], 1);
const stallTimeoutS = intArg('stall-timeout', values['stall-timeout'], 1);
const fakeSpawnMs = intArg('fake-spawn-ms', values['fake-spawn-ms'], 0);
const heartbeatMs = values['heartbeat-ms'] === undefined ? undefined : intArg('heartbeat-ms', values['heartbeat-ms'], 10);
const conductorConcurrency = values['conductor-concurrency'] === undefined ? undefined : intArg('conductor-concurrency', values['conductor-concurrency'], 1);

// The flavor every server boots with, and hosts sized so that each holds
// twice its even share (room for uneven placement by racing schedulers).
const FLAVOR = { id: 'storm.tiny', name: 'storm.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1 };
const RATIOS = { cpu: 16, ram: 1.5, disk: 1 };
const share = Math.ceil((total + warmup) / hosts);
const HOST = {
  vcpus: Math.max(16, Math.ceil((2 * share * FLAVOR.vcpus) / RATIOS.cpu)),
  memoryMb: Math.max(32768, Math.ceil((2 * share * FLAVOR.ram_mb) / RATIOS.ram)),
  diskGb: Math.max(500, Math.ceil((2 * share * FLAVOR.disk_gb) / RATIOS.disk)),
};

const KINDS: ProcKind[] = ['api', 'conductor', 'scheduler', 'compute'];
const profiled = new Set((values.profile ?? '').split(',').map((s) => s.trim()).filter(Boolean));
for (const k of profiled) {
  if (!(KINDS as string[]).includes(k)) {
    process.stderr.write(`storm: --profile takes process kinds (${KINDS.join(', ')}), got "${k}"\n`);
    process.exit(2);
  }
}

const extraNodeArgs = (values['node-args'] ?? '').split(/\s+/).filter(Boolean);

const root = fileURLToPath(new URL('../../..', import.meta.url)); // dist/test/bench -> repo
const outDir = values['out-dir'] ?? join(root, 'bench-results');
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const dir = mkdtempSync(join(values['data-dir'] ?? tmpdir(), 'kumo-storm-'));
const logDir = join(dir, 'logs');
const profDir = join(outDir, `storm-${stamp}-prof`);
mkdirSync(logDir, { recursive: true });

const procs: Tracked[] = [];
let nats: MonitoredNats | undefined;
let stopping = false;
let interrupted: string | undefined;
const wakeups = new Set<() => void>();

function say(msg: string): void {
  process.stderr.write(`storm: ${msg}\n`);
}

let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopping = true;
    // A process writing its CPU profile at exit needs longer than the usual drain.
    await Promise.all(procs.map((p) => p.stop(profiled.has(p.kind) ? 60_000 : 8000).catch(() => undefined)));
    await nats?.stop().catch(() => undefined);
    if (values['keep-logs']) {
      const kept = join(outDir, `storm-${stamp}-logs`);
      mkdirSync(kept, { recursive: true });
      for (const p of procs) writeFileSync(join(kept, `${p.label}.log`), safeRead(p.logFile));
      say(`logs kept in ${kept}`);
    }
    rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) return;
  interrupted = signal;
  say(`${signal}: stopping every process`);
  for (const w of wakeups) w();
  const hard = setTimeout(() => process.exit(130), 20_000);
  hard.unref();
  void cleanup().finally(() => process.exit(130));
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
process.on('SIGHUP', onSignal);
// Anything thrown outside the main flow (a callback, a stream): say what, stop everything, fail.
const onFatal = (err: unknown): void => {
  say(`fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  const hard = setTimeout(() => process.exit(1), 20_000);
  hard.unref();
  void cleanup().finally(() => process.exit(1));
};
process.on('uncaughtException', onFatal);
process.on('unhandledRejection', onFatal);
// Last resort (an exception past the finally, process.exit): no child outlives the bench.
process.on('exit', () => {
  for (const p of procs) if (p.process.exitCode === null && p.process.signalCode === null) p.process.kill('SIGKILL');
  if (nats && nats.process.exitCode === null && nats.process.signalCode === null) nats.process.kill('SIGKILL');
});

function checkInterrupted(): void {
  if (interrupted) throw new Error(`interrupted by ${interrupted}`);
}

async function spawnKumo(name: ServiceName, kind: ProcKind, label: string, args: string[], env: Record<string, string>, readyTimeoutMs = 30_000): Promise<Tracked> {
  checkInterrupted();
  const nodeArgs = [...extraNodeArgs, ...(profiled.has(kind) ? ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-name', `${label}.cpuprofile`] : [])];
  // Schedulers always serve metrics, with gc exposed: their live heap per host is measured (liveHeapBytes).
  if (kind === 'scheduler') nodeArgs.push('--expose-gc');
  if (values.metrics || kind === 'scheduler') args = [...args, '--metrics-port', '0'];
  const t = await spawnTracked(serviceEntry(name), { kind, label, args, nodeArgs, env, logFile: join(logDir, `${label}.log`), readyTimeoutMs }, (t) => {
    procs.push(t);
    t.process.once('exit', () => {
      if (!stopping) for (const w of wakeups) w();
    });
  });
  checkInterrupted();
  return t;
}

function deadProcess(): Tracked | undefined {
  return stopping ? undefined : procs.find((p) => p.exit !== undefined);
}

/** Resolves after `ms`, or early when a child dies or the bench is interrupted. */
function nap(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      wakeups.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    wakeups.add(done);
  });
}

async function listHypervisors(client: KumoClient): Promise<Hypervisor__Output[]> {
  const out: Hypervisor__Output[] = [];
  let token = '';
  do {
    const page = await client.hypervisors.ListHypervisors({ page_size: 1000, page_token: token });
    out.push(...page.hypervisors);
    token = page.next_page_token;
  } while (token);
  return out;
}

interface CpuSnapshot {
  at: number;
  byPid: Map<number, number>;
  nats: number;
  bench: number;
  varz: Varz;
  stateSeq?: number;
}

async function snapshot(): Promise<CpuSnapshot> {
  const byPid = new Map<number, number>();
  for (const p of procs) byPid.set(p.pid, cpuSeconds(p.pid) ?? NaN);
  const u = process.cpuUsage();
  return {
    at: performance.now(),
    byPid,
    nats: cpuSeconds(nats!.process.pid!) ?? NaN,
    bench: (u.user + u.system) / 1e6,
    varz: await varz(nats!.monitorUrl),
    stateSeq: await streamLastSeq(nats!.monitorUrl, STATE_STREAM),
  };
}

function logTails(): string {
  return procs
    .map((p) => {
      const lines = safeRead(p.logFile).trim().split('\n').filter(Boolean).slice(-15);
      return lines.length ? `--- ${p.label} (pid ${p.pid}${p.exit !== undefined ? `, exited ${p.exit}` : ''})\n${lines.join('\n')}` : '';
    })
    .filter(Boolean)
    .join('\n');
}

/** A subject without its ids: kumo.v1.rpc.host.<host> -> kumo.v1.rpc.host.*, _INBOX.<id>... -> _INBOX (replies), $JS.ACK.<stream>... -> $JS.ACK. */
function subjectKind(subject: string): string {
  const t = subject.split('.');
  if (t[0] === '_INBOX') return '_INBOX (replies)';
  if (t[0] === '$JS' && t[1] === 'ACK') return '$JS.ACK (consumer acks)';
  if (t[0] === '$JS' && t[1] === 'API') return `$JS.API.${t[2] ?? ''}${t[3] ? `.${t[3]}` : ''}`;
  if (t[0] === 'kumo' && t[2] === 'rpc') return t[3] === 'host' || t[3] === 'inst' ? `kumo.v1.rpc.${t[3]}.*` : t.slice(0, 4).join('.');
  if (t[0] === 'kumo' && t[2] === 'state') return `kumo.v1.state.${t[3]}.*`;
  if (t[0] === 'kumo' && t[2] === 'evt') return t[3] === 'host' ? 'kumo.v1.evt.host.*' : t.slice(0, 4).join('.');
  if (t[0] === 'kumo' && t[2] === 'notify') return `kumo.v1.notify.${t.slice(3).join('.')}`;
  return t.slice(0, 3).join('.');
}

let exitCode = 0;
let nc: NatsConnection | undefined;
const clients: KumoClient[] = [];
const leanClients: LeanUnaryClient[] = [];
try {
  const setupStarted = performance.now();
  nats = await startMonitoredNats({ storeDir: join(dir, 'nats') });
  // One project boots every server: no per-project quota may cut the storm short.
  const env = { KUMO_NATS_URL: nats.url, KUMO_DATA_DIR: dir, KUMO_LOG_LEVEL: 'warn', KUMO_QUOTA_DEFAULTS: 'instances=-1,cores=-1,ram_mb=-1' };
  const hostsBoundMs = 60_000 + hosts * 20;

  for (let i = 0; i < nConductors; i++) {
    const args = conductorConcurrency ? ['--concurrency', String(conductorConcurrency)] : [];
    await spawnKumo('kumo-conductor', 'conductor', `conductor-${i}`, args, { ...env, KUMO_DATA_DIR: join(dir, `conductor-${i}`) });
  }
  for (let i = 0; i < nSchedulers; i++) await spawnKumo('kumo-scheduler', 'scheduler', `scheduler-${i}`, [], env);
  // Scheduler memory before any host reported, to measure what the hosts cost it.
  await nap(500);
  const schedulers = procs.filter((p) => p.kind === 'scheduler');
  const schedRssEmpty = schedulers.map((p) => memoryMb(p.pid)?.rss ?? NaN);
  // The first scheduler's live heap is sampled while the hosts report (liveBytesPerHost).
  const schedMetricsPort = Number(schedulers[0]?.ready['metrics_port']);
  const liveSamples: Array<{ live: number; hosts: number }> = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling && !stopping) {
      const x = await liveHeapBytes(schedMetricsPort);
      if (x) liveSamples.push(x);
      await sleep(100);
    }
  })();

  const perCompute = Math.ceil(hosts / nComputes);
  const computeArgs = ['--host-vcpus', String(HOST.vcpus), '--host-ram-mb', String(HOST.memoryMb), '--host-disk-gb', String(HOST.diskGb)];
  computeArgs.push('--cpu-allocation-ratio', String(RATIOS.cpu), '--ram-allocation-ratio', String(RATIOS.ram), '--disk-allocation-ratio', String(RATIOS.disk));
  computeArgs.push('--fake-spawn-ms', String(fakeSpawnMs));
  if (heartbeatMs) computeArgs.push('--heartbeat-ms', String(heartbeatMs));
  await Promise.all(
    Array.from({ length: nComputes }, (_, c) => {
      const n = Math.min(perCompute, hosts - c * perCompute);
      return n > 0 ? spawnKumo('kumo-compute', 'compute', `compute-${c}`, ['--name', `storm${c}`, '--hosts', String(n), ...computeArgs], env, hostsBoundMs) : undefined;
    }),
  );
  for (let i = 0; i < nApis; i++) {
    const api = await spawnKumo('kumo-api', 'api', `api-${i}`, ['--port', '0', '--auth', 'noauth'], env);
    clients.push(new KumoClient({ url: String(api.ready['endpoint']), timeoutMs: 60_000 }));
    if (clientKind === 'lean') leanClients.push(new LeanUnaryClient(String(api.ready['endpoint'])));
  }
  const admin = clients[0]!;
  {
    const until = Date.now() + hostsBoundMs;
    for (;;) {
      const count = (await admin.hypervisors.GetHypervisorStatistics({})).count;
      if (count >= hosts) break;
      const dead = deadProcess();
      if (dead) throw new Error(`${dead.label} exited (${dead.exit}) while hosts were starting`);
      if (Date.now() > until) throw new Error(`only ${count} of ${hosts} hosts reported in ${hostsBoundMs / 1000} s`);
      checkInterrupted();
      await nap(200);
    }
  }
  await admin.flavors.CreateFlavor({ flavor: FLAVOR });
  const image = (await admin.images.CreateImage({ image: { name: 'cirros' } })).image!;
  await nap(1000); // let the schedulers take every report
  checkInterrupted();
  const schedRssHosts = schedulers.map((p) => memoryMb(p.pid)?.rss ?? NaN);
  sampling = false;
  await sampler;
  const lastSample = await liveHeapBytes(schedMetricsPort);
  if (lastSample) liveSamples.push(lastSample);
  const setupS = (performance.now() - setupStarted) / 1000;
  say(`${procs.length} processes up, ${hosts} hosts reported in ${round(setupS)} s; ${offeredRate ? `offering ${offeredRate} creates/s` : `${concurrency} concurrent creates`} of ${total} servers`);

  // ACTIVE and ERROR as they are logged, into the phase running (warm-up, then the storm).
  nc = await connect({ servers: nats.url, name: 'storm-bench' });
  interface Phase {
    activeAt: Map<string, number>;
    errorOf: Map<string, string>;
    createdAt: Map<string, number>;
    callStarts: number[];
    createFailures: string[];
    lastProgress: number;
    issued: number;
    inflight: number;
    inflightCapHit: number;
    started: number;
    submittedAt: number;
    endedAt: number;
    ending: string;
  }
  let phase: Phase | undefined; // undefined between phases: what completes then is not counted
  nc.subscribe(subjects.allServerStates(), {
    callback: (_err, msg) => {
      const ph = phase;
      if (!ph) return;
      // Only the id and status (the bench shares the machine it measures); an ERROR is decoded whole, for its fault.
      const seen = serverIdAndStatus(msg.data);
      if (!seen) return;
      if (seen.status === ACTIVE) {
        if (!ph.activeAt.has(seen.id)) {
          ph.activeAt.set(seen.id, performance.now());
          ph.lastProgress = performance.now();
        }
      } else if (seen.status === ERROR && !ph.errorOf.has(seen.id)) {
        ph.errorOf.set(seen.id, serverRecordCodec.decode(msg.data).server?.fault?.message ?? 'no fault');
        ph.lastProgress = performance.now();
      }
    },
  });
  await nc.flush();

  /**
   * Boots `count` servers, closed loop (`concurrency` callers) or open loop
   * (`rate` calls per second), and waits, bounded, until every one is ACTIVE
   * or ERROR (or its call failed), the duration limit, a stall, a child
   * dying or a signal.
   */
  const runPhase = async (name: string, count: number, rate: number | undefined, limitS: number): Promise<Phase> => {
    const ph: Phase = {
      activeAt: new Map(),
      errorOf: new Map(),
      createdAt: new Map(),
      callStarts: [],
      createFailures: [],
      lastProgress: performance.now(),
      issued: 0,
      inflight: 0,
      inflightCapHit: 0,
      started: performance.now(),
      submittedAt: 0,
      endedAt: 0,
      ending: '',
    };
    phase = ph;
    let submitting = true;
    const deadline = ph.started + limitS * 1000;
    const createOne = async (i: number, t: number): Promise<void> => {
      ph.callStarts.push(t);
      ph.inflight++;
      try {
        const req = { name: `${name}-${i}`, flavor_id: FLAVOR.id, image_id: image.id, min_count: 1, max_count: 1 };
        const res =
          clientKind === 'lean'
            ? await leanClients[i % leanClients.length]!.call<CreateServerRequest, CreateServerResponse__Output>(CREATE_SERVER_PATH, 'kumo.compute.v1.CreateServerRequest', 'kumo.compute.v1.CreateServerResponse', { ...req, request_id: newClientRequestId() }, 60_000)
            : await clients[i % clients.length]!.servers.api.CreateServer(req);
        for (const s of res.servers) ph.createdAt.set(s.id, t);
      } catch (err) {
        ph.createFailures.push((err as Error).message);
        ph.lastProgress = performance.now();
      } finally {
        ph.inflight--;
      }
    };
    let submitted: Promise<unknown>;
    if (rate === undefined) {
      // Closed loop: `concurrency` callers, each starting its next call when the previous one answers.
      const worker = async (): Promise<void> => {
        while (submitting && ph.issued < count) await createOne(ph.issued++, performance.now());
      };
      submitted = Promise.all(Array.from({ length: Math.min(concurrency, count) }, () => worker()));
    } else {
      // Open loop: call i is due at started + i / rate, whatever has completed; latency counts from when it was due.
      submitted = new Promise<void>((resolve) => {
        const tick = (): void => {
          const due = Math.min(count, Math.floor(((performance.now() - ph.started) * rate) / 1000) + 1);
          while (submitting && ph.issued < due) {
            if (ph.inflight >= maxInflight) {
              ph.inflightCapHit++;
              break;
            }
            const i = ph.issued++;
            void createOne(i, ph.started + (i * 1000) / rate);
          }
          if (!submitting || ph.issued >= count) {
            clearInterval(timer);
            resolve();
          }
        };
        const timer = setInterval(tick, 2);
        tick();
      });
    }
    void submitted.then(() => (ph.submittedAt = performance.now()));
    while (!ph.ending) {
      await nap(100);
      const now = performance.now();
      const finished = ph.activeAt.size + ph.errorOf.size + ph.createFailures.length;
      const dead = deadProcess();
      if (interrupted) ph.ending = `interrupted by ${interrupted}`;
      else if (dead) ph.ending = `${dead.label} exited (${dead.exit})`;
      else if (finished >= count && ph.issued >= count) ph.ending = 'done';
      else if (now > deadline) ph.ending = `duration limit of ${limitS} s reached`;
      else if (now - ph.lastProgress > stallTimeoutS * 1000 && ph.inflight === 0 && ph.issued >= count) ph.ending = `stalled: nothing reached ACTIVE or ERROR for ${stallTimeoutS} s`;
      else if (now - ph.lastProgress > stallTimeoutS * 1000 * 2) ph.ending = `stalled: nothing reached ACTIVE or ERROR for ${stallTimeoutS * 2} s`;
    }
    submitting = false;
    phase = undefined;
    ph.endedAt = performance.now();
    return ph;
  };

  // Warm-up (not measured): V8 compiles the hot paths and the stores and maps grow, as in a cloud that has run a while.
  let warmupActive = 0;
  if (warmup > 0) {
    const w = await runPhase('warmup', warmup, undefined, durationLimitS);
    warmupActive = w.activeAt.size;
    say(`warm-up: ${w.activeAt.size}/${warmup} ACTIVE in ${round((w.endedAt - w.started) / 1000, 1)} s (${w.ending})`);
    checkInterrupted();
    if (w.ending !== 'done' || w.activeAt.size !== warmup) throw new Error(`warm-up failed: ${w.ending}, ${w.activeAt.size}/${warmup} ACTIVE, ${w.errorOf.size} ERROR, ${w.createFailures.length} failed calls ${[...w.errorOf.values(), ...w.createFailures].slice(0, 2).join('; ')}`);
    await nap(1000);
  }

  // Background CPU: every kind while nothing boots (host heartbeats, timers, consumers polling).
  let idle: { cores: Record<string, number>; window_s: number } | null = null;
  if (idleProbeS > 0) {
    const a = await snapshot();
    await nap(idleProbeS * 1000);
    checkInterrupted();
    const b = await snapshot();
    const w = (b.at - a.at) / 1000;
    const cores: Record<string, number> = {};
    for (const k of KINDS) cores[k] = round(procs.filter((p) => p.kind === k).reduce((n, p) => n + (b.byPid.get(p.pid)! - a.byPid.get(p.pid)!), 0) / w, 3);
    cores['nats'] = round((b.nats - a.nats) / w, 3);
    idle = { cores, window_s: round(w, 2) };
  }
  const loadBefore = loadavg();
  // Optional: every message routed, by subject kind. It sees more than in_msgs: the JetStream server's own
  // messages (publish acks to _INBOX, deliveries to consumers) are not published by a client.
  const tapCounts = new Map<string, number>();
  let tapping = false;
  if (values.tap) {
    nc.subscribe('>', {
      callback: (_err, msg) => {
        if (!tapping) return;
        // A JetStream delivery shows the stored message's own subject (reply $JS.ACK...): told apart from the publish.
        const k = msg.reply?.startsWith('$JS.ACK.') ? `${subjectKind(msg.subject)} (JetStream delivery)` : subjectKind(msg.subject);
        tapCounts.set(k, (tapCounts.get(k) ?? 0) + 1);
      },
    });
    await nc.flush();
  }
  const before = await snapshot();
  tapping = true;
  const storm = await runPhase('storm', total, offeredRate, durationLimitS);
  tapping = false;
  const { activeAt, errorOf, createdAt, callStarts, createFailures, started, endedAt, submittedAt, issued, inflightCapHit, ending } = storm;
  if (ending !== 'done') say(`storm ended early: ${ending}`);
  checkInterrupted();
  await nap(1000); // trailing work of the last boots (instance-action records) counts too
  const after = await snapshot();
  const memory = new Map(procs.map((p) => [p.pid, memoryMb(p.pid)]));
  const natsMem = memoryMb(nats.process.pid!);
  const base = join(outDir, `storm-${stamp}`);
  const metricsFiles: string[] = [];
  if (values.metrics) {
    // Whatever each process exports (names are the metrics' owners' business): saved as-is.
    mkdirSync(`${base}-metrics`, { recursive: true });
    for (const p of procs) {
      const port = p.ready['metrics_port'];
      if (typeof port !== 'number') continue;
      try {
        const res = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(5000) });
        const file = join(`${base}-metrics`, `${p.label}.prom`);
        writeFileSync(file, await res.text());
        metricsFiles.push(file);
      } catch (err) {
        say(`could not scrape ${p.label}'s metrics: ${(err as Error).message}`);
      }
    }
  }

  // Checks: usage against capacity × ratio once the hosts' reports settled.
  let hvs: Hypervisor__Output[] = [];
  {
    const until = Date.now() + 15_000;
    for (;;) {
      hvs = await listHypervisors(admin);
      const running = hvs.reduce((n, h) => n + h.running_vms, 0);
      if (running >= activeAt.size + warmupActive || Date.now() > until || interrupted) break;
      await nap(250);
    }
  }
  const overcommitted = hvs.filter((h) => h.vcpus_used > h.vcpus * RATIOS.cpu || h.memory_mb_used > h.memory_mb * RATIOS.ram || h.local_gb_used > h.local_gb * RATIOS.disk);
  const runningVms = hvs.reduce((n, h) => n + h.running_vms, 0);
  const perHost = hvs.map((h) => h.running_vms).sort((a, b) => a - b);

  // Figures.
  const completions = [...activeAt].filter(([id]) => createdAt.has(id)).map(([id, at]) => ({ at, latency: at - createdAt.get(id)! }));
  const latencies = completions.map((c) => c.latency).sort((a, b) => a - b);
  const activeTimes = [...activeAt.values()].sort((a, b) => a - b);
  const lastActive = activeTimes.length ? activeTimes[activeTimes.length - 1]! : endedAt;
  const overallS = (lastActive - started) / 1000;
  const sustained = sustainedRate(activeTimes);
  const booted = activeAt.size;
  const processes = procs.map((p) => {
    const cpu = (after.byPid.get(p.pid) ?? NaN) - (before.byPid.get(p.pid) ?? NaN);
    const m = memory.get(p.pid);
    return { label: p.label, kind: p.kind, pid: p.pid, cpu_s: round(cpu, 2), peak_rss_mb: m ? round(m.hwm) : null, rss_mb: m ? round(m.rss) : null };
  });
  const cpuOf = (kind: ProcKind): number => processes.filter((p) => p.kind === kind).reduce((n, p) => n + p.cpu_s, 0);
  const natsCpu = after.nats - before.nats;
  const benchCpu = after.bench - before.bench;
  const perServer = (s: number): number | null => (booted > 0 ? Number((s / booted).toFixed(6)) : null);
  const cpuPerServer = {
    api: perServer(cpuOf('api')),
    conductor: perServer(cpuOf('conductor')),
    scheduler: perServer(cpuOf('scheduler')),
    compute: perServer(cpuOf('compute')),
    nats: perServer(natsCpu),
    bench: perServer(benchCpu),
  };
  const cpuTotalS = KINDS.reduce((n, k) => n + cpuOf(k), 0) + natsCpu;
  // The same per server with the idle background of the storm's window taken out: what booting itself costs.
  const windowS = (after.at - before.at) / 1000;
  const netOfIdle = (k: string, used: number): number | null => (idle && booted > 0 ? Number((Math.max(0, used - idle.cores[k]! * windowS) / booted).toFixed(6)) : null);
  const cpuPerServerNetOfIdle = idle
    ? { api: netOfIdle('api', cpuOf('api')), conductor: netOfIdle('conductor', cpuOf('conductor')), scheduler: netOfIdle('scheduler', cpuOf('scheduler')), compute: netOfIdle('compute', cpuOf('compute')), nats: netOfIdle('nats', natsCpu) }
    : null;
  const peakRss: Record<string, number | null> = {};
  for (const k of KINDS) {
    const peaks = processes.filter((p) => p.kind === k && p.peak_rss_mb !== null).map((p) => p.peak_rss_mb!);
    peakRss[k] = peaks.length ? round(Math.max(...peaks)) : null;
  }
  peakRss['nats'] = natsMem ? round(natsMem.hwm) : null;
  const schedRssEnd = schedulers.map((p) => memory.get(p.pid)?.rss ?? NaN);
  const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  // RSS growth from no hosts to all hosts reported: below ~1,000 hosts it is lost in the noise of the heap's growth.
  const schedBytesPerHost = hosts >= 1000 ? round(((avg(schedRssHosts) - avg(schedRssEmpty)) * 1024 * 1024) / hosts, 0) : null;
  // What the scheduler keeps per host: the slope of its live heap (after a full collection) over the hosts it holds.
  const schedLiveBytesPerHost = liveBytesPerHost(liveSamples, hosts) ?? NaN;
  const msgsIn = after.varz.in_msgs - before.varz.in_msgs;
  const msgsOut = after.varz.out_msgs - before.varz.out_msgs;
  const errorSamples = [...new Set(errorOf.values())].slice(0, 5);
  const failureSamples = [...new Set(createFailures)].slice(0, 5);
  const series = perSecond(callStarts.map((t) => t), completions, started);
  const windowFrom = activeTimes.length >= 10 ? (activeTimes[Math.floor(activeTimes.length * 0.1)]! - started) / 1000 : undefined;
  const windowTo = activeTimes.length >= 10 ? (activeTimes[Math.ceil(activeTimes.length * 0.9) - 1]! - started) / 1000 : undefined;

  const summary = {
    bench: 'storm',
    hosts,
    servers: total,
    concurrency: offeredRate === undefined ? concurrency : null,
    servers_per_s: round(sustained),
    servers_per_s_overall: round(overallS > 0 ? booted / overallS : 0),
    p50_ms: Math.round(percentile(latencies, 50)),
    p95_ms: Math.round(percentile(latencies, 95)),
    p99_ms: Math.round(percentile(latencies, 99)),
    cpu_s_per_server: cpuPerServer,
    peak_rss_mb: peakRss,
    nats_msgs_per_boot: booted > 0 ? round(msgsIn / booted, 2) : null,
    overcommitted_hosts: overcommitted.length,
    errors: errorOf.size,
    offered_rate: offeredRate ?? null,
    scheduler_bytes_per_host: schedBytesPerHost,
    scheduler_live_bytes_per_host: Number.isFinite(schedLiveBytesPerHost) ? schedLiveBytesPerHost : null,
    create_failures: createFailures.length,
    active: booted,
    not_active: total - booted,
    ending,
    results: `${base}.json`,
  };
  const result = {
    ...summary,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu_model: cpus()[0]?.model, node: process.version, loadavg_before: loadBefore, loadavg_after: loadavg() },
    node_args: extraNodeArgs,
    client: clientKind,
    topology: { apis: nApis, conductors: nConductors, schedulers: nSchedulers, computes: nComputes, hosts_per_compute: perCompute, conductor_concurrency: conductorConcurrency ?? 'default', heartbeat_ms: heartbeatMs ?? 'default' },
    host_size: { ...HOST, ratios: RATIOS, flavor: FLAVOR, fake_spawn_ms: fakeSpawnMs },
    mode: offeredRate === undefined ? 'closed' : 'open',
    warmup_servers: warmup,
    data_dir: values['data-dir'] ?? tmpdir(),
    setup_s: round(setupS, 2),
    storm_s: round((endedAt - started) / 1000, 2),
    submit_s: submittedAt ? round((submittedAt - started) / 1000, 2) : null,
    to_last_active_s: round(overallS, 2),
    sustained_window_s: windowFrom !== undefined && windowTo !== undefined ? [round(windowFrom, 2), round(windowTo, 2)] : null,
    latency_ms: {
      min: round(latencies[0] ?? 0),
      p50: round(percentile(latencies, 50)),
      p90: round(percentile(latencies, 90)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      p999: round(percentile(latencies, 99.9)),
      max: round(latencies[latencies.length - 1] ?? 0),
      from: offeredRate === undefined ? 'CreateServer call start' : 'the time the call was due (open loop)',
    },
    latency_ms_sustained_window: (() => {
      // Only the servers that reached ACTIVE inside the sustained window: steady state, without the start and the tail.
      if (windowFrom === undefined || windowTo === undefined) return null;
      const inWindow = completions.filter((c) => (c.at - started) / 1000 >= windowFrom && (c.at - started) / 1000 <= windowTo).map((c) => c.latency).sort((a, b) => a - b);
      return { count: inWindow.length, p50: round(percentile(inWindow, 50)), p95: round(percentile(inWindow, 95)), p99: round(percentile(inWindow, 99)) };
    })(),
    open_loop: offeredRate === undefined ? null : { offered_rate: offeredRate, issued, achieved_issue_rate: round(issued / (((submittedAt || endedAt) - started) / 1000)), max_inflight: maxInflight, inflight_cap_hit_ticks: inflightCapHit },
    cpu_s_per_server_net_of_idle: cpuPerServerNetOfIdle,
    idle_cpu_cores: idle,
    cpu_s: {
      api: round(cpuOf('api'), 2),
      conductor: round(cpuOf('conductor'), 2),
      scheduler: round(cpuOf('scheduler'), 2),
      compute: round(cpuOf('compute'), 2),
      nats: round(natsCpu, 2),
      bench: round(benchCpu, 2),
      total_without_bench: round(cpuTotalS, 2),
      cores_busy: round(cpuTotalS / ((after.at - before.at) / 1000), 2),
      window_s: round((after.at - before.at) / 1000, 2),
    },
    processes,
    nats: {
      in_msgs: msgsIn,
      out_msgs: msgsOut,
      in_msgs_per_boot: booted > 0 ? round(msgsIn / booted, 2) : null,
      out_msgs_per_boot: booted > 0 ? round(msgsOut / booted, 2) : null,
      in_bytes_per_boot: booted > 0 ? Math.round((after.varz.in_bytes - before.varz.in_bytes) / booted) : null,
      state_log_entries_per_boot: booted > 0 && before.stateSeq !== undefined && after.stateSeq !== undefined ? round((after.stateSeq - before.stateSeq) / booted, 2) : null,
      peak_rss_mb: peakRss['nats'],
    },
    scheduler_memory: {
      rss_mb_no_hosts: schedRssEmpty.map((x) => round(x)),
      rss_mb_hosts_reported: schedRssHosts.map((x) => round(x)),
      rss_mb_after_storm: schedRssEnd.map((x) => round(x)),
      bytes_per_host: schedBytesPerHost,
      live_heap_samples: liveSamples.map((x) => ({ hosts: x.hosts, live_bytes: x.live })),
      live_bytes_per_host: Number.isFinite(schedLiveBytesPerHost) ? schedLiveBytesPerHost : null,
    },
    checks: {
      overcommitted_hosts: overcommitted.length,
      overcommitted: overcommitted.slice(0, 10).map((h) => ({ host: h.host, vcpus: `${h.vcpus_used}/${h.vcpus}`, memory_mb: `${h.memory_mb_used}/${h.memory_mb}`, local_gb: `${h.local_gb_used}/${h.local_gb}` })),
      hypervisors_listed: hvs.length,
      running_vms: runningVms,
      servers_per_host: { min: perHost[0] ?? 0, median: percentile(perHost, 50), max: perHost[perHost.length - 1] ?? 0 },
      errors: errorOf.size,
      error_samples: errorSamples,
      create_failures: createFailures.length,
      create_failure_samples: failureSamples,
      not_active: total - booted,
    },
    nats_msgs_by_subject_per_boot: values.tap && booted > 0 ? Object.fromEntries([...tapCounts].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, round(n / booted, 2)])) : null,
    metrics_files: metricsFiles,
    cpu_profiles: profiled.size ? profDir : null,
    series,
  };

  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  const title = `bench:storm ${hosts} hosts, ${total} servers, ${offeredRate ? `${offeredRate}/s offered` : `concurrency ${concurrency}`} — ${summary.servers_per_s} servers/s sustained, p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms`;
  writeFileSync(`${base}.svg`, chartSvg(series, title, windowFrom !== undefined && windowTo !== undefined ? { from: windowFrom, to: windowTo } : undefined));

  const f = (x: number | null): string => (x === null ? '-' : (x * 1000).toFixed(2));
  const out = [
    `storm: ${booted}/${total} servers ACTIVE on ${hosts} hosts (${nApis} api, ${nConductors} conductor, ${nSchedulers} scheduler, ${nComputes} compute; ${offeredRate ? `open loop ${offeredRate}/s` : `concurrency ${concurrency}`}) — ${ending}`,
    `  throughput: ${summary.servers_per_s} servers/s sustained (10%–90% of completions), ${summary.servers_per_s_overall} overall (${round(overallS, 2)} s to the last ACTIVE)`,
    `  create-to-ACTIVE: p50 ${summary.p50_ms} ms, p95 ${summary.p95_ms} ms, p99 ${summary.p99_ms} ms, max ${Math.round(result.latency_ms.max)} ms` +
      (result.latency_ms_sustained_window ? `; in the sustained window p50 ${Math.round(result.latency_ms_sustained_window.p50)} ms, p99 ${Math.round(result.latency_ms_sustained_window.p99)} ms` : ''),
    `  CPU ms per server: api ${f(cpuPerServer.api)}, conductor ${f(cpuPerServer.conductor)}, scheduler ${f(cpuPerServer.scheduler)}, compute ${f(cpuPerServer.compute)}, nats ${f(cpuPerServer.nats)} (bench driver ${f(cpuPerServer.bench)}); ${result.cpu_s.cores_busy} cores busy`,
    ...(idle && cpuPerServerNetOfIdle
      ? [
          `  idle background, cores: ${Object.entries(idle.cores).map(([k, v]) => `${k} ${v}`).join(', ')}; CPU ms per server net of it: ${Object.entries(cpuPerServerNetOfIdle).map(([k, v]) => `${k} ${f(v)}`).join(', ')}`,
        ]
      : []),
    `  peak RSS MB: ${Object.entries(peakRss).map(([k, v]) => `${k} ${v}`).join(', ')}; scheduler ${Number.isFinite(schedLiveBytesPerHost) ? `${schedLiveBytesPerHost} bytes/host (live heap after a full GC, per host added)` : 'live bytes/host: -'}${schedBytesPerHost === null ? '' : `, ~${schedBytesPerHost} bytes/host RSS growth`}`,
    `  NATS: ${summary.nats_msgs_per_boot} messages in per boot (${result.nats.out_msgs_per_boot} out), ${result.nats.state_log_entries_per_boot ?? '-'} state-log entries per boot`,
    ...(result.nats_msgs_by_subject_per_boot ? [`  NATS messages per boot by subject: ${Object.entries(result.nats_msgs_by_subject_per_boot).map(([k, n]) => `${k} ${n}`).join(', ')}`] : []),
    `  checks: ${overcommitted.length} over-committed hosts, ${errorOf.size} ERROR, ${createFailures.length} failed calls, ${total - booted} not ACTIVE; servers per host min ${result.checks.servers_per_host.min} / median ${result.checks.servers_per_host.median} / max ${result.checks.servers_per_host.max}`,
    ...errorSamples.map((e) => `    ERROR: ${e}`),
    ...failureSamples.map((e) => `    call failed: ${e}`),
    `  wrote ${base}.json and ${base}.svg${profiled.size ? `; CPU profiles go to ${profDir} when the processes exit` : ''}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (ending !== 'done' || overcommitted.length > 0 || booted !== total) exitCode = 1;
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} catch (err) {
  exitCode = interrupted ? 130 : 1;
  say(`failed: ${(err as Error).message}`);
  const tails = interrupted ? '' : logTails();
  if (tails) process.stderr.write(`${tails}\n`);
} finally {
  for (const c of clients) c.close();
  for (const c of leanClients) c.close();
  await nc?.close().catch(() => undefined);
  await cleanup();
}
process.exit(exitCode);
