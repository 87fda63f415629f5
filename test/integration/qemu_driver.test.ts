// The QEMU driver with real guests (TCG) under real processes: two compute
// processes (one host each) over one nats-server, the tiny guest from
// scripts/build-guest-image.mjs uploaded through the image API. Boot and
// the guest's marker line read through GetConsoleOutput; ACPI stop (the
// QEMU process gone) and start; pause/unpause; a second boot of the image
// on the same host with no second fetch; a snapshot booted as a new
// server; live migration to the other compute process with the guest's
// serial counter continuing; kill -9 of a compute process with guests
// running, then a restart that finds them. At most two guests run at once,
// and every QEMU process started under the test's data dir is reaped.
//
// Skips only when qemu-system-x86_64 is absent and cannot be installed
// (scripts/setup.mjs installs it on CI, which runs as root).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Server__Output } from '../../pkg/gen/types.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { waitGone, waitStatus } from '../support/expect.js';
import { alive, buildGuestImage, GUEST_READY as READY, qemuAvailable, qemuPidsUnder } from '../support/qemu.js';

const BOOT_MS = 90_000; // ~6 s on an idle machine; CI shares two cores

const skip = qemuAvailable();
if (skip) process.stderr.write(`SKIP qemu_driver.test: ${skip}\n`);

async function until<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, ms = BOOT_MS): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function lastTick(console: string): number {
  const ticks = [...console.matchAll(/KUMO TICK (\d+)/g)];
  return ticks.length ? Number(ticks[ticks.length - 1]![1]) : 0;
}

