// Compute services across real processes (api, conductor, scheduler and
// three compute processes over one private nats-server, with a short
// service_down_time): up/down judged on the conductor's own clock (a killed
// host goes down, a host with a skewed clock does not), disable/enable and
// force down through the state log, the scheduler's ComputeFilter obeying
// them, admin-only updates, input errors, hypervisor statistics and the CLI.
// Then an in-process conductor for `ConductorActor.services.status()`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import pino from 'pino';
import { ActorSystem } from '../../pkg/actor/runtime.js';
import { subjects } from '../../pkg/actor/subjects.js';
import type { Io } from '../../pkg/cli/command.js';
import { main } from '../../pkg/cli/main.js';
import { KumoClient } from '../../pkg/client/client.js';
import { hostReportCodec } from '../../pkg/compute/report.js';
import { ConductorActor } from '../../pkg/conductor/conductor.js';
import type { ComputeService__Output, ExplainPlacementResponse__Output, HostReport, Server__Output } from '../../pkg/gen/types.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitStatus as waitStatusOf } from '../support/expect.js';
import { startTestNats, tempDir, type TestNats } from '../support/nats.js';

const DOWN_MS = 1500;
const HEARTBEAT_MS = 150;
const HOUR = 3_600_000;

let cloud: TestCloud;
let imageId = '';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs the kumo CLI in this process against the test cloud. */
async function kumo(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
  const code = await main(['--url', cloud.endpoint, ...argv], io, {});
  return { code, out, err };
}

async function kumoJson<T>(...argv: string[]): Promise<T> {
  const r = await kumo(...argv, '-f', 'json');
  assert.equal(r.code, 0, `kumo ${argv.join(' ')}: ${r.err}`);
  return JSON.parse(r.out) as T;
}

async function services(host = ''): Promise<ComputeService__Output[]> {
  return (await cloud.client.hypervisors.ListComputeServices({ host })).services;
}

