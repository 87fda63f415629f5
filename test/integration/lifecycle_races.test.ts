// Actions racing each other across real processes: a delete during a
// snapshot, a shelve, a cold or live migration, a revert, or while a resize
// awaits confirmation; a move that outlives its bound; and an evacuated
// server's old host returning before the evacuation finished. Whatever the
// interleaving, the server ends up on one host or none, no task_state is
// left behind, and every host's usage equals what it holds.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Server__Output, ServerStatus__Output } from '../../pkg/gen/types.js';
import pino from 'pino';
import { ActorSystem } from '../../pkg/actor/runtime.js';
import { nextRecord, serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { StateLog } from '../../pkg/statelog/statelog.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone as waitGoneOf, waitStatus as waitStatusOf } from '../support/expect.js';

let cloud: TestCloud;
let imageId = '';

// Copies (cold and live), snapshots and power operations take long enough to act in the middle of them.
// cC builds slowly (an evacuation lands there); cT bounds moves at 1 s but copies for 3 s.
const FAKE = JSON.stringify({
  default: { migrate_ms: 1500, snapshot_ms: 1500, power_ms: 30 },
  cC: { spawn_ms: 6000 },
  cT: { migrate_ms: 3000 },
});
const HOSTS = ['cA', 'cB', 'cC', 'cT'];
const argsOf = (name: string): string[] => ['--name', name, '--hosts', '1', '--heartbeat-ms', '300', '--fake-settings', FAKE, ...(name === 'cT' ? ['--migration-timeout', '1'] : [])];

const api = () => cloud.client.servers.api;
const waitStatus = (id: string, status: ServerStatus__Output, timeoutMs?: number): Promise<Server__Output> => waitStatusOf(cloud.client, id, status, timeoutMs);
const waitGone = (id: string): Promise<void> => waitGoneOf(cloud.client, id);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function boot(name: string, host: string): Promise<Server__Output> {
  const { servers } = await api().CreateServer({ name, flavor_id: 'small', image_id: imageId, scheduler_hints: { target_host: host } });
  const s = await waitStatus(servers[0]!.id, 'SERVER_STATUS_ACTIVE');
  assert.equal(s.host, host);
  return s;
}

async function usage(): Promise<Record<string, number>> {
  const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
  return Object.fromEntries(hvs.map((h) => [h.host, h.vcpus_used]));
}

/** Every host's usage reaches `expected` (and stays there a moment: a late claim would show). */
async function waitUsage(expected: Record<string, number>, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const u = await usage();
    if (Object.entries(expected).every(([h, n]) => u[h] === n)) break;
    if (Date.now() > until) assert.deepEqual(u, expected, 'host usage');
    await sleep(100);
  }
  await sleep(500);
  const settled = await usage();
  assert.deepEqual(Object.fromEntries(Object.keys(expected).map((h) => [h, settled[h]])), expected, 'host usage, settled');
}

/** The server's task reaches `task` (the action is under way). */
async function waitTask(id: string, task: string, ms = 10_000): Promise<Server__Output> {
  const until = Date.now() + ms;
  for (;;) {
    const s = await cloud.client.servers.get(id);
    if (s.task_state === task) return s;
    if (Date.now() > until) assert.fail(`server ${id} is ${s.status}/${s.task_state}, wanted task ${task}`);
    await sleep(25);
  }
}

