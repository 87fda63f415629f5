// bench:boot — boots servers through the real processes (api, conductor,
// scheduler, compute over a private nats-server with JetStream and LMDB)
// and reports servers/s to ACTIVE and create-to-ACTIVE latency.
//
//   npm run bench:boot -- --hosts 100 --servers 2000 [--concurrency 64] [--batch 1] [--computes 1]
//
// ACTIVE is observed on the state log subjects, the moment the host's
// record is stored, so the figures do not include client polling.
import { connect } from 'nats';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { subjects } from '../../pkg/actor/subjects.js';
import { KumoClient } from '../../pkg/client/client.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { startNatsServer } from '../../pkg/util/nats_server.js';

const { values } = parseArgs({
  options: {
    hosts: { type: 'string', default: '100' },
    servers: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '64' },
    batch: { type: 'string', default: '1' },
    computes: { type: 'string', default: '1' },
  },
});
const hosts = Number(values.hosts);
const total = Number(values.servers);
const concurrency = Number(values.concurrency);
const batch = Number(values.batch);
const computes = Number(values.computes);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const dir = mkdtempSync(join(tmpdir(), 'kumo-bench-'));
const procs: ChildService[] = [];
const nats = await startNatsServer({ storeDir: join(dir, 'nats') });
try {
  // One project boots every server: no per-project quota may cut the storm short.
  const env = { KUMO_NATS_URL: nats.url, KUMO_DATA_DIR: dir, KUMO_LOG_LEVEL: 'warn', KUMO_QUOTA_DEFAULTS: 'instances=-1,cores=-1,ram_mb=-1' };
  procs.push(await spawnService('kumo-conductor', { env }));
  procs.push(await spawnService('kumo-scheduler', { env }));
  const perCompute = Math.ceil(hosts / computes);
  for (let c = 0; c < computes; c++) {
    const n = Math.min(perCompute, hosts - c * perCompute);
    procs.push(await spawnService('kumo-compute', { env, args: ['--name', `bench${c}`, '--hosts', String(n)], label: `compute-${c}` }));
  }
  const api = await spawnService('kumo-api', { env, args: ['--port', '0', '--auth', 'noauth'] });
  procs.push(api);
  const client = new KumoClient({ url: String(api.ready['endpoint']), timeoutMs: 60_000 });
  while ((await client.hypervisors.ListHypervisors({})).hypervisors.length < hosts) await new Promise((r) => setTimeout(r, 100));
  await client.flavors.CreateFlavor({ flavor: { id: '1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
  const image = (await client.images.CreateImage({ image: { name: 'cirros' } })).image!;

  // Watch the state log for ACTIVE (and ERROR).
  const nc = await connect({ servers: nats.url });
  const activeAt = new Map<string, number>();
  const errors = new Set<string>();
  let allDone: () => void = () => undefined;
  const done = new Promise<void>((r) => (allDone = r));
  nc.subscribe(subjects.allServerStates(), {
    callback: (_err, msg) => {
      const rec = serverRecordCodec.decode(msg.data);
      const s = rec.server!;
      if (s.status === 'SERVER_STATUS_ACTIVE' && !activeAt.has(s.id)) activeAt.set(s.id, performance.now());
      else if (s.status === 'SERVER_STATUS_ERROR') errors.add(s.id);
      if (activeAt.size + errors.size >= total) allDone();
    },
  });
  await nc.flush();

  const createdAt = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const count = Math.min(batch, total - next);
      next += count;
      const t = performance.now();
      const res = await client.servers.api.CreateServer({ name: 'bench', flavor_id: '1', image_id: image.id, min_count: count, max_count: count });
      for (const s of res.servers) createdAt.set(s.id, t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  const submitted = performance.now();
  const timeout = setTimeout(() => allDone(), 120_000);
  await done;
  clearTimeout(timeout);
  const finished = Math.max(...activeAt.values());

  const latencies = [...activeAt].filter(([id]) => createdAt.has(id)).map(([id, t]) => t - createdAt.get(id)!).sort((a, b) => a - b);
  const elapsedS = (finished - started) / 1000;
  const hvs = (await client.hypervisors.ListHypervisors({})).hypervisors;
  const overcommitted = hvs.filter((h) => h.memory_mb_used > h.memory_mb * 1.5 || h.vcpus_used > h.vcpus * 16 || h.local_gb_used > h.local_gb).length;
  const result = {
    bench: 'boot',
    hosts,
    servers: total,
    concurrency,
    batch,
    active: activeAt.size,
    errors: errors.size,
    servers_per_s: Math.round((activeAt.size / elapsedS) * 10) / 10,
    submit_s: Math.round((submitted - started) / 10) / 100,
    elapsed_s: Math.round(elapsedS * 100) / 100,
    p50_ms: Math.round(percentile(latencies, 50)),
    p99_ms: Math.round(percentile(latencies, 99)),
    overcommitted_hosts: overcommitted,
  };
  process.stdout.write(
    `booted ${activeAt.size}/${total} servers on ${hosts} hosts in ${result.elapsed_s} s: ${result.servers_per_s} servers/s; ` +
      `create-to-ACTIVE p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms; ${errors.size} in ERROR; ${overcommitted} over-committed hosts\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
  client.close();
  await nc.close();
} finally {
  for (const p of procs.reverse()) await p.stop();
  await nats.stop();
  rmSync(dir, { recursive: true, force: true });
}
