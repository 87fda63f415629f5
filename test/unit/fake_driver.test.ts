// The fake hypervisor: settings (validation, layering), seeded failures,
// image-property fault injection, persistence across a reopen of its LMDB
// (as libvirt outlives nova-compute), host reboot, console log and endpoint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DriverError } from '../../pkg/compute/virt/driver.js';
import { FakeDriver, type FakeGuest } from '../../pkg/compute/virt/fake/driver.js';
import { FakeSettingsError, fakeSettingsFor, parseFakeSettings, readFakeSettings } from '../../pkg/compute/virt/fake/settings.js';
import { loadConfig, ConfigError } from '../../pkg/config/config.js';
import type { ServerRecord__Output } from '../../pkg/gen/types.js';
import { Store } from '../../pkg/store/store.js';
import { tempDir } from '../support/nats.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function record(id: string, props: Record<string, string> = {}): ServerRecord__Output {
  return {
    server: { id, name: `vm-${id}`, image_id: 'img', flavor: { id: 'f', name: 'tiny' } },
    image_properties: props,
  } as unknown as ServerRecord__Output;
}

test('settings: "default" then the host entry, over the flags; groups expand; capabilities merge', () => {
  const map = parseFakeSettings({
    default: { spawn_ms: 50, capabilities: { a: '1' }, failure_rate: { power: 0.1 } },
    'host-2': { spawn_ms: 200, failure_rate: { spawn: 0.5 }, seed: 7, vcpus: 8, capabilities: { 'cpu_info:features': 'avx2' }, hypervisor_type: 'qemu', hypervisor_version: 8002000 },
  });
  const h2 = fakeSettingsFor(map, 'host-2', { spawn_ms: 5, power_ms: 9 });
  assert.equal(h2.spawn_ms, 200);
  assert.equal(h2.power_ms, 9, 'a flag survives where no entry overrides it');
  assert.equal(h2.vcpus, 8);
  assert.equal(h2.seed, 7);
  assert.deepEqual(h2.capabilities, { a: '1', 'cpu_info:features': 'avx2' });
  assert.equal(h2.failure_rate.spawn, 0.5);
  assert.equal(h2.failure_rate.pause, 0.1, '"power" stands for every power operation');
  const h1 = fakeSettingsFor(map, 'host-1');
  assert.equal(h1.spawn_ms, 50);
  assert.equal(h1.vcpus, undefined);
  assert.equal(h1.hypervisor_type, 'fake');
  const d = new FakeDriver({ host: 'host-2', settings: h2 });
  assert.equal(d.hypervisorType, 'qemu');
  assert.equal(d.capabilities['cpu_info:features'], 'avx2');
  assert.equal(d.capabilities['hypervisor_version'], '8002000');
  assert.equal(d.supportedInstances[0]!.hypervisorType, 'qemu');
});

test('settings: every mistake is one clear error naming the host and key', () => {
  const bad: Array<[unknown, RegExp]> = [
    [[], /must be a JSON object/],
    [{ h: { spawn_ms: -1 } }, /h\.spawn_ms must be a number of milliseconds >= 0/],
    [{ h: { failure_rate: { spawn: 1.5 } } }, /h\.failure_rate\.spawn must be a number from 0 to 1/],
    [{ h: { failure_rate: { explode: 0.1 } } }, /unknown operation "explode"/],
    [{ h: { vcpu: 4 } }, /h: unknown key "vcpu"/],
    [{ h: { vcpus: 0 } }, /h\.vcpus must be an integer >= 1/],
    [{ h: { capabilities: { x: 1 } } }, /h\.capabilities must be an object of string values/],
    [{ h: { host_rebooted: 'yes' } }, /h\.host_rebooted must be true or false/],
  ];
  for (const [raw, re] of bad) assert.throws(() => parseFakeSettings(raw), (e: unknown) => e instanceof FakeSettingsError && re.test(e.message), JSON.stringify(raw));
  assert.throws(() => readFakeSettings('{"h": '), /not valid JSON/);
  assert.throws(() => readFakeSettings('/no/such/file.json'), /neither JSON nor an existing file/);
  // Through the config: one ConfigError line, from the flag, the environment or a file.
  assert.throws(() => loadConfig(['--fake-settings', '{"h":{"spawn_ms":"slow"}}'], {}), (e: unknown) => e instanceof ConfigError && e.message === '--fake-settings: h.spawn_ms must be a number of milliseconds >= 0');
  assert.throws(() => loadConfig([], { KUMO_FAKE_SETTINGS: '{"h":{"nope":1}}' }), ConfigError);
  const dir = tempDir('kumo-fake-settings-');
  try {
    const file = join(dir.path, 'fake.json');
    writeFileSync(file, JSON.stringify({ default: { power_ms: 3 }, x: { vcpus: 2 } }));
    const { config } = loadConfig(['--fake-settings', file], {});
    assert.deepEqual(config.compute.fakeSettings, { default: { power_ms: 3 }, x: { vcpus: 2 } });
  } finally {
    dir.remove();
  }
  assert.throws(() => loadConfig(['--running-deleted-instance-action', 'explode'], {}), /must be reap, shutdown, log, noop/);
});