describe('lifecycle races across processes', { timeout: 300_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: HOSTS.map((name) => ({ name, hosts: 1, args: argsOf(name) })) });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'small', name: 'small', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'medium', name: 'medium', vcpus: 2, ram_mb: 1024, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });

  after(async () => {
    await cloud?.stop();
  });

  test('delete during a snapshot: the server goes at once, the image is not left queued', async () => {
    const base = await usage();
    const s = await boot('snap-del', 'cA');
    const { image } = await api().CreateServerImage({ id: s.id, name: 'snap-del-image', metadata: {} });
    await waitTask(s.id, 'TASK_STATE_IMAGE_UPLOADING');
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage(base);
    const until = Date.now() + 5000;
    for (;;) {
      const img = (await cloud.client.images.GetImage({ id: image!.id })).image!;
      if (img.status === 'IMAGE_STATUS_KILLED') break;
      if (Date.now() > until) assert.fail(`snapshot image of a deleted server is ${img.status}`);
      await sleep(50);
    }
    assert.ok(cloud.allAlive());
  });

  test('delete during a shelve: the server goes at once', async () => {
    const base = await usage();
    const s = await boot('shelve-del', 'cA');
    await api().ShelveServer({ id: s.id });
    await waitTask(s.id, 'TASK_STATE_SHELVING_IMAGE_UPLOADING');
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage(base);
  });

  test('delete during a cold migration copy: gone, and the destination claim is released', async () => {
    const base = await usage();
    const s = await boot('cold-del', 'cA');
    await api().MigrateServer({ id: s.id, host: 'cB' });
    await waitTask(s.id, 'TASK_STATE_RESIZE_MIGRATING');
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage(base);
  });

  test('delete during a live migration: gone, and the destination claim is released', async () => {
    const base = await usage();
    const s = await boot('live-del', 'cA');
    await api().LiveMigrateServer({ id: s.id, host: 'cB', block_migration: true });
    const until = Date.now() + 10_000;
    while ((await cloud.client.servers.get(s.id)).progress < 20) {
      if (Date.now() > until) assert.fail('the live migration made no progress');
      await sleep(25);
    }
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage(base);
  });

  test('delete of a resized server awaiting confirmation frees the source host too', async () => {
    const base = await usage();
    const s = await boot('verify-del', 'cA');
    await api().MigrateServer({ id: s.id, host: 'cB' });
    assert.equal((await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE')).host, 'cB');
    await waitUsage({ ...base, cA: base.cA! + 1, cB: base.cB! + 1 });
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage(base);
  });

  test('delete while a resize is being reverted: gone from both hosts', async () => {
    const base = await usage();
    const s = await boot('revert-del', 'cA');
    await api().MigrateServer({ id: s.id, host: 'cB' });
    await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE');
    await api().RevertResizeServer({ id: s.id });
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage(base);
  });

  test('a move that outlives its bound ends ERROR on the source, and its late copy does not hand it over', async () => {
    const base = await usage();
    const s = await boot('bounded', 'cT');
    await api().MigrateServer({ id: s.id, host: 'cB' });
    const failed = await waitStatus(s.id, 'SERVER_STATUS_ERROR');
    assert.match(failed.fault?.message ?? '', /timed out/);
    // The copy (3 s) finishes after the bound (1 s): the server must stay where it is.
    await sleep(3500);
    const now = await cloud.client.servers.get(s.id);
    assert.equal(now.host, 'cT');
    assert.equal(now.status, 'SERVER_STATUS_ERROR');
    assert.equal(now.task_state, 'TASK_STATE_UNSPECIFIED');
    await waitUsage({ ...base, cT: base.cT! + 1 });
    // Its host still owns it: a delete goes through it.
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage(base);
  });

  test('a live host whose record a sweeper overtook in the log takes the newer record: the server is usable again', async () => {
    const s = await boot('overtaken', 'cB');
    const system = await ActorSystem.connect(cloud.nats.url, 'test', pino({ level: 'silent' }));
    try {
      // As a sweeper that judged cB down (a partition) would: ERROR at the next generation, cB unaware.
      const log = new StateLog(system.nc);
      const latest = (await log.latestServer(s.id))!;
      const failed = nextRecord(latest.record, { vm_state: 'VM_STATE_ERROR', fault: { code: 500, message: 'swept', details: '', create_time: null } });
      await log.appendExclusive('server', s.id, failed.generation, 'put', serverRecordCodec.encode(failed));
    } finally {
      await system.drain();
    }
    await waitStatus(s.id, 'SERVER_STATUS_ERROR');
    // cB's actor still holds the older record: its write loses once, then it continues from the log's.
    await expectError(api().StopServer({ id: s.id }), 'ABORTED');
    await api().StopServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF');
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
  });

  test('confirm of a resize while its source host is down: confirmed, and the returning source lets its copy go', async () => {
    const base = await usage();
    const s = await boot('confirm-down', 'cA');
    await api().MigrateServer({ id: s.id, host: 'cB' });
    await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE');
    const i = cloud.processes.findIndex((p) => p.name === 'compute-cA');
    await cloud.processes[i]!.stop();
    const res = await api().ConfirmResizeServer({ id: s.id });
    assert.equal(res.server!.host, 'cB');
    assert.equal((await waitStatus(s.id, 'SERVER_STATUS_ACTIVE')).host, 'cB');
    cloud.processes[i] = await spawnService('kumo-compute', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' },
      args: argsOf('cA'),
      label: 'compute-cA',
    });
    await waitUsage({ ...base, cB: base.cB! + 1 });
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage(base);
  });

  test('an evacuated server\'s old host returning mid-evacuation keeps no copy and no claim', async () => {
    const s = await boot('evac', 'cA');
    const i = cloud.processes.findIndex((p) => p.name === 'compute-cA');
    const proc = cloud.processes[i]!;
    proc.process.kill('SIGKILL');
    await new Promise((r) => proc.process.once('exit', r));
    await cloud.client.hypervisors.UpdateComputeService({ host: 'cA', forced_down: true });
    await api().EvacuateServer({ id: s.id, host: 'cC' });
    // cC takes 6 s to build it; cA comes back meanwhile (its periodic hold check far off: recovery alone must get it right).
    cloud.processes[i] = await spawnService('kumo-compute', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' },
      args: [...argsOf('cA'), '--heartbeat-ms', '10000'],
      label: 'compute-cA',
    });
    await cloud.client.hypervisors.UpdateComputeService({ host: 'cA', forced_down: false });
    const done = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE', 20_000);
    assert.equal(done.host, 'cC');
    await waitUsage({ cA: 0, cC: 1 }, 2000);
    await api().DeleteServer({ id: s.id });
    await waitGone(s.id);
    await waitUsage({ cA: 0, cC: 0 });
    assert.ok(cloud.allAlive());
  });
});
