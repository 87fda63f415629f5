// The boot path across real processes: api, conductor, scheduler and two
// compute processes, each an OS process, over one private nats-server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Server__Output, ServerStatus__Output } from '../../pkg/gen/types.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud, TEST_QUOTA_DEFAULTS } from '../support/cloud.js';
import { expectError, waitGone as waitGoneOf, waitStatus as waitStatusOf } from '../support/expect.js';

let cloud: TestCloud;
let imageId = '';
let failingImageId = '';

const waitStatus = (id: string, status: ServerStatus__Output, timeoutMs?: number, since?: Server__Output | null): Promise<Server__Output> => waitStatusOf(cloud.client, id, status, timeoutMs, since);
const waitGone = (id: string): Promise<void> => waitGoneOf(cloud.client, id);

async function allServers(): Promise<Server__Output[]> {
  const out: Server__Output[] = [];
  for await (const s of cloud.client.servers.list({ page_size: 7 })) out.push(s);
  return out;
}

/** Each host's reported usage equals the sum of the flavors of the servers it holds. */
async function assertUsageMatches(): Promise<void> {
  const until = Date.now() + 5000;
  for (;;) {
    const servers = (await allServers()).filter((s) => s.host && s.status !== 'SERVER_STATUS_ERROR');
    const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
    const mismatches = hvs.filter((h) => {
      const mine = servers.filter((s) => s.host === h.host);
      return (
        h.vcpus_used !== mine.reduce((n, s) => n + s.flavor!.vcpus, 0) ||
        h.memory_mb_used !== mine.reduce((n, s) => n + s.flavor!.ram_mb, 0) ||
        h.local_gb_used !== mine.reduce((n, s) => n + s.flavor!.disk_gb, 0) ||
        h.running_vms !== mine.length
      );
    });
    if (mismatches.length === 0) return;
    if (Date.now() > until) assert.fail(`usage differs from instances on ${mismatches.map((h) => h.host).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('boot path across processes', { timeout: 120_000 }, () => {
  before(async () => {
    cloud = await startCloud({
      computes: [
        { name: 'cA', hosts: 2 },
        { name: 'cB', hosts: 2 },
      ],
      computeArgs: ['--fake-power-ms', '100'],
    });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: '2', name: 'm1.small', vcpus: 1, ram_mb: 2048, disk_gb: 20 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros', properties: { architecture: 'x86_64' } } })).image!.id;
    failingImageId = (await cloud.client.images.CreateImage({ image: { name: 'broken', properties: { kumo_fake_fail: 'spawn' } } })).image!.id;
  });

  after(async () => {
    await cloud?.stop();
  });

  test('20 servers from one request become ACTIVE, spread over the hosts', async () => {
    const res = await cloud.client.servers.api.CreateServer({ name: 'web', flavor_id: '2', image_id: imageId, min_count: 10, max_count: 20, metadata: { role: 'web' } });
    assert.equal(res.servers.length, 20);
    assert.match(res.reservation_id, /^r-/);
    assert.deepEqual(
      res.servers.map((s) => s.name),
      Array.from({ length: 20 }, (_, i) => `web-${i + 1}`),
    );
    for (const s of res.servers) assert.equal(s.status, 'SERVER_STATUS_BUILD');
    const active = await Promise.all(res.servers.map((s) => waitStatus(s.id, 'SERVER_STATUS_ACTIVE')));
    const perHost = new Map<string, number>();
    for (const s of active) {
      assert.equal(s.vm_state, 'VM_STATE_ACTIVE');
      assert.equal(s.power_state, 'POWER_STATE_RUNNING');
      assert.ok(s.launch_time);
      assert.equal(s.metadata['role'], 'web');
      perHost.set(s.host, (perHost.get(s.host) ?? 0) + 1);
    }
    assert.deepEqual([...perHost.keys()].sort(), ['cA-1', 'cA-2', 'cB-1', 'cB-2']);
    // Equal hosts and a spreading RAM weigher: five each.
    for (const n of perHost.values()) assert.equal(n, 5);
    await assertUsageMatches();
    const listed = await cloud.client.servers.api.ListServers({ reservation_id: res.reservation_id, host: 'cA-1' });
    assert.equal(listed.servers.length, 5);
  });

  test('stop, start, reboot and delete reach their states', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'life', flavor_id: '2', image_id: imageId });
    const id = servers[0]!.id;
    await waitStatus(id, 'SERVER_STATUS_ACTIVE');

    const stopping = await cloud.client.servers.api.StopServer({ id });
    assert.equal(stopping.server!.task_state, 'TASK_STATE_POWERING_OFF');
    // A second action while a task runs is refused, naming the state.
    const busy = await expectError(cloud.client.servers.api.RebootServer({ id, type: 'REBOOT_TYPE_HARD' }), 'FAILED_PRECONDITION');
    assert.match(busy.message, /task_state is powering-off/);
    const stopped = await waitStatus(id, 'SERVER_STATUS_SHUTOFF');
    assert.equal(stopped.power_state, 'POWER_STATE_SHUTDOWN');
    assert.equal(stopped.vm_state, 'VM_STATE_STOPPED');

    const notActive = await expectError(cloud.client.servers.api.RebootServer({ id, type: 'REBOOT_TYPE_SOFT' }), 'FAILED_PRECONDITION');
    assert.match(notActive.message, /vm_state is stopped/);

    await cloud.client.servers.api.StartServer({ id });
    await waitStatus(id, 'SERVER_STATUS_ACTIVE');

    const soft = await cloud.client.servers.api.RebootServer({ id, type: 'REBOOT_TYPE_SOFT' });
    assert.equal(soft.server!.status, 'SERVER_STATUS_REBOOT');
    await waitStatus(id, 'SERVER_STATUS_ACTIVE', undefined, soft.server);

    await cloud.client.servers.api.StopServer({ id });
    await waitStatus(id, 'SERVER_STATUS_SHUTOFF');
    const hard = await cloud.client.servers.api.RebootServer({ id, type: 'REBOOT_TYPE_HARD' });
    assert.equal(hard.server!.status, 'SERVER_STATUS_HARD_REBOOT');
    const back = await waitStatus(id, 'SERVER_STATUS_ACTIVE');
    assert.equal(back.power_state, 'POWER_STATE_RUNNING');

    await expectError(cloud.client.servers.api.StartServer({ id }), 'FAILED_PRECONDITION');
    await cloud.client.servers.api.DeleteServer({ id });
    await waitGone(id);
    await assertUsageMatches();
  });

  test('a flavor too large for any host ends in ERROR with a no-valid-host fault', async () => {
    const big = await cloud.client.flavors.CreateFlavor({ flavor: { name: 'huge', vcpus: 8, ram_mb: 512 * 1024, disk_gb: 10 } });
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'big', flavor_id: big.flavor!.id, image_id: imageId });
    const s = await waitStatus(servers[0]!.id, 'SERVER_STATUS_ERROR');
    assert.equal(s.vm_state, 'VM_STATE_ERROR');
    assert.equal(s.host, '');
    assert.equal(s.fault!.code, 500);
    assert.match(s.fault!.message, /No valid host was found/);
    assert.match(s.fault!.message, /RamFilter removed 4 of 4 hosts: not enough free RAM/);
    // An ERROR server without a host can still be deleted.
    await cloud.client.servers.api.DeleteServer({ id: s.id });
    await waitGone(s.id);
  });

  test('a build failing on the host ends in ERROR with a fault and releases the claim', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'doomed', flavor_id: '2', image_id: failingImageId });
    const s = await waitStatus(servers[0]!.id, 'SERVER_STATUS_ERROR');
    assert.ok(s.host, 'the host that failed is recorded');
    assert.match(s.fault!.message, /spawn failed on host/);
    await assertUsageMatches();
    await cloud.client.servers.api.DeleteServer({ id: s.id });
    await waitGone(s.id);
  });

  test('bad input is INVALID_ARGUMENT naming the field; unknown ids are NOT_FOUND', async () => {
    const api = cloud.client.servers.api;
    await expectError(api.CreateServer({ name: '', flavor_id: '2', image_id: imageId }), 'INVALID_ARGUMENT', 'name');
    await expectError(api.CreateServer({ name: 'x', flavor_id: 'nope', image_id: imageId }), 'INVALID_ARGUMENT', 'flavor_id');
    await expectError(api.CreateServer({ name: 'x', flavor_id: '2', image_id: 'nope' }), 'INVALID_ARGUMENT', 'image_id');
    await expectError(api.CreateServer({ name: 'x', flavor_id: '2', image_id: imageId, min_count: 5, max_count: 2 }), 'INVALID_ARGUMENT', 'max_count');
    await expectError(api.CreateServer({ name: 'x', flavor_id: '2', image_id: imageId, key_name: 'missing' }), 'INVALID_ARGUMENT', 'key_name');
    await expectError(api.ListServers({ page_size: -1 }), 'INVALID_ARGUMENT', 'page_size');
    await expectError(api.GetServer({ id: '' }), 'INVALID_ARGUMENT', 'id');
    await expectError(cloud.client.flavors.CreateFlavor({ flavor: { name: 'zero', vcpus: 1, ram_mb: 0, disk_gb: 1 } }), 'INVALID_ARGUMENT', 'flavor.ram_mb');
    await expectError(cloud.client.flavors.CreateFlavor({ flavor: { name: 'm1.small', vcpus: 1, ram_mb: 1, disk_gb: 1 } }), 'ALREADY_EXISTS');
    await expectError(cloud.client.images.CreateImage({ image: { name: 'bad', disk_format: 'floppy' } }), 'INVALID_ARGUMENT', 'image.disk_format');
    await expectError(cloud.client.keypairs.CreateKeypair({ name: 'k', public_key: 'ssh-rsa not-base64!' }), 'INVALID_ARGUMENT', 'public_key');
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expectError(api.GetServer({ id: unknown }), 'NOT_FOUND');
    await expectError(api.GetServer({ id: 'not.a.uuid>' }), 'NOT_FOUND');
    await expectError(api.DeleteServer({ id: unknown }), 'NOT_FOUND');
    await expectError(api.StopServer({ id: unknown }), 'NOT_FOUND');
    await expectError(api.RebootServer({ id: unknown, type: 'REBOOT_TYPE_HARD' }), 'NOT_FOUND');
    await expectError(cloud.client.flavors.GetFlavor({ id: 'nope' }), 'NOT_FOUND');
    await expectError(cloud.client.images.GetImage({ id: unknown }), 'NOT_FOUND');
    await expectError(cloud.client.keypairs.GetKeypair({ name: 'nope' }), 'NOT_FOUND');
    await expectError(cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: 'nope' }), 'NOT_FOUND');
    // Another project's server is NOT_FOUND.
    const { servers } = await api.CreateServer({ name: 'mine', flavor_id: '2', image_id: imageId });
    const { KumoClient } = await import('../../pkg/client/client.js');
    const other = new KumoClient({ url: cloud.endpoint, project: 'someone-else' });
    try {
      await expectError(other.servers.api.GetServer({ id: servers[0]!.id }), 'NOT_FOUND');
      assert.equal((await other.servers.api.ListServers({})).servers.length, 0);
    } finally {
      other.close();
    }
    // Unknown enum numbers, oversized requests, other projects' private images.
    await expectError(api.ListServers({ status: 99 as never }), 'INVALID_ARGUMENT', 'status');
    await expectError(api.RebootServer({ id: servers[0]!.id, type: 99 as never }), 'INVALID_ARGUMENT', 'type');
    await expectError(api.CreateServer({ name: 'x'.repeat(2 * 1024 * 1024), flavor_id: '2', image_id: imageId }), 'RESOURCE_EXHAUSTED');
    await expectError(cloud.client.images.CreateImage({ image: { name: 'big', properties: { k: 'v'.repeat(300) } } }), 'INVALID_ARGUMENT', 'image.properties[k]');
    assert.ok(cloud.allAlive(), 'no process crashed');
  });

  test('private images are their project\'s; public ones are everyone\'s but only the owner deletes them', async () => {
    const { KumoClient } = await import('../../pkg/client/client.js');
    const other = new KumoClient({ url: cloud.endpoint, project: 'someone-else' });
    try {
      const secret = (await other.images.CreateImage({ image: { name: 'secret', visibility: 'private', owner: 'default' } })).image!;
      assert.equal(secret.owner, 'someone-else', 'the owner is the caller project, whatever the request says');
      await expectError(cloud.client.images.GetImage({ id: secret.id }), 'NOT_FOUND');
      assert.ok(!(await cloud.client.images.ListImages({})).images.some((i) => i.id === secret.id));
      await expectError(cloud.client.images.DeleteImage({ id: secret.id }), 'NOT_FOUND');
      await expectError(cloud.client.servers.api.CreateServer({ name: 'x', flavor_id: '2', image_id: secret.id }), 'INVALID_ARGUMENT', 'image_id');
      await expectError(other.images.DeleteImage({ id: imageId }), 'PERMISSION_DENIED');
      await other.images.DeleteImage({ id: secret.id });
    } finally {
      other.close();
    }
  });

  test('keypairs: import, generate (private key returned once), list, delete', async () => {
    const gen = await cloud.client.keypairs.CreateKeypair({ name: 'gen' });
    assert.match(gen.private_key, /BEGIN RSA PRIVATE KEY/);
    assert.match(gen.keypair!.public_key, /^ssh-rsa AAAA/);
    assert.match(gen.keypair!.fingerprint, /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const imported = await cloud.client.keypairs.CreateKeypair({ name: 'imported', public_key: gen.keypair!.public_key });
    assert.equal(imported.private_key, '');
    assert.equal(imported.keypair!.fingerprint, gen.keypair!.fingerprint);
    const shown = await cloud.client.keypairs.GetKeypair({ name: 'gen' });
    assert.equal(shown.keypair!.public_key, gen.keypair!.public_key);
    assert.deepEqual((await cloud.client.keypairs.ListKeypairs({})).keypairs.map((k) => k.name), ['gen', 'imported']);
    await cloud.client.keypairs.DeleteKeypair({ name: 'imported' });
    await expectError(cloud.client.keypairs.GetKeypair({ name: 'imported' }), 'NOT_FOUND');
  });

  test('a restarted compute process keeps its instances and usage (LMDB)', async () => {
    const before = (await allServers()).filter((s) => s.host.startsWith('cB-') && s.status === 'SERVER_STATUS_ACTIVE');
    assert.ok(before.length > 0);
    const idx = cloud.processes.findIndex((p) => p.name === 'compute-cB');
    const old = cloud.processes[idx]!;
    assert.equal(await old.stop(), 0, 'compute exits cleanly on SIGTERM');
    cloud.processes[idx] = await spawnService('kumo-compute', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' },
      args: ['--name', 'cB', '--hosts', '2', '--fake-power-ms', '100'],
      label: 'compute-cB',
    });
    await assertUsageMatches();
    const id = before[0]!.id;
    await cloud.client.servers.api.StopServer({ id });
    await waitStatus(id, 'SERVER_STATUS_SHUTOFF');
    await cloud.client.servers.api.StartServer({ id });
    await waitStatus(id, 'SERVER_STATUS_ACTIVE');
  });

  test('a restarted conductor resumes its view from LMDB where it stopped', async () => {
    const before = (await allServers()).map((s) => `${s.id}:${s.status}`).sort();
    const idx = cloud.processes.findIndex((p) => p.name === 'conductor-0');
    assert.equal(await cloud.processes[idx]!.stop(), 0, 'conductor exits cleanly on SIGTERM');
    cloud.processes[idx] = await spawnService('kumo-conductor', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: `${cloud.dataDir}/c0`, KUMO_LOG_LEVEL: 'warn', KUMO_QUOTA_DEFAULTS: TEST_QUOTA_DEFAULTS },
      label: 'conductor-0',
    });
    const after = (await allServers()).map((s) => `${s.id}:${s.status}`).sort();
    assert.deepEqual(after, before);
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'after-restart', flavor_id: '2', image_id: imageId });
    await waitStatus(servers[0]!.id, 'SERVER_STATUS_ACTIVE');
    assert.ok(cloud.allAlive(), 'no process crashed');
  });
});
