// Quotas across real processes (api, two conductors, scheduler, compute):
// concurrent creates never exceed a quota, usage follows deletes, failed
// builds and resizes, and the errors carry google.rpc.QuotaFailure.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KumoClient } from '../../pkg/client/client.js';
import { KumoApiError } from '../../pkg/client/errors.js';
import type { QuotaDetails__Output, Server__Output } from '../../pkg/gen/types.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone, waitStatus } from '../support/expect.js';
import { observer, waitViewsConverged } from '../support/views.js';
import type { ActorSystem } from '../../pkg/actor/runtime.js';

let cloud: TestCloud;
let obs: ActorSystem;
let admin: KumoClient;
let imageId = '';
let failingImageId = '';
const clients: KumoClient[] = [];

/** A member of `project` (noauth: identity from metadata). */
function member(project: string, user = `${project}-user`): KumoClient {
  const c = new KumoClient({ url: cloud.endpoint, project, user, roles: ['member', 'reader'] });
  clients.push(c);
  return c;
}

/**
 * A project's first server makes its default security group (networking);
 * made once here so the races below race on quota only.
 */
async function warmUp(client: KumoClient): Promise<void> {
  const { servers } = await client.servers.api.CreateServer({ name: 'warm-up', flavor_id: 'tiny', image_id: imageId, network_mode: 'NETWORK_MODE_NONE' });
  await client.servers.api.DeleteServer({ id: servers[0]!.id });
  await waitGone(client, servers[0]!.id);
  await expectUsage(client, { instances: 0 });
  // Both conductors count the release before a race: a view one entry behind still counts the
  // warm-up server (releases follow the log by a moment; CI once saw 9 of 10 servers made).
  await waitViewsConverged(obs, 2);
}

type Usage = Partial<Record<keyof QuotaDetails__Output, number>>;

function inUse(d: QuotaDetails__Output): Usage {
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Number((v as { in_use: number }).in_use)]));
}

/** GetLimits reaches the expected usage (releases follow the log by a moment). */
async function expectUsage(client: KumoClient, want: Usage, timeoutMs = 10_000): Promise<QuotaDetails__Output> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const d = await client.quotas.limits();
    const got = inUse(d);
    if (Object.entries(want).every(([k, v]) => got[k as keyof Usage] === v)) return d;
    if (Date.now() > until) assert.deepEqual(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof Usage]])), want, 'usage did not settle');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function projectServers(client: KumoClient): Promise<Server__Output[]> {
  const out: Server__Output[] = [];
  for await (const s of client.servers.list({})) out.push(s);
  return out;
}

async function deleteAll(client: KumoClient): Promise<void> {
  const servers = await projectServers(client);
  await Promise.all(servers.map((s) => client.servers.api.DeleteServer({ id: s.id })));
  await Promise.all(servers.map((s) => waitGone(client, s.id)));
}

/** The QuotaFailure of an over-quota error, decoded from grpc-status-details-bin by the SDK. */
async function expectQuota(p: Promise<unknown>, subjects: string[]): Promise<KumoApiError> {
  const err = await expectError(p, 'RESOURCE_EXHAUSTED');
  assert.equal(err.reason, 'QUOTA_EXCEEDED');
  assert.deepEqual(err.quotaViolations.map((v) => v.subject).sort(), [...subjects].sort(), JSON.stringify(err.quotaViolations));
  for (const v of err.quotaViolations) assert.match(v.description, new RegExp(`^Quota exceeded for ${v.subject}: Requested \\d+, but already used \\d+ of \\d+ ${v.subject}$`));
  return err;
}