describe('QEMU driver with real guests', { skip, timeout: 420_000 }, () => {
  let cloud: TestCloud;
  let imageId = '';
  const computeArgs = ['--driver', 'qemu', '--shutdown-timeout', '30', '--sync-power-state-interval', '2'];
  const instances = (host: string): string => join(cloud.dataDir, 'instances', host);
  const pidOf = (host: string, id: string): number | undefined => {
    const f = join(instances(host), id, 'qemu.pid');
    return existsSync(f) ? Number(readFileSync(f, 'utf8').trim()) : undefined;
  };
  const fetches = (host: string, image: string): number => {
    const f = join(instances(host), '_base', 'fetch.log');
    return existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter((l) => l.split(' ')[1] === image).length : 0;
  };
  const consoleOf = (id: string): Promise<string> => cloud.client.servers.consoleOutput(id);
  const boot = async (name: string, image: string, host: string): Promise<Server__Output> => {
    const s = await cloud.client.servers.create({ name, flavor_id: 'q1', image_id: image, scheduler_hints: { target_host: host } });
    const active = await waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE', BOOT_MS);
    await until(async () => (await consoleOf(s.id)).includes(READY), `${name} prints "${READY}"`);
    return active;
  };
  const remove = async (id: string): Promise<void> => {
    await cloud.client.servers.delete(id);
    await waitGone(cloud.client, id);
  };

  before(async () => {
    const imagePath = buildGuestImage();
    cloud = await startCloud({ computes: [{ name: 'qa', hosts: 1 }, { name: 'qb', hosts: 1 }], computeArgs });
    await cloud.client.flavors.create({ id: 'q1', name: 'q.nano', vcpus: 1, ram_mb: 128, disk_gb: 1, is_public: true });
    const image = await cloud.client.images.createWithData(
      { name: 'kumo-guest', disk_format: 'qcow2', container_format: 'bare', visibility: 'public', min_ram_mb: 96, properties: { architecture: 'x86_64' } },
      imagePath,
    );
    imageId = image.id;
  });

  after(async () => {
    const dir = cloud?.dataDir;
    await cloud?.stop();
    // Guests outlive their compute process (as libvirt's do): reap whatever a failed test left.
    const left = dir ? qemuPidsUnder(dir) : [];
    for (const pid of left) process.kill(pid, 'SIGKILL');
    assert.deepEqual(left, [], 'QEMU processes left behind');
  });

  let s1: Server__Output;

  test('boots a real guest to ACTIVE; its serial console shows the marker line', async () => {
    s1 = await boot('vm1', imageId, 'qa');
    assert.equal(s1.host, 'qa');
    const pid = pidOf('qa', s1.id);
    assert.ok(pid && alive(pid), 'the QEMU process runs');
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    assert.ok(cmd.includes('q35,accel=tcg'), 'TCG is forced');
    // The guest's NIC is its port's (the server's fixed address) with the port's MAC, and no way out.
    const macs = s1.addresses.map((a) => a.mac_address).filter(Boolean);
    assert.ok(macs.length > 0, `the server has a port: ${JSON.stringify(s1.addresses)}`);
    for (const mac of macs) assert.ok(cmd.some((a) => a.startsWith('user,restrict=on') && a.endsWith(`mac=${mac}`)), `a NIC with MAC ${mac}: ${cmd.join(' ')}`);
    assert.ok(existsSync(join(instances('qa'), s1.id, 'disk')), 'the root disk overlay exists');
    assert.equal(fetches('qa', imageId), 1, 'the image was fetched once into _base');
    const rc = await cloud.client.servers.remoteConsole(s1.id).catch(() => undefined);
    if (rc) assert.ok(rc.url.length > 0);
  });

  test('stop powers the guest off by ACPI (QEMU exits); start boots it again', async () => {
    const pid = pidOf('qa', s1.id)!;
    const stopped = await cloud.client.servers.stop(s1.id);
    await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_SHUTOFF', 60_000, stopped);
    assert.equal(alive(pid), false, 'the QEMU process is gone');
    assert.match(await consoleOf(s1.id), /ACPI power button, powering off/);
    const started = await cloud.client.servers.start(s1.id);
    await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_ACTIVE', BOOT_MS, started);
    await until(async () => (await consoleOf(s1.id)).split(READY).length - 1 >= 2, 'the second boot prints the marker');
    assert.ok(alive(pidOf('qa', s1.id)!));
  });

  test('pause and unpause map to QMP stop/cont', async () => {
    const paused = await cloud.client.servers.pause(s1.id);
    const p = await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_PAUSED', 30_000, paused);
    assert.equal(p.power_state, 'POWER_STATE_PAUSED');
    // A paused guest's counter stands still.
    const t0 = lastTick(await consoleOf(s1.id));
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(lastTick(await consoleOf(s1.id)), t0);
    const resumed = await cloud.client.servers.unpause(s1.id);
    const a = await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_ACTIVE', 30_000, resumed);
    assert.equal(a.power_state, 'POWER_STATE_RUNNING');
    await until(async () => lastTick(await consoleOf(s1.id)) > t0, 'the counter moves again', 30_000);
  });

  test('a second boot of the image on the same host does not fetch it again', async () => {
    const s2 = await boot('vm2', imageId, 'qa');
    assert.equal(s2.host, 'qa');
    assert.equal(fetches('qa', imageId), 1, 'still one fetch of the image on qa');
    await remove(s2.id);
    assert.equal(existsSync(join(instances('qa'), s2.id)), false, 'the instance directory is removed');
  });

  let snapId = '';

  test('a snapshot becomes an image that boots', async () => {
    const { image } = await cloud.client.servers.createImage(s1.id, 'vm1-snap');
    snapId = image.id;
    const snap = await until(async () => {
      const i = await cloud.client.images.get(snapId);
      return i.status === 'IMAGE_STATUS_ACTIVE' ? i : undefined;
    }, 'the snapshot image is active', 120_000);
    assert.ok(Number(snap.size_bytes) > 1024 * 1024, `snapshot size ${snap.size_bytes}`);
    await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_ACTIVE', 30_000);
    const s3 = await boot('from-snap', snapId, 'qb');
    assert.equal(fetches('qb', snapId), 1);
    await remove(s3.id);
  });

  test('live migration moves the running guest to the other compute process', async () => {
    const before = lastTick(await consoleOf(s1.id));
    const srcPid = pidOf('qa', s1.id)!;
    const migrating = await cloud.client.servers.liveMigrate(s1.id, { host: 'qb' });
    const moved = await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_ACTIVE', 120_000, migrating);
    assert.equal(moved.host, 'qb');
    // The destination's console continues the count: the guest was not rebooted.
    const out = await until(async () => {
      const c = await consoleOf(s1.id);
      return lastTick(c) > before ? c : undefined;
    }, 'the counter continues on qb', 30_000);
    assert.ok(!out.includes(READY), 'no new boot on the destination');
    const firstThere = Number(/KUMO TICK (\d+)/.exec(out)![1]);
    assert.ok(firstThere >= before, `the count went on from ${before} (first on qb: ${firstThere})`);
    await until(() => !alive(srcPid), 'the source QEMU is gone', 30_000);
    assert.ok(alive(pidOf('qb', s1.id)!));
  });

  test('kill -9 of the compute process leaves the guest running; a restart reattaches', async () => {
    const idx = cloud.processes.findIndex((p) => p.process.spawnargs.includes('qb'));
    const proc = cloud.processes[idx]!;
    const guestPid = pidOf('qb', s1.id)!;
    proc.process.kill('SIGKILL');
    await proc.stop();
    assert.ok(alive(guestPid), 'the guest survives its compute process');
    const restarted = await spawnService('kumo-compute', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' },
      args: ['--name', 'qb', '--hosts', '1', ...computeArgs],
      label: 'compute-qb-restarted',
    });
    cloud.processes[idx] = restarted;
    const s = await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_ACTIVE', 30_000);
    assert.equal(s.power_state, 'POWER_STATE_RUNNING');
    assert.equal(pidOf('qb', s1.id), guestPid, 'the same QEMU process');
    // The restarted driver drives it through QMP again.
    const paused = await cloud.client.servers.pause(s1.id);
    await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_PAUSED', 30_000, paused);
    // A guest that died while the compute process was down is reported off.
    const again = cloud.processes[idx]!;
    again.process.kill('SIGKILL');
    await again.stop();
    process.kill(guestPid, 'SIGKILL');
    await until(() => !alive(guestPid), 'the guest process is gone', 10_000);
    cloud.processes[idx] = await spawnService('kumo-compute', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' },
      args: ['--name', 'qb', '--hosts', '1', ...computeArgs],
      label: 'compute-qb-restarted-2',
    });
    const off = await waitStatus(cloud.client, s1.id, 'SERVER_STATUS_SHUTOFF', 30_000);
    assert.equal(off.power_state, 'POWER_STATE_SHUTDOWN');
    await remove(s1.id);
    assert.deepEqual(qemuPidsUnder(cloud.dataDir), [], 'no QEMU process left');
  });
});