test('a seeded failure rate fails the same operations every run; other operations do not shift it', async () => {
  const run = async (withPowerOps: boolean): Promise<boolean[]> => {
    const d = new FakeDriver({ host: 'h', settings: { seed: 42, failure_rate: { spawn: 0.5 } } });
    const out: boolean[] = [];
    for (let i = 0; i < 40; i++) {
      const id = `s${i}`;
      out.push(await d.spawn(record(id)).then(() => true, () => false));
      if (withPowerOps && d.guest(id)) {
        await d.powerOff(id);
        await d.powerOn(id);
      }
    }
    return out;
  };
  const a = await run(false);
  const b = await run(true);
  assert.deepEqual(a, b);
  const failed = a.filter((ok) => !ok).length;
  assert.ok(failed > 8 && failed < 32, `about half of 40 fail, got ${failed}`);
  // A failed spawn leaves no guest behind.
  const d = new FakeDriver({ host: 'h', settings: { seed: 42, failure_rate: { spawn: 1 } } });
  await assert.rejects(d.spawn(record('x')), (e: unknown) => e instanceof DriverError && /spawn of x failed on h \(failure rate 1\)/.test(e.message));
  assert.equal(d.guest('x'), undefined);
  assert.deepEqual(d.guests(), []);
});

test('image property kumo_fake_fail fails the named operations of that guest only', async () => {
  const d = new FakeDriver({ host: 'h' });
  await assert.rejects(d.spawn(record('a', { kumo_fake_fail: 'spawn' })), /kumo_fake_fail=spawn/);
  await d.spawn(record('b', { kumo_fake_fail: 'migrate, reboot' }));
  await assert.rejects(d.reboot('b', false), /reboot of b failed/);
  await assert.rejects(d.migrateDisk('b', 'h2', { id: 'f', name: 'tiny' } as never), /migrate disk of b failed/);
  await d.powerOff('b');
  assert.equal(d.guest('b')!.state, 'shutdown');
  await d.spawn(record('c'));
  await d.reboot('c', true);
  assert.equal(d.guest('c')!.state, 'running');
});