describe('quotas', { timeout: 240_000 }, () => {
  before(async () => {
    cloud = await startCloud({ conductors: 2, computes: [{ name: 'q', hosts: 4 }], computeArgs: ['--fake-spawn-ms', '20'], quotaDefaults: '' });
    obs = await observer(cloud.nats.url);
    admin = cloud.client;
    await admin.flavors.CreateFlavor({ flavor: { id: 'tiny', name: 'q.tiny', vcpus: 1, ram_mb: 64, disk_gb: 1 } });
    await admin.flavors.CreateFlavor({ flavor: { id: 'med', name: 'q.med', vcpus: 2, ram_mb: 512, disk_gb: 1 } });
    await admin.flavors.CreateFlavor({ flavor: { id: 'big', name: 'q.big', vcpus: 4, ram_mb: 1024, disk_gb: 1 } });
    imageId = (await admin.images.CreateImage({ image: { name: 'cirros', visibility: 'public' } })).image!.id;
    failingImageId = (await admin.images.CreateImage({ image: { name: 'broken', visibility: 'public', properties: { kumo_fake_fail: 'spawn' } } })).image!.id;
  });

  after(async () => {
    for (const c of clients) c.close();
    await obs?.drain();
    await cloud?.stop();
  });

  test("Nova's defaults apply until an admin overrides them; DeleteQuota reverts", async () => {
    const res = await admin.quotas.get('q-defaults');
    assert.deepEqual(
      { ...res.quota },
      { instances: 10, cores: 20, ram_mb: 51200, keypairs: 100, server_groups: 10, server_group_members: 10, metadata_items: 128, floating_ips: 50, security_groups: 10, security_group_rules: 100 },
    );
    assert.deepEqual(res.overridden, []);
    const set = await admin.quotas.set('q-defaults', { instances: 3, ram_mb: -1 });
    assert.equal(set.instances, 3);
    assert.equal(set.ram_mb, -1);
    assert.equal(set.cores, 20);
    assert.deepEqual([...(await admin.quotas.get('q-defaults')).overridden].sort(), ['instances', 'ram_mb']);
    await admin.quotas.reset('q-defaults');
    assert.equal((await admin.quotas.get('q-defaults')).quota!.instances, 10);
    // A member sees its own project's quota, not another's, and changes none.
    const m = member('q-defaults');
    assert.equal((await m.quotas.get()).project_id, 'q-defaults');
    await expectError(m.quotas.get('other'), 'PERMISSION_DENIED');
    await expectError(m.quotas.set('q-defaults', { instances: 100 }), 'PERMISSION_DENIED');
    await expectError(admin.quotas.set('q-defaults', { instances: -2 }), 'INVALID_ARGUMENT', 'instances');
    await expectError(admin.quotas.set('', { instances: 1 }), 'INVALID_ARGUMENT', 'project_id');
  });

  test('100 concurrent creates against a quota of 10 instances: exactly 10 servers and 90 QuotaFailures', async () => {
    const c = member('q-race');
    await warmUp(c);
    await admin.quotas.set('q-race', { instances: 10, cores: -1 });
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => c.servers.api.CreateServer({ name: `race-${i}`, flavor_id: 'tiny', image_id: imageId, max_count: 1, network_mode: 'NETWORK_MODE_NONE' })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    assert.equal(ok.length, 10);
    assert.equal(refused.length, 90);
    for (const err of refused) {
      assert.ok(err instanceof KumoApiError, String(err));
      assert.equal(err.codeName, 'RESOURCE_EXHAUSTED', err.message);
      assert.deepEqual(err.quotaViolations.map((v) => v.subject), ['instances']);
      assert.match(err.quotaViolations[0]!.description, /^Quota exceeded for instances: Requested 1, but already used 10 of 10 instances$/);
    }
    assert.equal((await projectServers(c)).length, 10);
    const limits = await expectUsage(c, { instances: 10, cores: 10, ram_mb: 640 });
    assert.equal(Number(limits.instances!.limit), 10);

    // Over quota as a whole: min_count governs (Nova) — 20 of 20 is refused, nothing is created.
    await expectQuota(c.servers.api.CreateServer({ name: 'many', flavor_id: 'tiny', image_id: imageId, min_count: 20, max_count: 20, network_mode: 'NETWORK_MODE_NONE' }), ['instances']);
    assert.equal((await projectServers(c)).length, 10);

    // Everything deleted: usage back to 0, and stays there (each release counted once).
    await deleteAll(c);
    await expectUsage(c, { instances: 0, cores: 0, ram_mb: 0 });

    // With 10 free, min_count 1 / max_count 20 makes the 10 that fit (Nova's max_count within quota).
    const some = await c.servers.api.CreateServer({ name: 'fill', flavor_id: 'tiny', image_id: imageId, min_count: 1, max_count: 20, network_mode: 'NETWORK_MODE_NONE' });
    assert.equal(some.servers.length, 10);
    await expectUsage(c, { instances: 10 });
    await Promise.all(some.servers.map((s) => waitStatus(c, s.id, 'SERVER_STATUS_ACTIVE')));
    await deleteAll(c);
    await expectUsage(c, { instances: 0, cores: 0, ram_mb: 0 });
  });

  test('a failed build releases its cores and RAM; deleting it releases the instance, once', async () => {
    const c = member('q-fail');
    const { servers } = await c.servers.api.CreateServer({ name: 'doomed', flavor_id: 'med', image_id: failingImageId, network_mode: 'NETWORK_MODE_NONE' });
    const id = servers[0]!.id;
    await expectUsage(c, { instances: 1, cores: 2, ram_mb: 512 }, 2000).catch(() => undefined);
    const failed = await waitStatus(c, id, 'SERVER_STATUS_ERROR', 30_000);
    assert.equal(failed.launch_time, null);
    await expectUsage(c, { instances: 1, cores: 0, ram_mb: 0 });
    // A delete delivered twice (a retry) releases once: usage never goes below zero.
    await Promise.all([c.servers.api.DeleteServer({ id }), c.servers.api.DeleteServer({ id }).catch(() => undefined)]);
    await waitGone(c, id);
    await c.servers.api.DeleteServer({ id }).catch(() => undefined);
    await expectUsage(c, { instances: 0, cores: 0, ram_mb: 0 });
  });

  test('cores and RAM quotas refuse creates and resizes that would exceed them', async () => {
    const c = member('q-cores');
    await warmUp(c);
    await admin.quotas.set('q-cores', { cores: 4, ram_mb: 1024 });
    const a = (await c.servers.api.CreateServer({ name: 'a', flavor_id: 'med', image_id: imageId, network_mode: 'NETWORK_MODE_NONE' })).servers[0]!;
    const b = (await c.servers.api.CreateServer({ name: 'b', flavor_id: 'med', image_id: imageId, network_mode: 'NETWORK_MODE_NONE' })).servers[0]!;
    await expectUsage(c, { instances: 2, cores: 4, ram_mb: 1024 });
    const err = await expectQuota(c.servers.api.CreateServer({ name: 'c', flavor_id: 'tiny', image_id: imageId, network_mode: 'NETWORK_MODE_NONE' }), ['cores', 'ram']);
    assert.ok(err.quotaViolations.some((v) => v.description === 'Quota exceeded for cores: Requested 1, but already used 4 of 4 cores'), JSON.stringify(err.quotaViolations));
    const active = await waitStatus(c, a.id, 'SERVER_STATUS_ACTIVE');
    // An upsize is checked for what it adds (Nova): 2 more cores do not fit.
    await expectQuota(c.servers.api.ResizeServer({ id: active.id, flavor_id: 'big' }), ['cores', 'ram']);
    await expectUsage(c, { cores: 4, ram_mb: 1024 });
    // Room for it: the resized server counts the larger flavor until confirmed, then the new one.
    await admin.quotas.set('q-cores', { cores: 6, ram_mb: 1536 });
    const resizing = await c.servers.resize(active.id, 'big');
    await waitStatus(c, active.id, 'SERVER_STATUS_VERIFY_RESIZE', 30_000, resizing);
    await expectUsage(c, { cores: 6, ram_mb: 1536 });
    const confirmed = await c.servers.api.ConfirmResizeServer({ id: active.id });
    await waitStatus(c, active.id, 'SERVER_STATUS_ACTIVE', 30_000, confirmed.server);
    await expectUsage(c, { cores: 6, ram_mb: 1536 });
    await c.servers.api.DeleteServer({ id: b.id });
    await expectUsage(c, { instances: 1, cores: 4, ram_mb: 1024 });
    await deleteAll(c);
    await expectUsage(c, { instances: 0, cores: 0, ram_mb: 0 });
  });

  test('keypairs, server groups, group members and metadata items are limited too', async () => {
    const c = member('q-misc', 'q-misc-user');
    await warmUp(c);
    await admin.quotas.set('q-misc', { keypairs: 2, server_groups: 1, server_group_members: 2, metadata_items: 3 });
    await c.keypairs.api.CreateKeypair({ name: 'k1', public_key: '' });
    await c.keypairs.api.CreateKeypair({ name: 'k2', public_key: '' });
    await expectUsage(c, { keypairs: 2 });
    await expectQuota(c.keypairs.api.CreateKeypair({ name: 'k3', public_key: '' }), ['key_pairs']);
    await c.keypairs.api.DeleteKeypair({ name: 'k1' });
    await expectUsage(c, { keypairs: 1 });
    await c.keypairs.api.CreateKeypair({ name: 'k3', public_key: '' });
    await expectUsage(c, { keypairs: 2 });

    const group = (await c.serverGroups.api.CreateServerGroup({ name: 'g1', policy: 'SERVER_GROUP_POLICY_SOFT_AFFINITY', max_server_per_host: 0 })).server_group!;
    await expectQuota(c.serverGroups.api.CreateServerGroup({ name: 'g2', policy: 'SERVER_GROUP_POLICY_SOFT_AFFINITY', max_server_per_host: 0 }), ['server_groups']);
    await expectUsage(c, { server_groups: 1 });
    const hints = { group: group.id };
    const members = await c.servers.api.CreateServer({ name: 'm', flavor_id: 'tiny', image_id: imageId, max_count: 2, scheduler_hints: hints, network_mode: 'NETWORK_MODE_NONE' });
    assert.equal(members.servers.length, 2);
    await expectQuota(c.servers.api.CreateServer({ name: 'm3', flavor_id: 'tiny', image_id: imageId, scheduler_hints: hints, network_mode: 'NETWORK_MODE_NONE' }), ['server_group_members']);
    await expectUsage(c, { server_group_members: 2, instances: 2 });

    await expectQuota(c.servers.api.CreateServer({ name: 'md', flavor_id: 'tiny', image_id: imageId, metadata: { a: '1', b: '2', c: '3', d: '4' }, network_mode: 'NETWORK_MODE_NONE' }), ['metadata_items']);
    // Setting metadata counts what the server would hold (Nova's merged count); as Nova, only once it is built.
    await waitStatus(c, members.servers[0]!.id, 'SERVER_STATUS_ACTIVE');
    await c.servers.api.SetServerMetadata({ id: members.servers[0]!.id, metadata: { a: '1', b: '2' } });
    await expectQuota(c.servers.api.SetServerMetadata({ id: members.servers[0]!.id, metadata: { c: '3', d: '4' } }), ['metadata_items']);
    await c.servers.api.SetServerMetadata({ id: members.servers[0]!.id, metadata: { c: '3', d: '4' }, replace: true });

    await deleteAll(c);
    await c.serverGroups.api.DeleteServerGroup({ id: group.id });
    await expectUsage(c, { instances: 0, server_groups: 0, server_group_members: 0 });
    assert.ok(cloud.allAlive());
  });
  test('floating IPs, security groups and rules are quotas: overridden, raced, shown with usage, reverted by DeleteQuota', async () => {
    const c = member('q-net');
    await admin.networks.create('q-public', ['198.51.100.0/24'], { external: true });
    const before = await c.quotas.limits();
    assert.deepEqual(
      [before.floating_ips, before.security_groups, before.security_group_rules].map((d) => [Number(d!.limit), Number(d!.in_use)]),
      [[50, 0], [10, 0], [100, 0]],
    );
    const set = await admin.quotas.set('q-net', { floating_ips: 3, security_groups: 1, security_group_rules: 2 });
    assert.deepEqual([set.floating_ips, set.security_groups, set.security_group_rules].map(Number), [3, 1, 2]);
    assert.deepEqual([...(await admin.quotas.get('q-net')).overridden].sort(), ['floating_ips', 'security_group_rules', 'security_groups']);

    // 10 concurrent allocations against 3: exactly 3, the rest QuotaFailures naming floating_ips.
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => c.floatingIps.create('q-public')));
    const ok = results.filter((r) => r.status === 'fulfilled');
    assert.equal(ok.length, 3, results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)).slice(0, 2).join('; '));
    for (const r of results) if (r.status === 'rejected') await expectQuota(Promise.reject(r.reason), ['floating_ips']);
    const err = await expectQuota(c.floatingIps.create('q-public'), ['floating_ips']);
    assert.equal(err.quotaViolations[0]!.description, 'Quota exceeded for floating_ips: Requested 1, but already used 3 of 3 floating_ips');
    await expectUsage(c, { floating_ips: 3 });

    const g = await c.securityGroups.create('web');
    await expectQuota(c.securityGroups.create('db'), ['security_groups']);
    const tcp = (port: number) => ({ direction: 'ingress', protocol: 'tcp', port_range_min: port, port_range_max: port });
    const rules = await Promise.allSettled([22, 80, 443, 8080].map((p) => c.securityGroups.createRule(g.id, tcp(p))));
    assert.equal(rules.filter((r) => r.status === 'fulfilled').length, 2);
    for (const r of rules) if (r.status === 'rejected') await expectQuota(Promise.reject(r.reason), ['security_group_rules']);
    await expectUsage(c, { floating_ips: 3, security_groups: 1, security_group_rules: 2 });

    // DeleteQuota: back to Neutron's defaults, and room again.
    await admin.quotas.reset('q-net');
    const after = await admin.quotas.get('q-net');
    assert.deepEqual([after.quota!.floating_ips, after.quota!.security_groups, after.quota!.security_group_rules].map(Number), [50, 10, 100]);
    assert.deepEqual(after.overridden, []);
    await c.floatingIps.create('q-public');
    await c.securityGroups.create('db');
    await c.securityGroups.createRule(g.id, tcp(8443));
    await expectUsage(c, { floating_ips: 4, security_groups: 2, security_group_rules: 3 });
    // Unlimited (-1) lets past the default.
    await admin.quotas.set('q-net', { security_groups: -1 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => c.securityGroups.create(`many-${i}`)));
    await expectUsage(c, { security_groups: 12 });
    for (const f of await c.floatingIps.list().toArray()) await c.floatingIps.delete(f.id);
    await expectUsage(c, { floating_ips: 0 });
  });
});
