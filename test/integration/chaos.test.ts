// A compute process SIGKILLed during a burst of builds and actions —
// stops, reboots, pauses, snapshots, shelves, resizes, cold and live
// migrations between two compute processes — then restarted. Afterwards
// every server ends in a terminal state with no task, none is on two hosts
// (records and guests read from both processes' LMDB), and each host's
// usage equals its servers.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Server__Output } from '../../pkg/gen/types.js';
import { Store } from '../../pkg/store/store.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { hostRecords } from '../../pkg/compute/records_table.js';

const FLAVORS = [
  { id: 'c1', name: 'c1', vcpus: 1, ram_mb: 256, disk_gb: 1 },
  { id: 'c2', name: 'c2', vcpus: 2, ram_mb: 512, disk_gb: 1 },
];
// Terminal: what a server may rest in with no task.
const TERMINAL = new Set([
  'SERVER_STATUS_ACTIVE',
  'SERVER_STATUS_SHUTOFF',
  'SERVER_STATUS_PAUSED',
  'SERVER_STATUS_SUSPENDED',
  'SERVER_STATUS_ERROR',
  'SERVER_STATUS_VERIFY_RESIZE',
  'SERVER_STATUS_SHELVED_OFFLOADED',
  'SERVER_STATUS_RESCUE',
]);