test('operations move guests through their states and refuse the impossible ones', async () => {
  const d = new FakeDriver({ host: 'h' });
  await d.spawn(record('v'));
  await d.pause('v');
  assert.deepEqual(d.guest('v'), { state: 'paused', rescued: false });
  await assert.rejects(d.resume('v'), /cannot resume guest v: it is paused/);
  await d.unpause('v');
  await d.suspend('v');
  await d.resume('v');
  await d.rescue('v', 'rescue-img');
  assert.deepEqual(d.guest('v'), { state: 'running', rescued: true });
  await d.unrescue('v');
  await assert.rejects(d.unrescue('v'), /not rescued/);
  await d.snapshot('v', 'snap');
  const seen: number[] = [];
  await d.liveMigrate('v', 'h2', (p) => seen.push(p));
  assert.deepEqual(seen, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  const dest = new FakeDriver({ host: 'h2' });
  await dest.adoptMigrated(record('v'), 'paused');
  assert.equal(dest.guest('v')!.state, 'paused');
  await dest.finishMigration(record('w'), false);
  assert.equal(dest.guest('w')!.state, 'shutdown');
  await dest.rebuild(record('new')); // evacuation: no guest there yet
  assert.equal(dest.guest('new')!.state, 'running');
  await assert.rejects(d.powerOn('ghost'), /no guest ghost on h/);
  await d.destroy('v');
  await d.destroy('v'); // idempotent
  assert.equal(d.guest('v'), undefined);
});

test('console: deterministic boot log lines per guest, and a loopback VNC endpoint per guest', async () => {
  const mk = async (): Promise<string> => {
    const d = new FakeDriver({ host: 'h' });
    await d.spawn(record('a'));
    await d.reboot('a', false);
    await d.powerOff('a');
    return d.consoleOutput('a');
  };
  const out = await mk();
  assert.equal(out, await mk(), 'the same events write the same log');
  assert.match(out, /^\[\s+0\.000000\] \[kumo-fake\] defining guest a/);
  assert.match(out, /Linux version .*kumo-fake/);
  assert.match(out, /reboot: Restarting system/);
  assert.match(out, /vm-a login:/);
  assert.match(out, /reboot: Power down\n$/);
  const d = new FakeDriver({ host: 'h' });
  await d.spawn(record('a'));
  await d.spawn(record('b'));
  const [ca, cb] = [await d.console('a'), await d.console('b')];
  assert.equal(ca.host, '127.0.0.1');
  assert.deepEqual([ca.port, cb.port], [5900, 5901]);
  await d.destroy('a');
  await d.spawn(record('c'));
  assert.equal((await d.console('c')).port, 5900, 'a freed display is reused');
});

test('guests persist in LMDB: a new driver on the reopened store finds them in their states', async () => {
  const dir = tempDir('kumo-fake-lmdb-');
  try {
    let store = Store.open(dir.path);
    let d = new FakeDriver({ host: 'h1', table: store.table<FakeGuest>('fake_guests') });
    const other = new FakeDriver({ host: 'h10', table: store.table<FakeGuest>('fake_guests') });
    await d.init();
    await d.spawn(record('run'));
    await d.spawn(record('off'));
    await d.powerOff('off');
    await d.spawn(record('resc'));
    await d.rescue('resc', 'img');
    await d.spawn(record('gone'));
    await d.destroy('gone');
    await other.spawn(record('elsewhere'));
    const log = await d.consoleOutput('run');
    await d.close();
    await store.close();

    store = Store.open(dir.path);
    d = new FakeDriver({ host: 'h1', table: store.table<FakeGuest>('fake_guests') });
    await d.init();
    assert.deepEqual([...d.guests()].sort(), ['off', 'resc', 'run'], 'only this host\'s guests, the destroyed one gone');
    assert.deepEqual(d.guest('run'), { state: 'running', rescued: false });
    assert.deepEqual(d.guest('off'), { state: 'shutdown', rescued: false });
    assert.deepEqual(d.guest('resc'), { state: 'running', rescued: true });
    assert.equal(await d.consoleOutput('run'), log, 'the console log survives');
    // Out of band: the guest shuts itself down; then the host reboots.
    await d.simulateGuestStateChange('run', 'crashed');
    assert.equal(d.guest('run')!.state, 'crashed');
    await d.powerOn('run');
    await d.simulateHostReboot();
    assert.ok(d.guests().every((id) => d.guest(id)!.state === 'shutdown'));
    await d.close();
    await store.close();

    // host_rebooted: every kept guest comes back powered off.
    store = Store.open(dir.path);
    await (async () => {
      const t = store.table<FakeGuest>('fake_guests');
      const before = new FakeDriver({ host: 'h10', table: t });
      await before.init();
      assert.equal(before.guest('elsewhere')!.state, 'running');
      const after = new FakeDriver({ host: 'h10', table: t, settings: { host_rebooted: true } });
      await after.init();
      assert.equal(after.guest('elsewhere')!.state, 'shutdown');
      assert.match(await after.consoleOutput('elsewhere'), /host rebooted: guest powered off/);
    })();
    await store.close();
  } finally {
    dir.remove();
  }
});

test('a spawn cut off midway leaves a half-made (defined, shut down) guest in LMDB', async () => {
  const dir = tempDir('kumo-fake-half-');
  try {
    const store = Store.open(dir.path);
    const t = store.table<FakeGuest>('fake_guests');
    const d = new FakeDriver({ host: 'h', table: t, settings: { spawn_ms: 1500 } });
    const spawning = d.spawn(record('half'));
    // What a restarted process would see midway: the guest defined (its LMDB write lands within a busy machine's delay), not running.
    const until = Date.now() + 1200;
    while (t.get('h/half')?.state === undefined && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    assert.equal(t.get('h/half')?.state, 'shutdown');
    await spawning;
    assert.equal(t.get('h/half')?.state, 'running');
    await store.close();
  } finally {
    dir.remove();
  }
});
