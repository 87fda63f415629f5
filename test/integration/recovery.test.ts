// Recovery across real processes: a compute process SIGKILLed mid-burst of
// builds, guests no record knows, the conductor's sweeper, and (in-process)
// the periodic power-state sync and resume_guests_state_on_host_boot.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { ActorSystem } from '../../pkg/actor/runtime.js';
import { subjects } from '../../pkg/actor/subjects.js';
import { ComputeNode } from '../../pkg/compute/node.js';
import { InstanceProtocol } from '../../pkg/compute/protocol.js';
import type { FakeDriver, FakeGuest } from '../../pkg/compute/virt/fake/driver.js';
import type { ServerRecord__Output, Server__Output } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { deriveStatus, type PowerState, type TaskState, type VmState } from '../../pkg/lifecycle/states.js';
import { StateLog, ensureStateStream } from '../../pkg/statelog/statelog.js';
import { Store } from '../../pkg/store/store.js';
import { spawnService } from '../../pkg/util/children.js';
import { nowTimestamp } from '../../pkg/util/timestamp.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { startTestNats, tempDir, type TestNats } from '../support/nats.js';
import { waitGone } from '../support/expect.js';
import { hostRecords } from '../../pkg/compute/records_table.js';

const log = pino({ level: 'silent' });
const FLAVOR = { id: 't', name: 't', vcpus: 1, ram_mb: 64, disk_gb: 1 };

/** A complete record (every field at its default) from a partial one. */
function fullRecord(server: Partial<Server__Output>, generation = 1): ServerRecord__Output {
  const now = nowTimestamp();
  const s = { project_id: 'default', user_id: 'default', create_time: now, update_time: now, flavor: FLAVOR, ...server } as Server__Output;
  s.status = deriveStatus(s.vm_state, s.task_state);
  return serverRecordCodec.decode(serverRecordCodec.encode({ server: s, generation }));
}

