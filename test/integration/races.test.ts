// Races and restarts across real processes: deletes racing placement,
// concurrent catalog writes, a compute process killed mid-task or away
// while its server is deleted, and a restarted host still scheduled on.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Server__Output } from '../../pkg/gen/types.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone, waitStatus } from '../support/expect.js';

let cloud: TestCloud;
let imageId = '';
const env = (): Record<string, string> => ({ KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' });
const slowArgs = ['--name', 'slow', '--hosts', '1', '--fake-power-ms', '3000'];

async function restartCompute(label: string, args: string[], signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  const idx = cloud.processes.findIndex((p) => p.name === label);
  const old = cloud.processes[idx]!;
  if (signal === 'SIGKILL') {
    old.process.kill('SIGKILL');
    await new Promise((r) => old.process.once('exit', r));
  } else {
    await old.stop();
  }
  cloud.processes[idx] = await spawnService('kumo-compute', { env: env(), args, label });
}

async function hostUsage(host: string): Promise<{ vms: number; vcpus: number }> {
  const h = (await cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: host })).hypervisor!;
  return { vms: h.running_vms, vcpus: h.vcpus_used };
}

async function until(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('races and restarts', { timeout: 180_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'fast', hosts: 2 }, { name: 'slow', hosts: 1, args: ['--fake-power-ms', '3000'] }] });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 't', name: 't', vcpus: 1, ram_mb: 64, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });
  after(async () => {
    await cloud?.stop();
  });

  test('deleting servers while they are being placed: every one is gone, none comes back, no claim leaks', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'gone', flavor_id: 't', image_id: imageId, max_count: 40 });
    await Promise.all(servers.map((s) => cloud.client.servers.api.DeleteServer({ id: s.id })));
    await Promise.all(servers.map((s) => waitGone(cloud.client, s.id)));
    await new Promise((r) => setTimeout(r, 1500)); // late claims, if any, would land by now
    for (const s of servers) await expectError(cloud.client.servers.api.GetServer({ id: s.id }), 'NOT_FOUND');
    await until(async () => {
      const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
      return hvs.every((h) => h.running_vms === 0 && h.vcpus_used === 0);
    }, 'every claim released');
  });

  test('deleting servers whose builds fail and get rescheduled: none comes back', async () => {
    const broken = (await cloud.client.images.CreateImage({ image: { name: 'broken', properties: { kumo_fake_fail: 'spawn' } } })).image!;
    for (let round = 0; round < 3; round++) {
      const { servers } = await cloud.client.servers.api.CreateServer({ name: `r${round}`, flavor_id: 't', image_id: broken.id, max_count: 10 });
      await new Promise((r) => setTimeout(r, 5 * round));
      await Promise.all(servers.map((s) => cloud.client.servers.api.DeleteServer({ id: s.id }).catch(() => undefined)));
      // A server may also have ended in ERROR before the delete arrived: delete those again.
      await until(async () => {
        const left = (await cloud.client.servers.api.ListServers({ name: `r${round}` })).servers;
        await Promise.all(left.filter((s) => s.status === 'SERVER_STATUS_ERROR').map((s) => cloud.client.servers.api.DeleteServer({ id: s.id }).catch(() => undefined)));
        return left.length === 0;
      }, 'every server deleted');
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal((await cloud.client.servers.api.ListServers({ name: `r${round}` })).servers.length, 0, 'none came back');
    }
    await until(async () => (await cloud.client.hypervisors.ListHypervisors({})).hypervisors.every((h) => h.running_vms === 0), 'no claim left');
  });

  test('concurrent creates of one keypair name: one wins, the others are ALREADY_EXISTS or ABORTED', async () => {
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => cloud.client.keypairs.CreateKeypair({ name: 'same' })));
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const stored = (await cloud.client.keypairs.GetKeypair({ name: 'same' })).keypair!;
    const winner = results.find((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof cloud.client.keypairs.CreateKeypair>>> => r.status === 'fulfilled')!;
    assert.equal(stored.public_key, winner.value.keypair!.public_key, 'the stored key is the one whose private key was returned');
  });

  test('a compute process killed (SIGKILL) mid power-off recovers: the server is usable again', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'k', flavor_id: 't', image_id: imageId, scheduler_hints: { target_host: 'slow' } });
    const id = servers[0]!.id;
    await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');
    await cloud.client.servers.api.StopServer({ id });
    await restartCompute('compute-slow', slowArgs, 'SIGKILL');
    // The stop was accepted, so the restarted host carries it out (as Nova's init_host), and actions work again.
    const s: Server__Output = await waitStatus(cloud.client, id, 'SERVER_STATUS_SHUTOFF', 20_000);
    assert.equal(s.task_state, 'TASK_STATE_UNSPECIFIED');
    await cloud.client.servers.api.StartServer({ id });
    await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE', 20_000);
    await cloud.client.servers.api.DeleteServer({ id });
    await waitGone(cloud.client, id);
  });

  test('a server deleted while its host is away is reaped when the host returns', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'away', flavor_id: 't', image_id: imageId, scheduler_hints: { target_host: 'slow' } });
    const id = servers[0]!.id;
    await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');
    const idx = cloud.processes.findIndex((p) => p.name === 'compute-slow');
    await cloud.processes[idx]!.stop();
    await cloud.client.servers.api.DeleteServer({ id }); // local delete: nobody answers for the host
    await waitGone(cloud.client, id);
    cloud.processes[idx] = await spawnService('kumo-compute', { env: env(), args: slowArgs, label: 'compute-slow' });
    await until(async () => (await hostUsage('slow')).vms === 0, 'the returning host reaps the deleted server');
    assert.deepEqual(await hostUsage('slow'), { vms: 0, vcpus: 0 });
  });

  test('a restarted host is scheduled on again (its claim generations restart)', async () => {
    await restartCompute('compute-slow', slowArgs, 'SIGTERM');
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'again', flavor_id: 't', image_id: imageId, availability_zone: 'nova', max_count: 3 });
    const placed = await Promise.all(servers.map((s) => waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE')));
    assert.ok(placed.some((s) => s.host === 'slow'), `spread over all three hosts: ${placed.map((s) => s.host).join(', ')}`);
    assert.ok(cloud.allAlive());
  });
});