async function service(host: string): Promise<ComputeService__Output> {
  const [s] = await services(host);
  assert.ok(s, `no service for ${host}`);
  return s;
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const boot = { name: 'vm', flavor_id: 't1', image_id: '' };

/** The scheduler's dry run for one tiny server. */
function explain(): Promise<ExplainPlacementResponse__Output> {
  return cloud.client.placement.ExplainPlacement({ server: { ...boot, image_id: imageId }, top: 10 });
}

/** Waits until the scheduler's ComputeFilter rejects exactly `want` (host -> reason), i.e. it applied the records. */
async function schedulerSees(want: Record<string, string>): Promise<ExplainPlacementResponse__Output> {
  let last: unknown;
  return eventually(`the scheduler to reject ${JSON.stringify(want)}`, async () => {
    const e = await explain();
    const step = e.filters.find((f) => f.filter === 'ComputeFilter')!;
    const got = Object.fromEntries(step.rejected.map((r) => [r.host, r.reason]).sort());
    last = got;
    return JSON.stringify(got) === JSON.stringify(Object.fromEntries(Object.entries(want).sort())) ? e : undefined;
  }).catch((err: unknown) => {
    throw new Error(`${(err as Error).message}; last saw ${JSON.stringify(last)}`);
  });
}

async function waitTerminal(id: string): Promise<Server__Output> {
  return eventually(`server ${id} to finish building`, async () => {
    const s = await cloud.client.servers.get(id);
    return (s.status === 'SERVER_STATUS_ACTIVE' || s.status === 'SERVER_STATUS_ERROR') && s.task_state === 'TASK_STATE_UNSPECIFIED' ? s : undefined;
  }, 30_000);
}

async function create(name: string): Promise<Server__Output> {
  const { servers } = await cloud.client.servers.api.CreateServer({ ...boot, name, image_id: imageId });
  return waitTerminal(servers[0]!.id);
}

function fakeReport(host: string, reportTimeMs: number): HostReport {
  return {
    host,
    hypervisor_hostname: host,
    hypervisor_type: 'fake',
    availability_zone: 'nova',
    vcpus: 2,
    vcpus_used: 0,
    memory_mb: 1024,
    memory_mb_used: 0,
    local_gb: 10,
    local_gb_used: 0,
    running_vms: 0,
    cpu_allocation_ratio: 1,
    ram_allocation_ratio: 1,
    disk_allocation_ratio: 1,
    enabled: true,
    report_time_ms: reportTimeMs,
    generation: 1,
    boot_id: `boot-${host}`,
  };
}

/** Publishes a host's heartbeat every HEARTBEAT_MS with the time `clock()` says; returns the stop function. */
function heartbeat(nc: NatsConnection, host: string, clock: () => number): () => void {
  const beat = () => nc.publish(subjects.hostEvent(host), hostReportCodec.encode(fakeReport(host, clock())));
  beat();
  const timer = setInterval(beat, HEARTBEAT_MS);
  return () => clearInterval(timer);
}

describe('compute services across processes', { timeout: 180_000 }, () => {
  let nc: NatsConnection;

  before(async () => {
    // Every service process reads it (conductor and scheduler judge with it).
    process.env['KUMO_SERVICE_DOWN_TIME_MS'] = String(DOWN_MS);
    cloud = await startCloud({
      computes: [
        { name: 'cA', hosts: 2 },
        { name: 'cB', hosts: 1 },
        { name: 'cK', hosts: 1 },
      ],
      computeArgs: ['--heartbeat-ms', String(HEARTBEAT_MS)],
    });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 't1', name: 't1', vcpus: 1, ram_mb: 256, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
    nc = await connect({ servers: cloud.nats.url });
  });

  after(async () => {
    await nc?.close();
    await cloud?.stop();
    delete process.env['KUMO_SERVICE_DOWN_TIME_MS'];
  });

  test('every compute host is listed as an enabled service that is up', async () => {
    const all = await services();
    assert.deepEqual(
      all.map((s) => s.host),
      ['cA-1', 'cA-2', 'cB', 'cK'],
    );
    for (const s of all) {
      assert.equal(s.id, s.host);
      assert.equal(s.binary, 'kumo-compute');
      assert.equal(s.zone, 'nova');
      assert.equal(s.status, 'enabled');
      assert.equal(s.state, 'up');
      assert.equal(s.disabled_reason, '');
      assert.equal(s.forced_down, false);
      // When the conductor last heard from it, on its wall clock: within a few heartbeats.
      const heard = s.update_time!.seconds * 1000;
      assert.ok(Math.abs(Date.now() - heard) < 5_000, `update_time ${heard} vs now ${Date.now()}`);
    }
    assert.deepEqual(
      (await services('cB')).map((s) => s.host),
      ['cB'],
    );
    assert.deepEqual(await services('nope'), []);
    const hv = (await cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: 'cA-1' })).hypervisor!;
    assert.deepEqual([hv.state, hv.status], ['up', 'enabled']);
  });

  test("a host whose clock is skewed stays up: up/down is judged on the conductor's clock", async () => {
    const stopPast = heartbeat(nc, 'skew-past', () => Date.now() - 24 * HOUR);
    let offset = 24 * HOUR;
    const stopFuture = heartbeat(nc, 'skew-future', () => Date.now() + offset);
    try {
      await eventually('the skewed hosts to be listed', async () => ((await services()).length === 6 ? true : undefined));
      // Longer than service_down_time: by their own report times one is a day stale, the other a day ahead.
      await sleep(DOWN_MS + 500);
      assert.equal((await service('skew-past')).state, 'up');
      assert.equal((await service('skew-future')).state, 'up');
      // The future host's clock is stepped back two days: its reports still count.
      offset = -24 * HOUR;
      await sleep(DOWN_MS + 500);
      assert.equal((await service('skew-future')).state, 'up');
      const hv = (await cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: 'skew-past' })).hypervisor!;
      assert.equal(hv.state, 'up');
      // The scheduler judges the same way: its ComputeFilter keeps both.
      const step = (await explain()).filters.find((f) => f.filter === 'ComputeFilter')!;
      assert.deepEqual(step.rejected, []);
    } finally {
      stopPast();
      stopFuture();
    }
    // Silent now: both go down after service_down_time, whatever time they last claimed.
    const started = Date.now();
    await eventually('the skewed hosts to go down', async () => {
      const states = (await services()).filter((s) => s.host.startsWith('skew-')).map((s) => s.state);
      return states.every((s) => s === 'down') ? true : undefined;
    });
    assert.ok(Date.now() - started >= DOWN_MS - HEARTBEAT_MS - 100, `down after ${Date.now() - started} ms, before service_down_time`);
    await schedulerSees({ 'skew-future': 'service down', 'skew-past': 'service down' });
  });

  test('disable with a reason: listed disabled, the scheduler places elsewhere, NoValidHost names ComputeFilter; enable again', async () => {
    const res = await cloud.client.hypervisors.UpdateComputeService({ host: 'cA-1', enabled: false, disabled_reason: 'disk replacement' });
    assert.equal(res.service!.host, 'cA-1');
    assert.equal(res.service!.status, 'disabled');
    assert.equal(res.service!.disabled_reason, 'disk replacement');
    assert.equal(res.service!.state, 'up', 'disabled is not down');
    assert.equal(res.service!.forced_down, false);
    const listed = await service('cA-1');
    assert.deepEqual([listed.status, listed.disabled_reason, listed.state], ['disabled', 'disk replacement', 'up']);
    const hv = (await cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: 'cA-1' })).hypervisor!;
    assert.deepEqual([hv.status, hv.state], ['disabled', 'up']);

    // Disable all but cB: every server lands there.
    await cloud.client.services.disable('cA-2');
    await cloud.client.services.disable('cK', 'retiring');
    await schedulerSees({
      'cA-1': 'service disabled: disk replacement',
      'cA-2': 'service disabled',
      cK: 'service disabled: retiring',
      'skew-future': 'service down',
      'skew-past': 'service down',
    });
    for (let i = 0; i < 3; i++) {
      const s = await create(`on-b-${i}`);
      assert.equal(s.status, 'SERVER_STATUS_ACTIVE', s.fault?.message);
      assert.equal(s.host, 'cB');
    }

    // All disabled: NoValidHost, and the fault names the ComputeFilter.
    await cloud.client.services.disable('cB', 'full');
    await schedulerSees({
      'cA-1': 'service disabled: disk replacement',
      'cA-2': 'service disabled',
      cB: 'service disabled: full',
      cK: 'service disabled: retiring',
      'skew-future': 'service down',
      'skew-past': 'service down',
    });
    const failed = await create('nowhere');
    assert.equal(failed.status, 'SERVER_STATUS_ERROR');
    assert.match(failed.fault!.message, /No valid host was found/);
    assert.match(failed.fault!.message, /ComputeFilter removed 6 of 6 hosts: /);
    assert.match(failed.fault!.message, /service disabled: disk replacement \(1\)/);
    assert.match(failed.fault!.message, /service down \(2\)/);
    // A zone with no enabled host is not available.
    const zones = (await cloud.client.availabilityZones.ListAvailabilityZones({})).availability_zones;
    assert.equal(zones.find((z) => z.name === 'nova')!.available, false);
    await cloud.client.servers.api.DeleteServer({ id: failed.id });

    // Enable again: the reason is cleared and the scheduler places there.
    const enabled = await cloud.client.services.enable('cA-1');
    assert.deepEqual([enabled.status, enabled.disabled_reason, enabled.state], ['enabled', '', 'up']);
    for (const h of ['cA-2', 'cB', 'cK']) await cloud.client.services.enable(h);
    assert.ok((await services()).filter((s) => !s.host.startsWith('skew-')).every((s) => s.status === 'enabled'));
    await schedulerSees({ 'skew-future': 'service down', 'skew-past': 'service down' });
    assert.equal((await cloud.client.availabilityZones.ListAvailabilityZones({})).availability_zones.find((z) => z.name === 'nova')!.available, true);
    // cB holds three servers; the RAM weigher now prefers an empty host.
    const s = await create('anywhere');
    assert.equal(s.status, 'SERVER_STATUS_ACTIVE', s.fault?.message);
    assert.notEqual(s.host, 'cB');
  });

  test('forced down: down whatever the heartbeats say, and up again when cleared', async () => {
    const down = await cloud.client.services.forceDown('cB');
    assert.deepEqual([down.state, down.forced_down, down.status], ['down', true, 'enabled']);
    const hv = (await cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: 'cB' })).hypervisor!;
    assert.equal(hv.state, 'down');
    // Heartbeats keep arriving, yet it stays down.
    await sleep(3 * HEARTBEAT_MS);
    assert.equal((await service('cB')).state, 'down');
    await schedulerSees({ cB: 'service forced down', 'skew-future': 'service down', 'skew-past': 'service down' });
    // Disabled and forced down at once: both shown; the scheduler names the disabled reason first.
    await cloud.client.hypervisors.UpdateComputeService({ host: 'cB', enabled: false, disabled_reason: 'power' });
    const both = await service('cB');
    assert.deepEqual([both.state, both.forced_down, both.status, both.disabled_reason], ['down', true, 'disabled', 'power']);
    await schedulerSees({ cB: 'service disabled: power', 'skew-future': 'service down', 'skew-past': 'service down' });
    // One request may change both.
    const back = (await cloud.client.hypervisors.UpdateComputeService({ host: 'cB', enabled: true, forced_down: false })).service!;
    assert.deepEqual([back.state, back.forced_down, back.status, back.disabled_reason], ['up', false, 'enabled', '']);
    await schedulerSees({ 'skew-future': 'service down', 'skew-past': 'service down' });
  });

  test('only admins may change a service; bad input is refused with the field', async () => {
    const member = new KumoClient({ url: cloud.endpoint, roles: ['member'] });
    try {
      const denied = await expectError(member.hypervisors.UpdateComputeService({ host: 'cA-1', enabled: false }), 'PERMISSION_DENIED');
      assert.equal(denied.reason, 'ADMIN_REQUIRED');
      await expectError(member.services.forceDown('cA-1'), 'PERMISSION_DENIED');
      // Reading is admin-only too (policy compute:services:list, as Nova's os-services).
      await expectError(member.services.list().toArray(), 'PERMISSION_DENIED');
    } finally {
      member.close();
    }
    assert.equal((await service('cA-1')).status, 'enabled', 'the refused change left nothing behind');

    const api = cloud.client.hypervisors;
    const unknown = await expectError(api.UpdateComputeService({ host: 'nope', enabled: false }), 'NOT_FOUND');
    assert.match(unknown.message, /compute service nope not found/);
    await expectError(api.UpdateComputeService({ host: '', enabled: false }), 'INVALID_ARGUMENT', 'host');
    const long = await expectError(api.UpdateComputeService({ host: 'cA-1', enabled: false, disabled_reason: 'x'.repeat(256) }), 'INVALID_ARGUMENT', 'disabled_reason');
    assert.match(long.message, /at most 255 characters/);
    await expectError(api.UpdateComputeService({ host: 'cA-1', enabled: true, disabled_reason: 'why' }), 'INVALID_ARGUMENT', 'disabled_reason');
    await expectError(api.UpdateComputeService({ host: 'cA-1', disabled_reason: 'why' }), 'INVALID_ARGUMENT', 'disabled_reason');
    await expectError(api.UpdateComputeService({ host: 'cA-1' }), 'INVALID_ARGUMENT', 'enabled');
    await expectError(api.ListComputeServices({ host: 'a b' }), 'INVALID_ARGUMENT', 'host');
    assert.equal((await service('cA-1')).status, 'enabled');
    // 255 characters is the limit, not over it.
    const max = (await api.UpdateComputeService({ host: 'cA-1', enabled: false, disabled_reason: 'y'.repeat(255) })).service!;
    assert.equal(max.disabled_reason.length, 255);
    await cloud.client.services.enable('cA-1');
  });

  test('hypervisor statistics are the sums over every hypervisor', async () => {
    const stats = await cloud.client.hypervisors.GetHypervisorStatistics({});
    const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
    const sum = (f: (h: (typeof hvs)[number]) => number): number => hvs.reduce((n, h) => n + f(h), 0);
    assert.deepEqual(stats, {
      count: hvs.length,
      vcpus: sum((h) => h.vcpus),
      vcpus_used: sum((h) => h.vcpus_used),
      memory_mb: sum((h) => h.memory_mb),
      memory_mb_used: sum((h) => h.memory_mb_used),
      free_ram_mb: sum((h) => h.memory_mb - h.memory_mb_used),
      local_gb: sum((h) => h.local_gb),
      local_gb_used: sum((h) => h.local_gb_used),
      free_disk_gb: sum((h) => h.local_gb - h.local_gb_used),
      running_vms: sum((h) => h.running_vms),
    });
    // Four real hosts of the default size plus the two fake ones; four servers are running.
    assert.equal(stats.count, 6);
    assert.equal(stats.vcpus, 4 * 16 + 2 * 2);
    assert.equal(stats.running_vms, 4);
    assert.equal(stats.vcpus_used, 4);
    assert.equal(stats.memory_mb_used, 4 * 256);
  });

  test('the CLI: compute service list and set, hypervisor show and stats', async () => {
    const list = await kumoJson<Array<Record<string, unknown>>>('compute', 'service', 'list');
    assert.deepEqual(list.map((s) => s['Host']), ['cA-1', 'cA-2', 'cB', 'cK', 'skew-future', 'skew-past']);
    assert.deepEqual(Object.keys(list[0]!), ['ID', 'Binary', 'Host', 'Zone', 'Status', 'State', 'Updated At']);
    assert.deepEqual([list[0]!['Binary'], list[0]!['Status'], list[0]!['State']], ['kumo-compute', 'enabled', 'up']);
    const table = await kumo('compute', 'service', 'list', '--host', 'cA-2');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /\| cA-2 \| kumo-compute \| cA-2 \| nova \| enabled \| up/);

    const set = await kumoJson<Record<string, unknown>>('compute', 'service', 'set', '--disable', '--disable-reason', 'cli test', 'cA-2');
    assert.deepEqual([set['status'], set['disabled_reason'], set['state']], ['disabled', 'cli test', 'up']);
    const long = await kumoJson<Array<Record<string, unknown>>>('compute', 'service', 'list', '--host', 'cA-2', '--long');
    assert.deepEqual([long[0]!['Status'], long[0]!['Disabled Reason'], long[0]!['Forced Down']], ['disabled', 'cli test', false]);
    const down = await kumoJson<Record<string, unknown>>('compute', 'service', 'set', '--down', 'cA-2');
    assert.deepEqual([down['state'], down['forced_down'], down['status']], ['down', true, 'disabled']);
    const restored = await kumoJson<Record<string, unknown>>('compute', 'service', 'set', '--enable', '--up', 'cA-2');
    assert.deepEqual([restored['state'], restored['forced_down'], restored['status'], restored['disabled_reason']], ['up', false, 'enabled', '']);

    // Usage errors say what is wrong; API errors carry the server's message.
    const reasonAlone = await kumo('compute', 'service', 'set', '--disable-reason', 'x', 'cA-2');
    assert.notEqual(reasonAlone.code, 0);
    assert.match(reasonAlone.err, /--disable-reason needs --disable/);
    const nothing = await kumo('compute', 'service', 'set', 'cA-2');
    assert.notEqual(nothing.code, 0);
    assert.match(nothing.err, /nothing to set/);
    const both = await kumo('compute', 'service', 'set', '--up', '--down', 'cA-2');
    assert.match(both.err, /--up and --down cannot be used together/);
    const unknown = await kumo('compute', 'service', 'set', '--disable', 'nope');
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.err, /compute service nope not found/);
    const help = await kumo('compute', 'service', 'set', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /kumo compute service set --down compute-2/);

    const hv = await kumoJson<Record<string, unknown>>('hypervisor', 'show', 'cA-1');
    assert.deepEqual([hv['host'], hv['state'], hv['status']], ['cA-1', 'up', 'enabled']);
    const stats = await kumoJson<Record<string, unknown>>('hypervisor', 'stats');
    assert.deepEqual(stats, { ...(await cloud.client.hypervisors.GetHypervisorStatistics({})) });
    const statsTable = await kumo('hypervisor', 'stats');
    assert.match(statsTable.out, /\| count\s+\|\s+6 \|/);
  });

  test("a killed host goes down once service_down_time passed on the conductor's clock", async () => {
    const compute = cloud.processes.find((p) => p.name === 'compute-cK')!;
    const killed = Date.now();
    compute.process.kill('SIGKILL');
    assert.equal((await service('cK')).state, 'up', 'not down before service_down_time');
    await eventually('cK to go down', async () => ((await service('cK')).state === 'down' ? true : undefined));
    const after = Date.now() - killed;
    assert.ok(after >= DOWN_MS - HEARTBEAT_MS - 100, `down ${after} ms after the kill, sooner than service_down_time`);
    assert.ok(after < DOWN_MS + 3_000, `down only ${after} ms after the kill`);
    const listed = await service('cK');
    assert.deepEqual([listed.status, listed.forced_down], ['enabled', false]);
    assert.equal((await cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: 'cK' })).hypervisor!.state, 'down');
    // The scheduler stops placing there by its own clock.
    await schedulerSees({ cK: 'service down', 'skew-future': 'service down', 'skew-past': 'service down' });
    // A down host can still be disabled (before an evacuation, say).
    const disabled = await cloud.client.services.disable('cK', 'dead');
    assert.deepEqual([disabled.state, disabled.status], ['down', 'disabled']);
  });
});

