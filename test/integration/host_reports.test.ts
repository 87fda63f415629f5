// When a host reports to the schedulers (real processes, one host, a
// heartbeat far longer than the test): a claim is reported at once with the
// build counted in io_ops; the build reaching ACTIVE is not reported on its
// own (it only lowers io_ops), the host's next report carries it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connect, type NatsConnection, type Subscription } from 'nats';
import { subjects } from '../../pkg/actor/subjects.js';
import { hostReportCodec } from '../../pkg/compute/report.js';
import type { HostReport__Output } from '../../pkg/gen/types.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { waitStatus } from '../support/expect.js';

let cloud: TestCloud;
let nc: NatsConnection;
let imageId = '';
const reports: Array<{ at: number; report: HostReport__Output }> = [];
let sub: Subscription;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('host reports', { timeout: 120_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'cR', hosts: 1 }], computeArgs: ['--heartbeat-ms', '600000', '--fake-spawn-ms', '50'] });
    nc = await connect({ servers: cloud.nats.url });
    sub = nc.subscribe(subjects.allHostEvents(), { callback: (_e, m) => reports.push({ at: Date.now(), report: hostReportCodec.decode(m.data) }) });
    await nc.flush();
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'r1', name: 'r1', vcpus: 1, ram_mb: 256, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });

  after(async () => {
    sub?.unsubscribe();
    await nc?.close();
    await cloud?.stop();
  });

  test('a claim is reported at once; a build ending waits for the next report', async () => {
    const first = (await cloud.client.servers.api.CreateServer({ name: 'a', flavor_id: 'r1', image_id: imageId })).servers[0]!;
    await waitStatus(cloud.client, first.id, 'SERVER_STATUS_ACTIVE');
    await sleep(700);
    const withFirst = reports.filter((r) => r.report.running_vms === 1).map((r) => r.report.io_ops);
    assert.ok(withFirst.length >= 1, 'the claim was reported');
    // Before, the build reaching ACTIVE was a report of its own, with io_ops 0.
    assert.deepEqual(withFirst, withFirst.map(() => 1), 'every report since the claim counts the build: its end was not reported on its own');

    // The next claim's report carries it: only the new build is in flight.
    const second = (await cloud.client.servers.api.CreateServer({ name: 'b', flavor_id: 'r1', image_id: imageId })).servers[0]!;
    await waitStatus(cloud.client, second.id, 'SERVER_STATUS_ACTIVE');
    const two = reports.filter((r) => r.report.running_vms === 2);
    assert.ok(two.length >= 1);
    assert.equal(two[0]!.report.io_ops, 1, 'the first build is no longer counted');
  });
});
