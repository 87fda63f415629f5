// `npm run test:chaos`: a bounded chaos suite on real processes. During a
// burst of 300 creates plus actions (stop, start, reboot, delete), it
// SIGKILLs and restarts, one at a time, a conductor, a scheduler, a compute
// process, the API and the nats-server (JetStream on a file store, so it
// survives); then, on a 3-server NATS cluster with the state log at 3
// replicas, it kills one NATS server (the stream's leader). After each fault
// it checks the invariants (checks.ts), prints what it injected and what it
// checked, and ends with one JSON line; the exit code says whether all held.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATE_STREAM } from '../../pkg/actor/subjects.js';
import { KumoClient } from '../../pkg/client/client.js';
import { freePort } from '../../pkg/util/net.js';
import { observer } from '../support/views.js';
import { runChecks, type CheckResult } from './checks.js';
import { NatsFleet, Processes } from './harness.js';
import { Acknowledged, burst } from './workload.js';

const HARD_LIMIT_MS = Number(process.env['KUMO_CHAOS_LIMIT_MS'] ?? 420_000);
/** `single` or `cluster` runs one part only (debugging). */
const ONLY = process.env['KUMO_CHAOS_ONLY'] ?? '';
const COMPUTES = [
  { name: 'ka', hosts: 3 },
  { name: 'kb', hosts: 3 },
];