async function until<T>(check: () => Promise<T | undefined>, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('SIGKILL during a burst of builds and actions', { timeout: 300_000 }, () => {
  let cloud: TestCloud;
  let imageId = '';
  const saved = { ...process.env };
  const fake = JSON.stringify({ default: { spawn_ms: 300, power_ms: 300, migrate_ms: 600, snapshot_ms: 400 } });
  const env = (): Record<string, string> => ({ KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' });

  before(async () => {
    // Short bounds so the sweeper and the task timeouts act within the test; every process reads them from the environment.
    Object.assign(process.env, {
      KUMO_SWEEP_INTERVAL: '0.5',
      KUMO_SCHEDULING_TIMEOUT: '5',
      KUMO_INSTANCE_BUILD_TIMEOUT: '15',
      KUMO_MIGRATION_TIMEOUT: '15',
      KUMO_TASK_TIMEOUT: '15',
      KUMO_HEARTBEAT_MS: '300',
      KUMO_SERVICE_DOWN_TIME: '2',
    });
    cloud = await startCloud({
      computes: [
        { name: 'kA', hosts: 2 },
        { name: 'kB', hosts: 2 },
      ],
      computeArgs: ['--fake-settings', fake],
    });
    for (const f of FLAVORS) await cloud.client.flavors.CreateFlavor({ flavor: f });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });

  after(async () => {
    await cloud?.stop();
    process.env = saved;
  });

  async function all(): Promise<Server__Output[]> {
    const out: Server__Output[] = [];
    for await (const s of cloud.client.servers.list({})) out.push(s);
    return out;
  }

  test('every server ends terminal, on one host, and usage matches', async () => {
    const api = cloud.client.servers.api;
    await api.CreateServer({ name: 'chaos-a', flavor_id: 'c1', image_id: imageId, max_count: 16 });
    // Wait for a first wave to be ACTIVE, then act on it while a second wave builds.
    const first = await until(async () => {
      const list = (await all()).filter((s) => s.status === 'SERVER_STATUS_ACTIVE');
      return list.length >= 12 ? list : undefined;
    }, 'a first wave ACTIVE');
    await api.CreateServer({ name: 'chaos-b', flavor_id: 'c1', image_id: imageId, max_count: 12 });
    const acts: Array<(id: string) => Promise<unknown>> = [
      (id) => api.StopServer({ id }),
      (id) => api.RebootServer({ id, type: 'REBOOT_TYPE_HARD' }),
      (id) => api.PauseServer({ id }),
      (id) => api.SuspendServer({ id }),
      (id) => api.CreateServerImage({ id, name: `snap-${id.slice(0, 8)}`, metadata: {} }),
      (id) => api.ShelveServer({ id }),
      (id) => api.ResizeServer({ id, flavor_id: 'c2' }),
      (id) => api.MigrateServer({ id, host: '' }),
      (id) => api.LiveMigrateServer({ id, host: '', block_migration: true }),
      (id) => api.LiveMigrateServer({ id, host: '', block_migration: false }),
      (id) => api.RescueServer({ id, image_id: '' }),
      (id) => api.DeleteServer({ id }),
    ];
    const results = await Promise.allSettled(first.slice(0, acts.length).map((s, i) => acts[i]!(s.id)));
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    assert.ok(accepted >= acts.length - 2, `most actions accepted: ${results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok')).join('; ')}`);

    // Kill one compute process in the middle of it all, and bring it back.
    await new Promise((r) => setTimeout(r, 250));
    const idx = cloud.processes.findIndex((p) => p.name === 'compute-kB');
    const victim = cloud.processes[idx]!;
    victim.process.kill('SIGKILL');
    if (victim.process.exitCode === null && victim.process.signalCode === null) await new Promise((r) => victim.process.once('exit', r));
    await new Promise((r) => setTimeout(r, 500));
    cloud.processes[idx] = await spawnService('kumo-compute', { env: env(), args: ['--name', 'kB', '--hosts', '2', '--fake-settings', fake], label: 'compute-kB' });

    let last: Server__Output[] = [];
    const settled = await until(
      async () => {
        const list = (last = await all());
        return list.every((s) => TERMINAL.has(s.status) && s.task_state === 'TASK_STATE_UNSPECIFIED') ? list : undefined;
      },
      'every server terminal',
      90_000,
    ).catch((err: unknown) => {
      const stuck = last.filter((s) => !TERMINAL.has(s.status) || s.task_state !== 'TASK_STATE_UNSPECIFIED');
      throw new Error(`${(err as Error).message}: ${stuck.map((s) => `${s.name} ${s.status}/${s.task_state} on ${s.host || '-'}`).join('; ')}`);
    });
    for (const s of settled.filter((x) => x.status === 'SERVER_STATUS_ERROR')) assert.ok(s.fault?.message, `${s.name} in ERROR has a fault`);

    // Confirm every pending resize so no source keeps a hold, then compare usage with the servers.
    for (const s of settled.filter((x) => x.status === 'SERVER_STATUS_VERIFY_RESIZE')) await api.ConfirmResizeServer({ id: s.id });
    const final = await until(async () => {
      const list = await all();
      return list.every((s) => TERMINAL.has(s.status) && s.status !== 'SERVER_STATUS_VERIFY_RESIZE' && s.task_state === 'TASK_STATE_UNSPECIFIED') ? list : undefined;
    }, 'resizes confirmed');
    // A server holds a claim on its host unless its build failed there (ERROR, never launched).
    const holding = final.filter((s) => s.host && (s.status !== 'SERVER_STATUS_ERROR' || s.launch_time !== null));
    let usageProblem = '';
    await until(async () => {
      const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
      return hvs.every((h) => {
        const mine = holding.filter((s) => s.host === h.host);
        return h.vcpus_used === mine.reduce((n, s) => n + s.flavor!.vcpus, 0) && h.running_vms === mine.length;
      })
        ? true
        : undefined;
    }, 'usage of every host equals its servers', 20_000).catch(async (err: unknown) => {
      const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
      usageProblem = `${(err as Error).message}: ${hvs.map((h) => `${h.host} ${h.vcpus_used}/${h.running_vms} vs ${holding.filter((s) => s.host === h.host).map((s) => s.flavor!.vcpus).join('+')}`).join('; ')}`;
    });

    // On the hosts themselves (both processes stopped): no server recorded or running on two hosts.
    for (const name of ['compute-kA', 'compute-kB']) await cloud.processes.find((p) => p.name === name)!.stop();
    const records: string[] = [];
    const guests: string[] = [];
    for (const c of ['kA', 'kB']) {
      const store = Store.open(join(cloud.dataDir, `compute-${c}`));
      try {
        records.push(...[...hostRecords(store).entries()].map((e) => String(e.key)));
        guests.push(...[...store.table<unknown>('fake_guests').entries()].map((e) => String(e.key)));
      } finally {
        await store.close();
      }
    }
    const ids = (keys: string[]): string[] => keys.map((k) => k.split('/')[1]!);
    if (usageProblem) {
      const byId = new Map(final.map((s) => [s.id, s]));
      const extra = records.filter((k) => !holding.some((s) => `${s.host}/${s.id}` === k)).map((k) => {
        const s = byId.get(k.split('/')[1]!);
        return `${k} (${s ? `${s.name} ${s.status} on ${s.host || '-'}` : 'deleted'})`;
      });
      assert.fail(`${usageProblem}; records no server explains: ${extra.join('; ')}`);
    }
    assert.equal(new Set(ids(records)).size, records.length, `a server recorded on two hosts: ${records.join(', ')}`);
    assert.equal(new Set(ids(guests)).size, guests.length, `a guest on two hosts: ${guests.join(', ')}`);
    assert.deepEqual(guests.sort(), holding.map((s) => `${s.host}/${s.id}`).sort(), 'guests are exactly the servers holding a claim');
  });
});
