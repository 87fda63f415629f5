// Scheduling through the real processes: no over-commit with two schedulers
// racing, rescheduling onto alternates, hints, groups, zones from
// aggregates, and the ExplainPlacement dry run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KumoApiError } from '../../pkg/client/errors.js';
import type { Server__Output, ServerStatus__Output } from '../../pkg/gen/types.js';
import { startCloud, type TestCloud } from '../support/cloud.js';

let cloud: TestCloud;
let imageId = '';

async function waitTerminal(ids: string[], timeoutMs = 60_000): Promise<Server__Output[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const all = new Map<string, Server__Output>();
    for await (const s of cloud.client.servers.list({ page_size: 1000 })) all.set(s.id, s);
    const mine = ids.map((id) => all.get(id)).filter((s): s is Server__Output => Boolean(s));
    const done = mine.filter((s) => (s.status === 'SERVER_STATUS_ACTIVE' || s.status === 'SERVER_STATUS_ERROR') && s.task_state === 'TASK_STATE_UNSPECIFIED');
    if (done.length === ids.length) return done;
    if (Date.now() > until) assert.fail(`${ids.length - done.length} of ${ids.length} servers never reached ACTIVE or ERROR`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function waitStatus(id: string, status: ServerStatus__Output): Promise<Server__Output> {
  const [s] = await waitTerminal([id]);
  assert.equal(s!.status, status, s!.fault?.message);
  return s!;
}

async function deleteAll(): Promise<void> {
  const ids: string[] = [];
  for await (const s of cloud.client.servers.list({})) ids.push(s.id);
  await Promise.all(ids.map((id) => cloud.client.servers.api.DeleteServer({ id })));
  const until = Date.now() + 30_000;
  while ((await cloud.client.servers.api.ListServers({})).servers.length > 0) {
    if (Date.now() > until) assert.fail('servers were not deleted');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('scheduling across processes', { timeout: 180_000 }, () => {
  before(async () => {
    // 4 hosts with room for exactly 25 one-vCPU servers each (no CPU overcommit).
    cloud = await startCloud({
      computes: [
        { name: 'sA', hosts: 2 },
        { name: 'sB', hosts: 2 },
      ],
      schedulers: 2,
      computeArgs: ['--host-vcpus', '25', '--cpu-allocation-ratio', '1', '--host-ram-mb', '1048576'],
    });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'c1', name: 'c1', vcpus: 1, ram_mb: 64, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros', properties: { architecture: 'x86_64' } } })).image!.id;
  });
  after(async () => {
    await cloud?.stop();
  });

  test('two schedulers, 500 concurrent creates, room for 100: at most 100 placed, none over-committed, all terminal', async () => {
    const created = await Promise.all(
      Array.from({ length: 500 }, (_, i) => cloud.client.servers.api.CreateServer({ name: `race-${i}`, flavor_id: 'c1', image_id: imageId })),
    );
    const ids = created.map((r) => r.servers[0]!.id);
    const servers = await waitTerminal(ids, 120_000);
    const active = servers.filter((s) => s.status === 'SERVER_STATUS_ACTIVE');
    assert.ok(active.length <= 100, `${active.length} ACTIVE`);
    assert.ok(active.length >= 95, `only ${active.length} ACTIVE: claims were refused that fit`);
    for (const s of servers.filter((x) => x.status === 'SERVER_STATUS_ERROR')) assert.match(s.fault!.message, /No valid host/);
    const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
    for (const h of hvs) {
      assert.ok(h.vcpus_used <= 25, `${h.host} over-committed: ${h.vcpus_used}/25`);
      assert.equal(h.vcpus_used, active.filter((s) => s.host === h.host).length, `${h.host} usage equals its servers`);
    }
    assert.ok(cloud.allAlive());
    await deleteAll();
  });

  test('a build that fails on a host is rescheduled onto the alternates, then ends in ERROR naming every host', async () => {
    const broken = (await cloud.client.images.CreateImage({ image: { name: 'broken', properties: { kumo_fake_fail: 'spawn' } } })).image!;
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'doomed', flavor_id: 'c1', image_id: broken.id });
    const s = await waitStatus(servers[0]!.id, 'SERVER_STATUS_ERROR');
    assert.match(s.fault!.message, /Exceeded maximum number of retries: the build failed on (s[AB]-\d, ){2}s[AB]-\d/);
    const failedHosts = new Set(/failed on ([^;]+);/.exec(s.fault!.message)![1]!.split(', '));
    assert.equal(failedHosts.size, 3, 'max_attempts 3: three different hosts');
    // BuildFailureWeigher: the next build goes to the host that did not fail.
    const ok = await cloud.client.servers.api.CreateServer({ name: 'fine', flavor_id: 'c1', image_id: imageId });
    const fine = await waitStatus(ok.servers[0]!.id, 'SERVER_STATUS_ACTIVE');
    assert.ok(!failedHosts.has(fine.host), `${fine.host} had failed a build`);
    await deleteAll();
  });

  test('same_host and different_host hints', async () => {
    const a = await waitStatus((await cloud.client.servers.api.CreateServer({ name: 'a', flavor_id: 'c1', image_id: imageId })).servers[0]!.id, 'SERVER_STATUS_ACTIVE');
    const same = await cloud.client.servers.api.CreateServer({ name: 'b', flavor_id: 'c1', image_id: imageId, max_count: 3, scheduler_hints: { same_host: [a.id] } });
    for (const s of await waitTerminal(same.servers.map((x) => x.id))) assert.equal(s.host, a.host);
    const diff = await cloud.client.servers.api.CreateServer({ name: 'c', flavor_id: 'c1', image_id: imageId, max_count: 3, scheduler_hints: { different_host: [a.id] } });
    for (const s of await waitTerminal(diff.servers.map((x) => x.id))) {
      assert.equal(s.status, 'SERVER_STATUS_ACTIVE');
      assert.notEqual(s.host, a.host);
    }
    const bad = await cloud.client.servers.api.CreateServer({ name: 'x', flavor_id: 'c1', image_id: imageId, scheduler_hints: { same_host: ['00000000-0000-4000-8000-000000000000'] } }).catch((e: unknown) => e);
    assert.ok(bad instanceof KumoApiError && bad.codeName === 'INVALID_ARGUMENT' && bad.fieldViolations[0]!.field === 'scheduler_hints.same_host');
    const badQuery = await cloud.client.servers.api.CreateServer({ name: 'x', flavor_id: 'c1', image_id: imageId, scheduler_hints: { query: '[>=' } }).catch((e: unknown) => e);
    assert.ok(badQuery instanceof KumoApiError && badQuery.fieldViolations[0]!.field === 'scheduler_hints.query');
    const badOp = await cloud.client.servers.api.CreateServer({ name: 'x', flavor_id: 'c1', image_id: imageId, scheduler_hints: { query: '["!=", "$host", "x"]' } }).catch((e: unknown) => e);
    assert.ok(badOp instanceof KumoApiError && /unknown operator !=/.test(badOp.message));
    // The JsonFilter query hint: any host but a's.
    const q = await cloud.client.servers.api.CreateServer({ name: 'q', flavor_id: 'c1', image_id: imageId, scheduler_hints: { query: JSON.stringify(['not', ['=', '$host', a.host]]) } });
    assert.notEqual((await waitStatus(q.servers[0]!.id, 'SERVER_STATUS_ACTIVE')).host, a.host);
    await deleteAll();
  });

  test('anti-affinity group: one member per host, the fifth finds no host', async () => {
    const g = (await cloud.client.serverGroups.CreateServerGroup({ name: 'spread', policy: 'SERVER_GROUP_POLICY_ANTI_AFFINITY' })).server_group!;
    const four = await cloud.client.servers.api.CreateServer({ name: 'm', flavor_id: 'c1', image_id: imageId, max_count: 4, scheduler_hints: { group: g.id } });
    const placed = await waitTerminal(four.servers.map((s) => s.id));
    assert.equal(new Set(placed.map((s) => s.host)).size, 4);
    const fifth = await cloud.client.servers.api.CreateServer({ name: 'm5', flavor_id: 'c1', image_id: imageId, scheduler_hints: { group: g.id } });
    const s = await waitStatus(fifth.servers[0]!.id, 'SERVER_STATUS_ERROR');
    assert.match(s.fault!.message, /ServerGroupAntiAffinityFilter removed 4 of 4 hosts/);
    await deleteAll();
  });

  test('an aggregate zone steers placement, and ExplainPlacement explains without claiming', async () => {
    const agg = (await cloud.client.aggregates.CreateAggregate({ name: 'edge', availability_zone: 'edge' })).aggregate!;
    await cloud.client.aggregates.AddAggregateHost({ id: agg.id, host: 'sB-2' });
    const request = { name: 'z', flavor_id: 'c1', image_id: imageId, availability_zone: 'edge', max_count: 2 };
    // The scheduler follows aggregates on the state log; wait until it sees the zone.
    let explained;
    const until = Date.now() + 10_000;
    for (;;) {
      explained = await cloud.client.placement.ExplainPlacement({ server: request, top: 3 });
      const az = explained.filters.find((f) => f.filter === 'AvailabilityZoneFilter')!;
      if (az.hosts_after === 1) break;
      if (Date.now() > until) assert.fail(`zone not applied: ${JSON.stringify(az)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(explained.hosts_considered, 4);
    const az = explained.filters.find((f) => f.filter === 'AvailabilityZoneFilter')!;
    assert.deepEqual([az.hosts_before, az.hosts_after], [4, 1]);
    assert.equal(az.reasons['in another availability zone'], 3);
    assert.equal(explained.weighed[0]!.host, 'sB-2');
    assert.ok(explained.weighed[0]!.scores.some((s) => s.weigher === 'RAMWeigher'));
    assert.deepEqual(explained.selected_hosts, ['sB-2', 'sB-2']);
    const hv = (await cloud.client.hypervisors.GetHypervisor({ hypervisor_hostname: 'sB-2' })).hypervisor!;
    assert.equal(hv.vcpus_used, 0, 'the dry run claimed nothing');
    const { servers } = await cloud.client.servers.api.CreateServer(request);
    for (const s of await waitTerminal(servers.map((x) => x.id))) {
      assert.equal(s.host, 'sB-2');
      assert.equal(s.availability_zone, 'edge');
    }
    // The CLI's --dry-run prints the same explanation.
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const kumo = new URL('../../cmd/kumo/main.js', import.meta.url).pathname;
    const dry = await promisify(execFile)(process.execPath, [kumo, '--url', cloud.endpoint, 'server', 'create', '--flavor', 'c1', '--image', 'cirros', '--availability-zone', 'edge', '--dry-run', 'z']);
    assert.match(dry.stdout, /Dry run: nothing was created or claimed\. 4 host\(s\) considered\./);
    assert.match(dry.stdout, /\| AvailabilityZoneFilter\s+\|\s+4 \|\s+1 \| in another availability zone \(3\)/);
    assert.match(dry.stdout, /Outcome: sB-2/);
    const none = await cloud.client.placement.ExplainPlacement({ server: { ...request, flavor_id: 'c1', max_count: 30 } });
    assert.match(none.no_valid_host, /No valid host was found for instance 24 of 30/);
    await deleteAll();
  });
});
