// The lifecycle options that end a state after a while, on real processes:
// soft delete with restore, force delete and reclaim
// (reclaim_instance_interval), auto-confirm of a resize
// (resize_confirm_window), and shelving without offload
// (shelved_offload_time = -1) then an explicit offload.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Server__Output, ServerStatus__Output } from '../../pkg/gen/types.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone, waitStatus as waitStatusOf } from '../support/expect.js';

let cloud: TestCloud;
let imageId = '';

const waitStatus = (id: string, status: ServerStatus__Output, timeoutMs?: number): Promise<Server__Output> => waitStatusOf(cloud.client, id, status, timeoutMs);
const api = () => cloud.client.servers.api;

async function boot(name: string): Promise<Server__Output> {
  const { servers } = await api().CreateServer({ name, flavor_id: 'small', image_id: imageId });
  return waitStatus(servers[0]!.id, 'SERVER_STATUS_ACTIVE');
}

async function vcpusUsed(host: string): Promise<number> {
  const { hypervisor } = await cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: host });
  return hypervisor!.vcpus_used;
}

describe('lifecycle timers', { timeout: 120_000 }, () => {
  before(async () => {
    cloud = await startCloud({
      computes: [
        { name: 'tA', hosts: 1 },
        { name: 'tB', hosts: 1 },
      ],
      computeArgs: ['--reclaim-instance-interval', '2', '--resize-confirm-window', '1', '--shelved-offload-time=-1', '--heartbeat-ms', '300'],
    });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'small', name: 'small', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'medium', name: 'medium', vcpus: 2, ram_mb: 1024, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });

  after(async () => {
    await cloud?.stop();
  });

  test('delete is a soft delete: restore brings it back, force delete and the reclaim remove it', async () => {
    const s = await boot('soft1');
    await expectError(api().RestoreServer({ id: s.id }), 'FAILED_PRECONDITION');
    await api().DeleteServer({ id: s.id });
    const soft = await waitStatus(s.id, 'SERVER_STATUS_SOFT_DELETED');
    assert.ok(soft.deleted_time, 'deleted_time is set');
    assert.equal(soft.power_state, 'POWER_STATE_SHUTDOWN');
    // A soft-deleted server keeps its resources.
    assert.equal(await vcpusUsed(s.host), 1);
    await api().RestoreServer({ id: s.id });
    const restored = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    assert.equal(restored.deleted_time, null);

    await api().DeleteServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SOFT_DELETED');
    await api().ForceDeleteServer({ id: s.id });
    await waitGone(cloud.client, s.id);

    const r = await boot('soft2');
    await api().DeleteServer({ id: r.id });
    await waitStatus(r.id, 'SERVER_STATUS_SOFT_DELETED');
    // Reclaimed by its host after reclaim_instance_interval (2 s).
    await waitGone(cloud.client, r.id);
    const until = Date.now() + 5000;
    while ((await vcpusUsed(r.host)) !== 0 && Date.now() < until) await new Promise((res) => setTimeout(res, 100));
    assert.equal(await vcpusUsed(r.host), 0);
  });

  test('a resize left in VERIFY_RESIZE is confirmed after resize_confirm_window', async () => {
    const s = await boot('auto1');
    await api().ResizeServer({ id: s.id, flavor_id: 'medium' });
    // Confirmed automatically (1 s): ACTIVE on the new host, the source freed.
    const done = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE', 20_000);
    assert.notEqual(done.host, s.host);
    assert.equal(done.flavor!.id, 'medium');
    const until = Date.now() + 5000;
    while ((await vcpusUsed(s.host)) !== 0 && Date.now() < until) await new Promise((res) => setTimeout(res, 100));
    assert.equal(await vcpusUsed(s.host), 0);
    await api().DeleteServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SOFT_DELETED');
    await api().ForceDeleteServer({ id: s.id });
    await waitGone(cloud.client, s.id);
  });

  test('with shelved_offload_time -1 a shelved server stays on its host until offloaded', async () => {
    const s = await boot('shelf2');
    await api().ShelveServer({ id: s.id });
    const shelved = await waitStatus(s.id, 'SERVER_STATUS_SHELVED');
    assert.equal(shelved.host, s.host);
    assert.equal(shelved.power_state, 'POWER_STATE_SHUTDOWN');
    // Unshelve on the same host just powers it on.
    await api().UnshelveServer({ id: s.id, availability_zone: '' });
    const back = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    assert.equal(back.host, s.host);
    await api().ShelveServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SHELVED');
    await api().ShelveOffloadServer({ id: s.id });
    const off = await waitStatus(s.id, 'SERVER_STATUS_SHELVED_OFFLOADED');
    assert.equal(off.host, '');
    // The host lets go of the claim (another test's soft-deleted server may hold it for up to 2 s more).
    const until = Date.now() + 5000;
    while ((await vcpusUsed(s.host)) !== 0 && Date.now() < until) await new Promise((res) => setTimeout(res, 100));
    assert.equal(await vcpusUsed(s.host), 0);
    // A server no host holds is deleted by the conductor at once.
    await api().DeleteServer({ id: s.id });
    await waitGone(cloud.client, s.id);
  });
});
