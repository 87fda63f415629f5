// bench:view — ListServers at 100,000 servers. Appends 100,000 server
// records to a real state log (JetStream on a private nats-server), starts a
// real kumo-conductor, which applies them to its LMDB view through its
// normal apply path (servers table and listing index), and a real kumo-api;
// then measures ListServers page latency through the API with the SDK
// (100-server pages: the first page, deep pages reached with page tokens,
// and filtered pages) and the view's bytes per server (the LMDB file over
// the server count). Prints figures, then one JSON line.
//
//   npm run bench:view [-- --servers 100000 --samples 200]
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from 'nats';
import { randomUUID } from 'node:crypto';
import { KumoClient } from '../../pkg/client/client.js';
import type { ListServersRequest, ServerRecord } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { ensureStateStream, StateLog } from '../../pkg/statelog/statelog.js';
import { spawnService } from '../../pkg/util/children.js';
import { startTestNats, tempDir } from '../support/nats.js';

const { values } = parseArgs({ options: { servers: { type: 'string', default: '100000' }, samples: { type: 'string', default: '200' } } });
const SERVERS = Number(values.servers);
// KUMO_BENCH_PROFILE_DIR=DIR: the conductor and API write V8 CPU profiles there (summarise with profile_top.js).
const profileDir = process.env['KUMO_BENCH_PROFILE_DIR'];
const profileArgs = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
const SAMPLES = Number(values.samples);
const PROJECT = 'default';
const STATUSES = ['SERVER_STATUS_ACTIVE', 'SERVER_STATUS_ACTIVE', 'SERVER_STATUS_ACTIVE', 'SERVER_STATUS_SHUTOFF', 'SERVER_STATUS_ERROR'] as const;