async function until<T>(check: () => Promise<T | undefined | false>, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens a (stopped) compute process's LMDB. */
function openCompute(dataDir: string, name: string): Store {
  return Store.open(join(dataDir, `compute-${name}`));
}

const TERMINAL = new Set(['SERVER_STATUS_ACTIVE', 'SERVER_STATUS_SHUTOFF', 'SERVER_STATUS_ERROR']);

describe('recovery across processes', { timeout: 240_000 }, () => {
  let cloud: TestCloud;
  let imageId = '';
  const saved = { ...process.env };
  // rc-1 builds fast, rc-2 slowly (so a kill finds builds in progress there) and powers off very slowly.
  const fake = JSON.stringify({ 'rc-1': { spawn_ms: 200 }, 'rc-2': { spawn_ms: 2500, power_ms: 60_000 } });
  const computeArgs = ['--name', 'rc', '--hosts', '2', '--fake-settings', fake];
  const env = (): Record<string, string> => ({ KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' });

  async function killCompute(signal: 'SIGKILL' | 'SIGTERM'): Promise<number> {
    const idx = cloud.processes.findIndex((p) => p.name === 'compute-rc');
    const p = cloud.processes[idx]!;
    if (signal === 'SIGKILL') {
      p.process.kill('SIGKILL');
      if (p.process.exitCode === null && p.process.signalCode === null) await new Promise((r) => p.process.once('exit', r));
    } else {
      await p.stop();
    }
    return idx;
  }

  async function startCompute(idx: number, extra: string[] = [], logFile?: string): Promise<void> {
    cloud.processes[idx] = await spawnService('kumo-compute', { env: env(), args: [...computeArgs, ...extra], label: 'compute-rc', logFile });
  }

  async function servers(name: string): Promise<Server__Output[]> {
    return (await cloud.client.servers.api.ListServers({ name })).servers;
  }

  before(async () => {
    // Short bounds so the sweeper acts within the test; every process reads them from the environment.
    Object.assign(process.env, {
      KUMO_SWEEP_INTERVAL: '0.5',
      KUMO_SCHEDULING_TIMEOUT: '2',
      KUMO_INSTANCE_BUILD_TIMEOUT: '10',
      KUMO_TASK_TIMEOUTS: 'powering-off=3',
      KUMO_HEARTBEAT_MS: '500',
      KUMO_SERVICE_DOWN_TIME: '3',
    });
    cloud = await startCloud({ computes: [{ name: 'rc', hosts: 2, args: ['--fake-settings', fake] }] });
    await cloud.client.flavors.CreateFlavor({ flavor: FLAVOR });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });
  after(async () => {
    await cloud?.stop();
    process.env = saved;
  });

  test('a compute process SIGKILLed mid-burst of builds: every server ends terminal, on one host, and usage matches', async () => {
    await cloud.client.servers.api.CreateServer({ name: 'burst', flavor_id: 't', image_id: imageId, max_count: 24 });
    // Kill once some builds finished (rc-1) while others are still spawning (rc-2).
    const atKill = await until(async () => {
      const list = await servers('burst');
      const active = list.filter((s) => s.status === 'SERVER_STATUS_ACTIVE').length;
      const spawning = list.filter((s) => s.task_state === 'TASK_STATE_SPAWNING').length;
      return active > 0 && spawning > 0 ? { active, spawning } : undefined;
    }, 'some builds done and some in progress');
    const idx = await killCompute('SIGKILL');
    // More builds while the host is away: they find no host.
    await cloud.client.servers.api.CreateServer({ name: 'burst-late', flavor_id: 't', image_id: imageId, max_count: 3 });
    await startCompute(idx);

    let last: Server__Output[] = [];
    const all = await until(async () => {
      const list = (last = await servers('burst')); // the name filter is a substring: burst-late too
      return list.length === 27 && list.every((s) => TERMINAL.has(s.status) && s.task_state === 'TASK_STATE_UNSPECIFIED') ? list : undefined;
    }, 'every server terminal', 40_000).catch((err: unknown) => {
      const stuck = last.filter((s) => !TERMINAL.has(s.status) || s.task_state !== 'TASK_STATE_UNSPECIFIED');
      throw new Error(`${(err as Error).message}; ${last.length} servers, not terminal: ${stuck.map((s) => `${s.id} ${s.status}/${s.task_state} on ${s.host || '-'}`).join('; ')}`);
    });
    for (const s of all.filter((x) => x.status === 'SERVER_STATUS_ERROR')) assert.ok(s.fault?.message, `ERROR server ${s.id} has a fault`);
    const restarted = all.filter((s) => /restarted while building/.test(s.fault?.message ?? ''));
    assert.ok(restarted.length > 0 || atKill.spawning === 0, `builds cut off on rc-2 end ERROR naming the restart (${atKill.spawning} were spawning)`);
    assert.ok(all.filter((s) => s.status === 'SERVER_STATUS_ACTIVE').length >= atKill.active, 'what was ACTIVE stays ACTIVE');

    // Each host's usage is the sum of the flavors of the servers holding a claim on it (a failed build holds none).
    const holding = all.filter((s) => s.host && s.status !== 'SERVER_STATUS_ERROR');
    await until(async () => {
      const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
      return ['rc-1', 'rc-2'].every((h) => {
        const mine = holding.filter((s) => s.host === h);
        const hv = hvs.find((x) => x.hypervisor_hostname === h);
        return hv && hv.running_vms === mine.length && hv.vcpus_used === mine.length * FLAVOR.vcpus && hv.memory_mb_used === mine.length * FLAVOR.ram_mb;
      });
    }, 'hypervisor usage equals the servers on each host');

    // On the hosts themselves: each server's record and guest on one host at most; a guest exactly for each server holding a claim.
    await killCompute('SIGTERM');
    const store = openCompute(cloud.dataDir, 'rc');
    try {
      const records = [...hostRecords(store).entries()].map((e) => String(e.key));
      const guests = [...store.table<FakeGuest>('fake_guests').entries()].map((e) => String(e.key));
      const ids = (keys: string[]): string[] => keys.map((k) => k.split('/')[1]!);
      assert.equal(new Set(ids(records)).size, records.length, 'no server recorded on two hosts');
      assert.equal(new Set(ids(guests)).size, guests.length, 'no guest on two hosts');
      assert.deepEqual(guests.sort(), holding.map((s) => `${s.host}/${s.id}`).sort(), 'guests are exactly the servers holding a claim');
    } finally {
      await store.close();
    }
    await startCompute(idx);
  });

  test('guests no record knows are reaped at restart (running_deleted_instance_action=reap), kept with =log', async () => {
    const { servers: [created] } = await cloud.client.servers.api.CreateServer({ name: 'away', flavor_id: 't', image_id: imageId, scheduler_hints: { target_host: 'rc-1' } });
    await until(async () => (await cloud.client.servers.get(created!.id)).status === 'SERVER_STATUS_ACTIVE', 'server active');
    const idx = await killCompute('SIGTERM');
    await cloud.client.servers.api.DeleteServer({ id: created!.id }); // a local delete: the host is away
    await waitGone(cloud.client, created!.id);
    // A guest the hypervisor runs that no record anywhere knows.
    const orphan = randomUUID();
    let store = openCompute(cloud.dataDir, 'rc');
    const guest = (id: string): FakeGuest => ({ id, state: 'running', rescued: false, fail: [], display: 40, console: [], lines: 0 });
    await store.table<FakeGuest>('fake_guests').put(`rc-2/${orphan}`, guest(orphan));
    await store.close();

    const logFile = join(cloud.dataDir, 'compute-reap.log');
    await startCompute(idx, [], logFile);
    await until(async () => readFileSync(logFile, 'utf8').includes('unknown guest destroyed'), 'the reap is logged');
    await killCompute('SIGTERM');
    store = openCompute(cloud.dataDir, 'rc');
    const guests = store.table<FakeGuest>('fake_guests');
    assert.equal(guests.get(`rc-2/${orphan}`), undefined, 'the unknown guest was destroyed');
    assert.equal(guests.get(`rc-1/${created!.id}`), undefined, 'the guest of the server deleted while away was destroyed');
    assert.equal(hostRecords(store).get(`rc-1/${created!.id}`), undefined);
    const kept = randomUUID();
    await guests.put(`rc-1/${kept}`, guest(kept));
    await store.close();

    await startCompute(idx, ['--running-deleted-instance-action', 'log']);
    await killCompute('SIGTERM');
    store = openCompute(cloud.dataDir, 'rc');
    assert.equal(store.table<FakeGuest>('fake_guests').get(`rc-1/${kept}`)?.state, 'running', 'log leaves it running');
    await store.table<FakeGuest>('fake_guests').remove(`rc-1/${kept}`);
    await store.close();
    await startCompute(idx);
  });

  test('sweeper: a server stuck in scheduling with no conductor placing it ends ERROR with a fault', async () => {
    const system = await ActorSystem.connect(cloud.nats.url, 'test', log);
    try {
      const id = randomUUID();
      // As a conductor that logged the BUILD record and died before placing it.
      const stuck = fullRecord({ id, name: 'stuck', vm_state: 'VM_STATE_BUILDING', task_state: 'TASK_STATE_SCHEDULING', image_id: imageId });
      await new StateLog(system.nc).appendExclusive('server', id, 1, 'put', serverRecordCodec.encode(stuck));
      const s = await until(async () => {
        const cur = await cloud.client.servers.get(id).catch(() => undefined);
        return cur?.status === 'SERVER_STATUS_ERROR' ? cur : undefined;
      }, 'the sweeper fails the stuck server', 15_000);
      assert.equal(s.task_state, 'TASK_STATE_UNSPECIFIED');
      assert.match(s.fault!.message, /^build timed out after [\d.]+ s \(task scheduling, bound 2 s\): no host took the server/);
      await cloud.client.servers.api.DeleteServer({ id });
      await waitGone(cloud.client, id);
    } finally {
      await system.drain();
    }
  });

  test('sweeper: a task stuck on a host that died ends ERROR; the host adopts that record when it returns', async () => {
    const { servers: [created] } = await cloud.client.servers.api.CreateServer({ name: 'cutoff', flavor_id: 't', image_id: imageId, scheduler_hints: { target_host: 'rc-2' } });
    const id = created!.id;
    await until(async () => (await cloud.client.servers.get(id)).status === 'SERVER_STATUS_ACTIVE', 'server active', 20_000);
    await cloud.client.servers.api.StopServer({ id }); // rc-2 takes 60 s to power off
    await until(async () => (await cloud.client.servers.get(id)).task_state === 'TASK_STATE_POWERING_OFF', 'powering off');
    const idx = await killCompute('SIGKILL');
    const failed = await until(async () => {
      const s = await cloud.client.servers.get(id);
      return s.status === 'SERVER_STATUS_ERROR' ? s : undefined;
    }, 'the sweeper fails the cut-off task once the host is down', 20_000);
    assert.match(failed.fault!.message, /^task powering-off timed out after [\d.]+ s \(bound 3 s\): host rc-2 is down$/);
    assert.equal(failed.host, 'rc-2');
    await startCompute(idx);
    // The returning host took the log's newer record: still ERROR with the sweeper's fault, and it owns the server again.
    const back = await cloud.client.servers.get(id);
    assert.equal(back.status, 'SERVER_STATUS_ERROR');
    assert.equal(back.fault!.message, failed.fault!.message);
    await cloud.client.servers.api.DeleteServer({ id });
    await waitGone(cloud.client, id);
    assert.ok(cloud.allAlive());
  });
});

describe('power-state sync and host reboot (in process)', { timeout: 60_000 }, () => {
  let nats: TestNats;
  let system: ActorSystem;
  const data = tempDir('kumo-powersync-');

  before(async () => {
    nats = await startTestNats();
    system = await ActorSystem.connect(nats.url, 'compute', log);
    await ensureStateStream(system.nc);
  });
  after(async () => {
    await system?.drain();
    await nats?.cleanup();
    data.remove();
  });

  function node(opts: { sync?: number; resume?: boolean; rebooted?: boolean } = {}): ComputeNode {
    return new ComputeNode(system, {
      dataDir: join(data.path, 'compute'),
      hosts: ['ps-1'],
      availabilityZone: 'nova',
      resources: { vcpus: 8, memoryMb: 4096, localGb: 100, cpuAllocationRatio: 1, ramAllocationRatio: 1, diskAllocationRatio: 1 },
      heartbeatMs: 1000,
      hostIpBase: '10.9.0.1',
      fakeSettings: opts.rebooted ? { 'ps-1': { host_rebooted: true } } : {},
      recovery: { runningDeletedInstanceAction: 'reap', resumeGuestsStateOnHostBoot: opts.resume ?? false },
      syncPowerStateIntervalMs: opts.sync ?? 0,
    });
  }

  /** Stores a record and its guest as a host that ran them would have. */
  async function preload(id: string, vm: VmState, power: PowerState, task: TaskState = 'TASK_STATE_UNSPECIFIED'): Promise<void> {
    const store = Store.open(join(data.path, 'compute'));
    const record = fullRecord({ id, name: id, host: 'ps-1', hypervisor_hostname: 'ps-1', vm_state: vm, task_state: task, power_state: power, launch_time: nowTimestamp() });
    await hostRecords(store).put(`ps-1/${id}`, record);
    const state = power === 'POWER_STATE_RUNNING' ? 'running' : 'shutdown';
    await store.table<FakeGuest>('fake_guests').put(`ps-1/${id}`, { id, state, rescued: false, fail: [], display: 0, console: [], lines: 0 });
    await store.close();
  }

  async function get(id: string): Promise<Server__Output> {
    return (await system.ref(subjects.instance(id), InstanceProtocol).call('GetServer', { id })).server!;
  }

  test('a guest shut down out of band: the next sync tick makes the record SHUTOFF; a guest started out of band is stopped again', async () => {
    const a = randomUUID();
    const b = randomUUID();
    await preload(a, 'VM_STATE_ACTIVE', 'POWER_STATE_RUNNING');
    await preload(b, 'VM_STATE_STOPPED', 'POWER_STATE_SHUTDOWN');
    const n = node({ sync: 200 });
    await n.start();
    try {
      const driver = n.hosts[0]!.driver as FakeDriver;
      assert.equal((await get(a)).status, 'SERVER_STATUS_ACTIVE');
      await driver.simulateGuestStateChange(a, 'shutdown');
      const s = await until(async () => {
        const cur = await get(a);
        return cur.status === 'SERVER_STATUS_SHUTOFF' ? cur : undefined;
      }, 'the record follows the guest', 5_000);
      assert.equal(s.vm_state, 'VM_STATE_STOPPED');
      assert.equal(s.power_state, 'POWER_STATE_SHUTDOWN');
      assert.equal(s.fault, null, 'no fault: a sync is not a failure');
      // STOPPED but running: Nova stops the guest again.
      await driver.simulateGuestStateChange(b, 'running');
      await until(async () => driver.guest(b)?.state === 'shutdown', 'the guest is powered off again', 5_000);
      assert.equal((await get(b)).status, 'SERVER_STATUS_SHUTOFF');
    } finally {
      await n.stop();
    }
  });

  test('after a host reboot: records follow the powered-off guests, or the guests are resumed with resume_guests_state_on_host_boot', async () => {
    const a = randomUUID();
    await preload(a, 'VM_STATE_ACTIVE', 'POWER_STATE_RUNNING');
    let n = node({ rebooted: true });
    await n.start();
    try {
      assert.equal((n.hosts[0]!.driver as FakeDriver).guest(a)!.state, 'shutdown');
      assert.equal((await get(a)).status, 'SERVER_STATUS_SHUTOFF');
    } finally {
      await n.stop();
    }
    const b = randomUUID();
    await preload(b, 'VM_STATE_ACTIVE', 'POWER_STATE_RUNNING');
    n = node({ rebooted: true, resume: true });
    await n.start();
    try {
      const driver = n.hosts[0]!.driver as FakeDriver;
      assert.equal(driver.guest(b)!.state, 'running', 'an ACTIVE server is powered on again');
      assert.equal((await get(b)).status, 'SERVER_STATUS_ACTIVE');
      assert.equal(driver.guest(a)!.state, 'shutdown', 'a SHUTOFF server stays off');
      assert.equal((await get(a)).status, 'SERVER_STATUS_SHUTOFF');
    } finally {
      await n.stop();
    }
  });
});