describe('ConductorActor.services.status: an in-process conductor over real NATS and LMDB', { timeout: 60_000 }, () => {
  let nats: TestNats;
  let system: ActorSystem;
  let data: { path: string; remove(): void };
  const log = pino({ level: 'silent' });
  const downMs = 400;

  before(async () => {
    nats = await startTestNats();
    system = await ActorSystem.connect(nats.url, 'test', log);
    data = tempDir('kumo-services-');
  });
  after(async () => {
    await system?.drain();
    await nats?.cleanup();
    data?.remove();
  });

  test('known, up, forced down and disabled, on its own clock, and kept across a restart', async () => {
    let conductor = new ConductorActor(system, { dataDir: data.path, serviceDownTimeMs: downMs, concurrency: 4 });
    assert.deepEqual(conductor.services.status('h1'), { known: false, up: false, forcedDown: false, disabled: false }, 'before start nothing is known');
    await conductor.start();
    try {
      // A host whose clock is a day behind.
      const stop = heartbeat(system.nc, 'h1', () => Date.now() - 24 * HOUR);
      try {
        await eventually('h1 to be heard', async () => (conductor.services.status('h1').known ? true : undefined));
        await sleep(downMs + 200);
        assert.deepEqual(conductor.services.status('h1'), { known: true, up: true, forcedDown: false, disabled: false });
        assert.deepEqual(conductor.services.status('h2'), { known: false, up: false, forcedDown: false, disabled: false });
        await conductor.services.update({ host: 'h1', disabled_reason: '', forced_down: true });
        assert.deepEqual(conductor.services.status('h1'), { known: true, up: false, forcedDown: true, disabled: false }, 'forced down although heartbeats arrive');
        await conductor.services.update({ host: 'h1', enabled: false, disabled_reason: 'evacuating', forced_down: false });
        assert.deepEqual(conductor.services.status('h1'), { known: true, up: true, forcedDown: false, disabled: true });
        await conductor.services.update({ host: 'h1', disabled_reason: '', forced_down: true });
      } finally {
        stop();
      }
      await sleep(downMs + 200);
      assert.deepEqual(conductor.services.status('h1'), { known: true, up: false, forcedDown: true, disabled: true });
    } finally {
      await conductor.stop();
    }
    // A restarted conductor knows the records (from its LMDB view and the log) before the host reports again.
    conductor = new ConductorActor(system, { dataDir: data.path, serviceDownTimeMs: downMs, concurrency: 4 });
    await conductor.start();
    try {
      assert.deepEqual(conductor.services.status('h1'), { known: true, up: false, forcedDown: true, disabled: true });
      const [listed] = conductor.services.list({ host: 'h1' }).services;
      assert.deepEqual([listed!.state, listed!.status, listed!.disabled_reason, listed!.update_time], ['down', 'disabled', 'evacuating', null]);
      const stop = heartbeat(system.nc, 'h1', () => Date.now() + 24 * HOUR);
      try {
        await conductor.services.update({ host: 'h1', enabled: true, forced_down: false, disabled_reason: '' });
        await eventually('h1 to be up again', async () => (conductor.services.status('h1').up ? true : undefined));
        assert.deepEqual(conductor.services.status('h1'), { known: true, up: true, forcedDown: false, disabled: false });
      } finally {
        stop();
      }
    } finally {
      await conductor.stop();
    }
  });
});