/** A record shaped as a booted server's: flavor, image properties, request spec, one port. */
function record(i: number, t0: number): ServerRecord {
  const id = randomUUID();
  const created = t0 + i * 10;
  const ts = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });
  const flavor = { id: `f${i % 4}`, name: `m1.size${i % 4}`, vcpus: 1 + (i % 4), ram_mb: 512 << i % 4, disk_gb: 10, extra_specs: { 'hw:cpu_policy': 'shared' } };
  const status = STATUSES[i % STATUSES.length]!;
  return {
    server: {
      id,
      name: `web-${String(i).padStart(6, '0')}`,
      project_id: PROJECT,
      user_id: 'bench-user',
      status,
      vm_state: status === 'SERVER_STATUS_ACTIVE' ? 'VM_STATE_ACTIVE' : status === 'SERVER_STATUS_SHUTOFF' ? 'VM_STATE_STOPPED' : 'VM_STATE_ERROR',
      power_state: status === 'SERVER_STATUS_ACTIVE' ? 'POWER_STATE_RUNNING' : 'POWER_STATE_SHUTDOWN',
      flavor,
      image_id: '3f0c2a4e-6a0e-4c54-8a8e-0d3c1a2b4c5d',
      host: `host-${i % 500}`,
      availability_zone: 'nova',
      key_name: 'bench',
      metadata: { role: 'web', tier: String(i % 3) },
      create_time: ts(created),
      update_time: ts(created + 5000),
      launched_time: ts(created + 3000),
      reservation_id: `r-${Math.floor(i / 10)}`,
      addresses: [{ network: 'default', address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, version: 4, mac_address: 'fa:16:3e:00:00:01' }],
    },
    generation: 2,
    image_properties: { os_distro: 'cirros', hw_disk_bus: 'virtio' },
    request_id: `req-${id}`,
    request_spec: { flavor, project_id: PROJECT, availability_zone: '' },
  } as ServerRecord;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await call();
  const ms: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    await call();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(44)} p50 ${percentile(ms, 50).toFixed(2)} ms  p99 ${percentile(ms, 99).toFixed(2)} ms`);
  return ms;
}

const nats = await startTestNats();
const data = tempDir('kumo-bench-view-');
const env = { KUMO_NATS_URL: nats.url, KUMO_DATA_DIR: data.path, KUMO_LOG_LEVEL: 'warn' };
const children: Array<{ stop(): Promise<unknown> }> = [];
try {
  const nc = await connect({ servers: nats.url });
  await ensureStateStream(nc);
  const log = new StateLog(nc);
  const t0 = Date.now() - SERVERS * 10 - 60_000;
  let started = performance.now();
  const WINDOW = 1000;
  for (let base = 0; base < SERVERS; base += WINDOW) {
    await Promise.all(
      Array.from({ length: Math.min(WINDOW, SERVERS - base) }, (_, j) => {
        const r = record(base + j, t0);
        return log.append('server', r.server!.id!, 2, 'put', serverRecordCodec.encode(r));
      }),
    );
  }
  console.log(`appended ${SERVERS} server records to the state log in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await nc.drain();

  started = performance.now();
  const conductor = await spawnService('kumo-conductor', { env, label: 'conductor', readyTimeoutMs: 600_000, nodeArgs: profileArgs });
  children.push(conductor);
  console.log(`conductor applied them (started serving) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const api = await spawnService('kumo-api', { env, args: ['--port', '0', '--auth', 'noauth'], nodeArgs: profileArgs });
  children.push(api);
  const client = new KumoClient({ url: String(api.ready['endpoint']) });

  const file = join(data.path, 'conductor', 'data.mdb');
  const bytes = statSync(file).size;
  const bytesPerServer = Math.round(bytes / SERVERS);
  console.log(`view: ${(bytes / 1024 / 1024).toFixed(1)} MiB LMDB file, ${bytesPerServer} bytes per server (servers table + listing index + the rest)`);

  const list = (req: ListServersRequest) => client.servers.api.ListServers({ page_size: 100, ...req });
  // A token 100 pages (10,000 servers) deep, and one 500 pages deep, for each sort.
  const deepToken = async (pages: number, req: ListServersRequest = {}): Promise<string> => {
    let token = '';
    for (let i = 0; i < pages; i++) token = (await list({ ...req, page_token: token })).next_page_token;
    return token;
  };
  const deep100 = await deepToken(100);
  const deep500 = await deepToken(500);
  const byName = await deepToken(300, { sort_key: 'name', sort_dir: 'asc' });

  console.log(`ListServers, 100-server pages, ${SAMPLES} samples each (client to API to conductor and back):`);
  const all: number[] = [];
  all.push(...(await measure('first page (created_at desc)', () => list({}))));
  all.push(...(await measure('page 101 (token)', () => list({ page_token: deep100 }))));
  all.push(...(await measure('page 501 (token)', () => list({ page_token: deep500 }))));
  all.push(...(await measure('sort name asc, page 301', () => list({ sort_key: 'name', sort_dir: 'asc', page_token: byName }))));
  all.push(...(await measure('sort updated_at asc, first page', () => list({ sort_key: 'updated_at', sort_dir: 'asc' }))));
  all.push(...(await measure('filter status=SHUTOFF (1 in 5)', () => list({ status: 'SERVER_STATUS_SHUTOFF' }))));
  all.push(...(await measure('filter host=host-7 (1 in 500)', () => list({ host: 'host-7' }))));
  all.push(...(await measure('filter name regex ^web-0012', () => list({ name: '^web-0012' }))));
  all.push(...(await measure('filter flavor f2 + image', () => list({ flavor_id: 'f2', image_id: '3f0c2a4e-6a0e-4c54-8a8e-0d3c1a2b4c5d' }))));
  const since = { seconds: Math.floor((t0 + (SERVERS - 500) * 10) / 1000), nanos: 0 };
  all.push(...(await measure('changes_since (last 500), sort updated_at', () => list({ changes_since: since, sort_key: 'updated_at', sort_dir: 'asc' }))));
  all.sort((a, b) => a - b);
  const p50 = Number(percentile(all, 50).toFixed(2));
  const p99 = Number(percentile(all, 99).toFixed(2));
  console.log(`all pages: p50 ${p50} ms, p99 ${p99} ms (targets: p99 < 20 ms, < 4096 bytes per server)`);
  client.close();
  console.log(JSON.stringify({ bench: 'view', servers: SERVERS, p50_ms: p50, p99_ms: p99, bytes_per_server: bytesPerServer }));
} finally {
  for (const c of children.reverse()) await c.stop();
  await nats.cleanup();
  data.remove();
}