interface PhaseReport {
  phase: string;
  injected: string;
  creates: number;
  actions: number;
  unknown: number;
  checks: CheckResult[];
  ms: number;
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** A cloud of separate processes on the given NATS: 2 conductors, 2 schedulers, 2 compute processes, 1 API. */
async function startCloud(procs: Processes, natsUrl: string, dataDir: string, extraEnv: Record<string, string>): Promise<{ endpoint: string }> {
  const env = {
    KUMO_NATS_URL: natsUrl,
    KUMO_LOG_LEVEL: 'error',
    KUMO_HEARTBEAT_MS: '500',
    KUMO_SERVICE_DOWN_TIME: '3',
    KUMO_SWEEP_INTERVAL: '1',
    KUMO_SCHEDULING_TIMEOUT: '10',
    KUMO_INSTANCE_BUILD_TIMEOUT: '20',
    KUMO_TASK_TIMEOUT: '20',
    KUMO_ANTI_ENTROPY_INTERVAL: '2',
    KUMO_FAKE_SPAWN_MS: '150',
    KUMO_FAKE_POWER_MS: '100',
    KUMO_HOST_VCPUS: '64',
    KUMO_HOST_RAM_MB: '65536',
    ...extraEnv,
  };
  for (let i = 0; i < 2; i++) await procs.start({ label: `conductor-${i}`, service: 'kumo-conductor', args: [], env: { ...env, KUMO_DATA_DIR: join(dataDir, `c${i}`) } });
  for (let i = 0; i < 2; i++) await procs.start({ label: `scheduler-${i}`, service: 'kumo-scheduler', args: [], env: { ...env, KUMO_DATA_DIR: dataDir } });
  for (const c of COMPUTES) await procs.start({ label: `compute-${c.name}`, service: 'kumo-compute', args: ['--name', c.name, '--hosts', String(c.hosts)], env: { ...env, KUMO_DATA_DIR: dataDir } });
  const port = await freePort();
  // noauth (Nova's noauth2): the suite is the admin of project `default`.
  await procs.start({ label: 'api', service: 'kumo-api', args: ['--port', String(port), '--auth', 'noauth'], env: { ...env, KUMO_DATA_DIR: dataDir } });
  return { endpoint: `127.0.0.1:${port}` };
}

function hostNames(c: { name: string; hosts: number }): string[] {
  return Array.from({ length: c.hosts }, (_, i) => `${c.name}-${i + 1}`);
}

async function waitHosts(client: KumoClient, n: number): Promise<void> {
  const until = Date.now() + 30_000;
  while ((await client.hypervisors.ListHypervisors({})).hypervisors.length < n) {
    if (Date.now() > until) throw new Error('hosts did not report');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'kumo-chaos-'));
  const reports: PhaseReport[] = [];
  let fleet: NatsFleet | undefined;
  let procs = new Processes();
  const cleanup = async (): Promise<void> => {
    await procs.stopAll().catch(() => undefined);
    await fleet?.stopAll().catch(() => undefined);
  };
  const watchdog = setTimeout(() => {
    say(`chaos: over the ${HARD_LIMIT_MS} ms bound; stopping`);
    void cleanup().finally(() => process.exit(2));
  }, HARD_LIMIT_MS);
  async function singleServer(): Promise<void> {
    fleet = await NatsFleet.create(join(root, 'nats1'), 1);
    const data1 = join(root, 'data1');
    const { endpoint } = await startCloud(procs, fleet.url, data1, {});
    const client = new KumoClient({ url: endpoint, timeoutMs: 15_000 });
    await waitHosts(client, 6);
    await client.quotas.set('default', { instances: -1, cores: -1, ram_mb: -1 });
    await client.flavors.create({ id: 'chaos', name: 'chaos', vcpus: 1, ram_mb: 256, disk_gb: 1 });
    const image = await client.images.create({ name: 'chaos-img' });
    const obs = await observer(fleet.url);
    const ack = new Acknowledged();
    const computes = COMPUTES.map((c) => ({ dir: join(data1, `compute-${c.name}`), hosts: hostNames(c) }));
    const faults: Array<{ label: string; inject: () => Promise<void> }> = [
      { label: 'SIGKILL conductor-0, restart', inject: () => procs.kill('conductor-0').then(() => procs.restart('conductor-0')) },
      { label: 'SIGKILL scheduler-0, restart', inject: () => procs.kill('scheduler-0').then(() => procs.restart('scheduler-0')) },
      { label: 'SIGKILL compute-kb (3 hosts), restart', inject: () => procs.kill('compute-kb').then(() => procs.restart('compute-kb')) },
      { label: 'SIGKILL kumo-api, restart', inject: () => procs.kill('api').then(() => procs.restart('api')) },
      {
        label: 'SIGKILL nats-server, restart on its file store',
        inject: async () => {
          await fleet!.kill(0);
          await new Promise((r) => setTimeout(r, 500));
          await fleet!.start(0);
          await fleet!.waitJetStream();
        },
      },
    ];
    for (const [i, f] of faults.entries()) {
      const t0 = Date.now();
      const before = { created: ack.created.size, actions: ack.actionsOk, unknown: ack.unknown };
      let injected: Promise<void> | undefined;
      // 12 calls x 5 servers = 60 creates per fault, 300 in all; the fault lands a third of the way in.
      await burst(client, ack, { phase: `p${i}`, calls: 12, perCall: 5, concurrency: 3, flavorId: 'chaos', imageId: image.id }, (issued) => {
        if (issued === 4 && !injected) injected = new Promise((r) => setTimeout(r, 300)).then(f.inject);
      });
      await injected;
      say(`chaos: injected ${f.label}`);
      const checks = await runChecks({ client, observer: obs, ack, conductors: 2, computes, settleMs: 90_000 });
      const crashed = procs.crashed();
      checks.push({ name: 'no process crashed', ok: crashed.length === 0, detail: crashed.join(', ') || 'all running' });
      reports.push({ phase: `p${i}`, injected: f.label, creates: ack.created.size - before.created, actions: ack.actionsOk - before.actions, unknown: ack.unknown - before.unknown, checks, ms: Date.now() - t0 });
      for (const c of checks) say(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
    }
    client.close();
    await obs.drain();
    await procs.stopAll();
    await fleet.stopAll();
  }

  async function cluster(): Promise<void> {
    procs = new Processes();
    fleet = await NatsFleet.create(join(root, 'nats3'), 3);
    const data2 = join(root, 'data2');
    const cloud2 = await startCloud(procs, fleet.url, data2, { KUMO_STATE_REPLICAS: '3' });
    const client2 = new KumoClient({ url: cloud2.endpoint, timeoutMs: 15_000 });
    await waitHosts(client2, 6);
    await client2.quotas.set('default', { instances: -1, cores: -1, ram_mb: -1 });
    await client2.flavors.create({ id: 'chaos', name: 'chaos', vcpus: 1, ram_mb: 256, disk_gb: 1 });
    const image2 = await client2.images.create({ name: 'chaos-img' });
    const obs2 = await observer(fleet.url);
    const jsm = await obs2.nc.jetstreamManager();
    const info = await jsm.streams.info(STATE_STREAM);
    const leader = info.cluster?.leader ?? 'n0';
    const replicas = info.config.num_replicas;
    const ack2 = new Acknowledged();
    const t0 = Date.now();
    let injected: Promise<void> | undefined;
    const victim = fleet.nodes.findIndex((n) => n.name === leader);
    await burst(client2, ack2, { phase: 'cl', calls: 12, perCall: 5, concurrency: 3, flavorId: 'chaos', imageId: image2.id }, (issued) => {
      if (issued === 4 && !injected) injected = new Promise((r) => setTimeout(r, 300)).then(() => fleet!.kill(victim < 0 ? 0 : victim));
    });
    await injected;
    const label = `SIGKILL nats-server ${leader} (stream leader; stream replicas ${replicas}), left down`;
    say(`chaos: injected ${label}`);
    const checks = await runChecks({ client: client2, observer: obs2, ack: ack2, conductors: 2, computes: COMPUTES.map((c) => ({ dir: join(data2, `compute-${c.name}`), hosts: hostNames(c) })), settleMs: 90_000 });
    checks.push({ name: 'state log replicated 3 ways', ok: replicas === 3, detail: `num_replicas ${replicas}` });
    const crashed = procs.crashed();
    checks.push({ name: 'no process crashed', ok: crashed.length === 0, detail: crashed.join(', ') || 'all running' });
    reports.push({ phase: 'cluster', injected: label, creates: ack2.created.size, actions: ack2.actionsOk, unknown: ack2.unknown, checks, ms: Date.now() - t0 });
    for (const c of checks) say(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
    client2.close();
    await obs2.drain();
  }

  try {
    // ---- Part 1: one nats-server; each Kumo process, then NATS itself, killed during a burst.
    if (ONLY !== 'cluster') await singleServer();
    // ---- Part 2: a 3-server NATS cluster, the state log at 3 replicas; the stream leader is killed during a burst.
    if (ONLY !== 'single') await cluster();
  } catch (err) {
    say(`chaos: aborted: ${(err as Error).stack ?? String(err)}`);
    reports.push({ phase: 'aborted', injected: '', creates: 0, actions: 0, unknown: 0, checks: [{ name: 'suite ran to the end', ok: false, detail: (err as Error).message }], ms: 0 });
  } finally {
    clearTimeout(watchdog);
    await cleanup();
    rmSync(root, { recursive: true, force: true });
  }
  const all = reports.flatMap((r) => r.checks);
  const failed = all.filter((c) => !c.ok).length;
  say(`${all.length - failed} passed, ${failed} failed`);
  say(
    JSON.stringify({
      suite: 'chaos',
      ok: failed === 0,
      ms: Date.now() - started,
      creates_acknowledged: reports.reduce((n, r) => n + r.creates, 0),
      actions_acknowledged: reports.reduce((n, r) => n + r.actions, 0),
      outcome_unknown_calls: reports.reduce((n, r) => n + r.unknown, 0),
      phases: reports.map((r) => ({ phase: r.phase, injected: r.injected, ms: r.ms, creates: r.creates, actions: r.actions, failed: r.checks.filter((c) => !c.ok).map((c) => c.name) })),
    }),
  );
  return failed === 0 ? 0 : 1;
}

process.exit(await main());
