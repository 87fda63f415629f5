// When a host reports to the schedulers (real processes, one host, a
// heartbeat far longer than the test): a claim is reported at once with the
// build counted in io_ops; the build reaching ACTIVE is not reported on its
// own (it only lowers io_ops), the host's next report carries it. Then, with
// a short heartbeat and nothing happening: a full report every third
// heartbeat, beats between, and the host stays up.
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

describe('heartbeats: beats between full reports', { timeout: 120_000 }, () => {
  let beatCloud: TestCloud;
  let bnc: NatsConnection;

  before(async () => {
    beatCloud = await startCloud({ computes: [{ name: 'cB', hosts: 2 }], computeArgs: ['--heartbeat-ms', '100'], env: { KUMO_SERVICE_DOWN_TIME_MS: '2000' } });
    bnc = await connect({ servers: beatCloud.nats.url });
  });

  after(async () => {
    await bnc?.close();
    await beatCloud?.stop();
  });

  test('an idle host sends a full report every third heartbeat and a beat between; it stays up', async () => {
    const full: HostReport__Output[] = [];
    const beats: HostReport__Output[] = [];
    const a = bnc.subscribe(subjects.allHostEvents(), { callback: (_e, m) => full.push(hostReportCodec.decode(m.data)) });
    const b = bnc.subscribe(subjects.allHostBeats(), { callback: (_e, m) => beats.push(hostReportCodec.decode(m.data)) });
    await bnc.flush();
    await sleep(1_500);
    a.unsubscribe();
    b.unsubscribe();
    // Two hosts, ~15 heartbeats each: about 10 beats and 5 full reports per host.
    assert.ok(beats.length >= 12, `${beats.length} beats`);
    assert.ok(full.length >= 4 && full.length <= beats.length, `${full.length} full reports, ${beats.length} beats`);
    // A beat names its host, claim generation and boot, and carries nothing else.
    const last = full.filter((r) => r.host === beats[0]!.host).at(-1)!;
    assert.deepEqual([beats[0]!.generation, beats[0]!.boot_id], [last.generation, last.boot_id]);
    assert.ok(beats[0]!.report_time_ms > 0);
    assert.equal(beats[0]!.vcpus, 0);
    const services = (await beatCloud.client.hypervisors.ListComputeServices({ host: '' })).services;
    assert.equal(services.length, 2);
    for (const svc of services) assert.equal(svc.state, 'up', svc.host);
  });
});

