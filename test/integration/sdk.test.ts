// The SDK against a real cloud (api, conductor, scheduler and two compute
// processes over a private nats-server): every manager's round trip, list
// paging with small pages, the typed errors with their details, waitFor,
// and every example of docs/sdk.md (test/examples/sdk_examples.ts).
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  AlreadyExistsError,
  FailedPreconditionError,
  FlavorManager,
  InvalidArgumentError,
  KumoApiError,
  KumoClient,
  NotFoundError,
  PermissionDeniedError,
  ServerFaultError,
  withCache,
  withLogging,
  type CallLogEntry,
} from '../../pkg/client/index.js';
import * as examples from '../examples/sdk_examples.js';
import { startCloud, type TestCloud } from '../support/cloud.js';

let cloud: TestCloud;
let kumo: KumoClient;
let imageId = '';
const TINY = 'sdk.tiny';
const HUGE = 'sdk.huge';
const HOSTS = ['sa-1', 'sa-2', 'sb-1', 'sb-2'];

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => assert.fail('expected the call to fail'),
    (e: unknown) => e,
  );
}

/** A local address nothing listens on. */
async function deadAddress(): Promise<string> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  await new Promise((resolve) => srv.close(resolve));
  return `127.0.0.1:${port}`;
}

describe('SDK against a real cloud', { timeout: 180_000 }, () => {
  before(async () => {
    cloud = await startCloud({
      computes: [
        { name: 'sa', hosts: 2 },
        { name: 'sb', hosts: 2 },
      ],
    });
    kumo = new KumoClient({ url: cloud.endpoint });
    await kumo.flavors.create({ id: TINY, name: 'sdk.tiny', vcpus: 1, ram_mb: 256, disk_gb: 1, is_public: true });
    await kumo.flavors.create({ id: HUGE, name: 'sdk.huge', vcpus: 1, ram_mb: 64 * 1024 * 1024, disk_gb: 1, is_public: true });
    imageId = (await kumo.images.create({ name: 'cirros' })).id;
  });

  after(async () => {
    kumo?.close();
    await cloud?.stop();
  });

  test('flavors: create, get, list in pages of 2, delete, then NotFoundError', async () => {
    const made = [];
    for (let i = 1; i <= 5; i++) made.push(await kumo.flavors.create({ id: `page-${i}`, name: `page-${i}`, vcpus: 1, ram_mb: 128 * i, disk_gb: 1, extra_specs: { i: String(i) } }));
    assert.deepEqual(made.map((f) => f.extra_specs['i']), ['1', '2', '3', '4', '5']);
    assert.equal((await kumo.flavors.get('page-3')).ram_mb, 384);

    const pages: string[][] = [];
    for await (const page of kumo.flavors.list({ page_size: 2 }).pages()) pages.push(page.map((f) => f.id));
    const all = pages.flat();
    assert.ok(pages.length >= 4 && pages.slice(0, -1).every((p) => p.length === 2), `pages: ${JSON.stringify(pages)}`);
    for (const id of [TINY, HUGE, 'page-1', 'page-5']) assert.ok(all.includes(id), `${id} listed`);
    assert.equal(new Set(all).size, all.length, 'no flavor twice');
    const iterated: string[] = [];
    for await (const f of kumo.flavors.list({ page_size: 2 })) iterated.push(f.id);
    assert.deepEqual(iterated, all);
    assert.deepEqual((await kumo.flavors.list({ page_size: 3 })).map((f) => f.id), all);

    for (const f of made) await kumo.flavors.delete(f.id);
    const gone = await rejection(kumo.flavors.get('page-3'));
    assert.ok(gone instanceof NotFoundError, String(gone));
    assert.equal(gone.reason, 'FLAVOR_NOT_FOUND');
    assert.equal(gone.rpc, 'GetFlavor');
    // The old stub shape still works.
    assert.equal((await kumo.flavors.GetFlavor({ id: TINY })).flavor!.name, 'sdk.tiny');
  });

  test('images: create, get, list in pages of 1, delete', async () => {
    const img = await kumo.images.create({ name: 'debian', disk_format: 'qcow2', properties: { os_distro: 'debian' } });
    assert.equal((await kumo.images.get(img.id)).properties['os_distro'], 'debian');
    const pages: number[] = [];
    for await (const page of kumo.images.list({ page_size: 1 }).pages()) pages.push(page.length);
    assert.deepEqual(pages, [1, 1]);
    assert.deepEqual((await kumo.images.list({ page_size: 1 })).map((i) => i.name).sort(), ['cirros', 'debian']);
    await kumo.images.delete(img.id);
    assert.ok((await rejection(kumo.images.get(img.id))) instanceof NotFoundError);
  });

  test('keypairs: generate, import, get, list in pages of 1, delete; a second one of a name is AlreadyExistsError', async () => {
    const gen = await kumo.keypairs.create('sdk-gen');
    assert.match(gen.privateKey, /PRIVATE KEY/);
    assert.ok(gen.keypair.public_key.length > 0);
    const imported = await kumo.keypairs.create('sdk-imported', { publicKey: gen.keypair.public_key });
    assert.equal(imported.privateKey, '');
    assert.equal(imported.keypair.fingerprint, gen.keypair.fingerprint);
    assert.equal((await kumo.keypairs.get('sdk-gen')).fingerprint, gen.keypair.fingerprint);
    const pages: string[][] = [];
    for await (const page of kumo.keypairs.list({ page_size: 1 }).pages()) pages.push(page.map((k) => k.name));
    assert.deepEqual(pages, [['sdk-gen'], ['sdk-imported']]);
    const dup = await rejection(kumo.keypairs.create('sdk-gen'));
    assert.ok(dup instanceof AlreadyExistsError, String(dup));
    await kumo.keypairs.delete('sdk-imported');
    await kumo.keypairs.delete('sdk-gen');
    assert.ok((await rejection(kumo.keypairs.get('sdk-gen'))) instanceof NotFoundError);
    assert.deepEqual(await kumo.keypairs.list(), []);
  });

  test('hypervisors and compute services', async () => {
    const names: string[] = [];
    let pages = 0;
    for await (const page of kumo.hypervisors.list({ page_size: 1 }).pages()) {
      pages++;
      names.push(...page.map((h) => h.hypervisor_hostname));
    }
    assert.equal(pages, 4);
    assert.deepEqual(names.sort(), HOSTS);
    assert.equal((await kumo.hypervisors.get('sa-1')).host, 'sa-1');
    assert.equal((await kumo.hypervisors.statistics()).count, 4);
    assert.ok((await rejection(kumo.hypervisors.get('nope'))) instanceof NotFoundError);

    assert.deepEqual((await kumo.services.list()).map((s) => s.host), HOSTS);
    const one: string[] = [];
    for await (const s of kumo.services.list('sb-1')) one.push(s.host);
    assert.deepEqual(one, ['sb-1']);
    assert.equal((await kumo.services.get('sb-2')).status, 'enabled');
    assert.ok((await rejection(kumo.services.get('nope'))) instanceof NotFoundError);

    const disabled = await kumo.services.disable('sb-2', 'sdk test');
    assert.deepEqual([disabled.status, disabled.disabled_reason], ['disabled', 'sdk test']);
    assert.equal((await kumo.services.enable('sb-2')).status, 'enabled');
    assert.equal((await kumo.services.forceDown('sb-2')).forced_down, true);
    assert.equal((await kumo.services.update('sb-2', { forcedDown: false })).forced_down, false);

    // Not an admin: PermissionDeniedError.
    const member = new KumoClient({ url: cloud.endpoint, roles: ['member'] });
    try {
      const denied = await rejection(member.services.disable('sb-2'));
      assert.ok(denied instanceof PermissionDeniedError, String(denied));
    } finally {
      member.close();
    }
  });

  test('aggregates and availability zones', async () => {
    const rack = await kumo.aggregates.create('sdk-rack', { availabilityZone: 'sdk-az' });
    assert.equal(rack.availability_zone, 'sdk-az');
    assert.deepEqual((await kumo.aggregates.addHost(rack.id, 'sa-1')).hosts, ['sa-1']);
    let agg = await kumo.aggregates.setMetadata(rack.id, { ssd: 'true', gpu: 'no' });
    assert.equal(agg.metadata['ssd'], 'true');
    agg = await kumo.aggregates.unsetMetadata(rack.id, ['gpu']);
    assert.equal(agg.metadata['gpu'], undefined);
    assert.equal((await kumo.aggregates.get(rack.id)).metadata['ssd'], 'true');
    assert.deepEqual((await kumo.aggregates.list()).map((a) => a.name), ['sdk-rack']);

    const zone = await kumo.availabilityZones.get('sdk-az');
    assert.deepEqual(zone.hosts, ['sa-1']);
    assert.ok((await kumo.availabilityZones.list()).some((z) => z.name === 'nova'));
    assert.ok((await rejection(kumo.availabilityZones.get('no-such-zone'))) instanceof NotFoundError);

    // Placement's dry run into that zone.
    const explained = await kumo.placement.explain({ name: 'x', flavor_id: TINY, image_id: imageId, availability_zone: 'sdk-az' }, { top: 2 });
    assert.deepEqual(explained.selected_hosts, ['sa-1']);
    assert.equal(explained.hosts_considered, 4);

    assert.deepEqual((await kumo.aggregates.removeHost(rack.id, 'sa-1')).hosts, []);
    await kumo.aggregates.delete(rack.id);
    assert.ok((await rejection(kumo.aggregates.get(rack.id))) instanceof NotFoundError);
  });

  test('server groups', async () => {
    const g = await kumo.serverGroups.create('sdk-spread', 'anti-affinity', { maxServerPerHost: 2 });
    assert.equal(g.policy, 'SERVER_GROUP_POLICY_ANTI_AFFINITY');
    assert.equal(g.max_server_per_host, 2);
    const h = await kumo.serverGroups.create('sdk-pack', 'SERVER_GROUP_POLICY_AFFINITY');
    assert.equal((await kumo.serverGroups.get(g.id)).name, 'sdk-spread');
    assert.deepEqual((await kumo.serverGroups.list()).map((x) => x.name).sort(), ['sdk-pack', 'sdk-spread']);
    await kumo.serverGroups.delete(g.id);
    await kumo.serverGroups.delete(h.id);
    assert.ok((await rejection(kumo.serverGroups.get(g.id))) instanceof NotFoundError);
  });

  test('servers: createMany, waitFor, list in pages of 1, reboot, stop and start, console auth, instance actions, delete', async () => {
    const { servers, reservationId } = await kumo.servers.createMany({ name: 'sdk', flavor_id: TINY, image_id: imageId, min_count: 3, max_count: 3 });
    assert.equal(servers.length, 3);
    assert.match(reservationId, /^r-/);
    const active = await Promise.all(servers.map((s) => kumo.servers.waitFor(s.id, 'SERVER_STATUS_ACTIVE', { timeoutMs: 60_000 })));
    assert.ok(active.every((s) => HOSTS.includes(s.host)));

    let pages = 0;
    const listed: string[] = [];
    for await (const page of kumo.servers.list({ reservation_id: reservationId, page_size: 1 }).pages()) {
      pages++;
      listed.push(...page.map((s) => s.name));
    }
    assert.equal(pages, 3);
    assert.deepEqual(listed.sort(), ['sdk-1', 'sdk-2', 'sdk-3']);

    const s = active[0]!;
    const rebooting = await kumo.servers.reboot(s.id, { hard: true });
    assert.equal(rebooting.id, s.id);
    await kumo.servers.waitFor(s.id, 'SERVER_STATUS_ACTIVE', { since: rebooting, timeoutMs: 60_000 });
    const stopping = await kumo.servers.stop(s.id);
    const stopped = await kumo.servers.waitFor(s.id, 'SERVER_STATUS_SHUTOFF', { since: stopping, timeoutMs: 60_000 });
    assert.equal(stopped.power_state, 'POWER_STATE_SHUTDOWN');
    const starting = await kumo.servers.start(s.id);
    await kumo.servers.waitFor(s.id, 'SERVER_STATUS_ACTIVE', { since: starting, timeoutMs: 60_000 });
    assert.deepEqual(
      (await kumo.servers.actions(s.id)).map((a) => a.action),
      ['start', 'stop', 'reboot', 'create'],
    );

    const con = await kumo.servers.remoteConsole(s.id);
    const token = decodeURIComponent(con.url.split('path=')[1]!).replace('?token=', '');
    assert.equal((await kumo.consoleAuth.validate(token)).instance_id, s.id);
    assert.ok((await rejection(kumo.consoleAuth.validate(token))) instanceof NotFoundError, 'tokens are one-time');

    for (const x of active) await kumo.servers.delete(x.id);
    for (const x of active) await kumo.servers.waitFor(x.id, 'SERVER_STATUS_DELETED', { since: x, timeoutMs: 60_000 });
    assert.deepEqual(await kumo.servers.list({ reservation_id: reservationId }), []);
  });

  test('typed errors from the real API: InvalidArgumentError with field violations, NotFoundError, FailedPreconditionError', async () => {
    const bad = await rejection(kumo.flavors.create({ name: 'zero', vcpus: 1, ram_mb: 0, disk_gb: 1 }));
    assert.ok(bad instanceof InvalidArgumentError, String(bad));
    assert.ok(bad.fieldViolations.some((v) => v.field === 'flavor.ram_mb'), JSON.stringify(bad.fieldViolations));
    const page = await rejection(kumo.servers.list({ page_size: -1 }).toArray());
    assert.ok(page instanceof InvalidArgumentError);
    assert.deepEqual(page.fieldViolations.map((v) => v.field), ['page_size']);
    const missing = await rejection(kumo.servers.get('00000000-0000-0000-0000-000000000000'));
    assert.ok(missing instanceof NotFoundError);
    assert.equal(missing.code, 5);

    const server = await kumo.servers.create({ name: 'sdk-err', flavor_id: TINY, image_id: imageId });
    const running = await kumo.servers.waitFor(server.id, 'SERVER_STATUS_ACTIVE', { timeoutMs: 60_000 });
    const again = await rejection(kumo.servers.start(server.id));
    assert.ok(again instanceof FailedPreconditionError, String(again));
    assert.equal(again.reason, 'INSTANCE_INVALID_STATE');
    assert.ok(again instanceof KumoApiError && again.preconditionViolations.length === 1);

    // waitFor on a server with no valid host: ServerFaultError with the scheduler's reasons.
    const huge = await kumo.servers.create({ name: 'sdk-huge', flavor_id: HUGE, image_id: imageId });
    const fault = await rejection(kumo.servers.waitFor(huge.id, 'SERVER_STATUS_ACTIVE', { timeoutMs: 60_000 }));
    assert.ok(fault instanceof ServerFaultError, String(fault));
    assert.match(fault.fault, /No valid host/);

    for (const s of [running, huge]) await kumo.servers.delete(s.id);
    await kumo.servers.waitFor(running.id, 'SERVER_STATUS_DELETED', { since: running, timeoutMs: 60_000 });
  });

  test('decorators over a real manager: cached gets, invalidation, a log entry per call', async () => {
    const entries: CallLogEntry[] = [];
    const flavors = withLogging(withCache(kumo.flavors, { ttlMs: 60_000 }), (e) => entries.push(e), { name: 'flavors' });
    assert.ok(flavors instanceof FlavorManager);
    await flavors.get(TINY);
    await flavors.get(TINY);
    const before = (await flavors.list()).length;
    await flavors.create({ id: 'sdk.cached', name: 'sdk.cached', vcpus: 1, ram_mb: 64, disk_gb: 1 });
    assert.equal((await flavors.list()).length, before + 1, 'the create dropped the cached list');
    await flavors.delete('sdk.cached');
    assert.ok((await rejection(flavors.get('sdk.cached'))) instanceof NotFoundError);
    assert.deepEqual([flavors.cache.hits, flavors.cache.misses], [1, 4]);
    assert.deepEqual(
      entries.map((e) => `${e.method} ${e.outcome}`),
      ['get ok', 'get ok', 'list ok', 'create ok', 'list ok', 'delete ok', 'get error'],
    );
  });
});

describe('docs/sdk.md examples against a real cloud', { timeout: 180_000 }, () => {
  let flavorId = '';
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'ex', hosts: 2 }] });
    kumo = new KumoClient({ url: cloud.endpoint });
    flavorId = (await kumo.flavors.create({ name: 'm1.tiny', vcpus: 1, ram_mb: 256, disk_gb: 1 })).id;
    await kumo.flavors.create({ id: 'huge', name: 'huge', vcpus: 1, ram_mb: 64 * 1024 * 1024, disk_gb: 1 });
    imageId = (await kumo.images.create({ name: 'cirros' })).id;
  });

  after(async () => {
    kumo?.close();
    await cloud?.stop();
  });

  test('connect, and fromEnv', async () => {
    const names = await examples.connect(cloud.endpoint);
    assert.ok(names.includes('m1.tiny (1 vCPU, 256 MB)'), names.join('; '));
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { KUMO_URL: cloud.endpoint, KUMO_PROJECT: 'demo', KUMO_TOKEN: 'unchecked-yet' });
      assert.equal(await examples.fromEnv(), 2);
    } finally {
      for (const k of ['KUMO_URL', 'KUMO_PROJECT', 'KUMO_TOKEN']) if (saved[k] === undefined) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  test('create and wait, then list', async () => {
    const { host, statuses } = await examples.createAndWait(kumo, flavorId, imageId);
    assert.match(host, /^ex-[12]$/);
    assert.equal(statuses.at(-1), 'SERVER_STATUS_ACTIVE TASK_STATE_UNSPECIFIED');
    assert.ok(statuses[0]!.startsWith('SERVER_STATUS_BUILD'));

    // A web server to list.
    const web = await kumo.servers.create({ name: 'web-2', flavor_id: flavorId, image_id: imageId, metadata: { role: 'web' } });
    const running = await kumo.servers.waitFor(web.id, 'SERVER_STATUS_ACTIVE', { timeoutMs: 60_000 });
    // The watch reads the log; lists read a conductor's view, which may be a few milliseconds behind.
    for (let i = 0; i < 100 && (await kumo.servers.get(web.id)).status !== 'SERVER_STATUS_ACTIVE'; i++) await new Promise((r) => setTimeout(r, 20));
    const listed = await examples.listing(kumo);
    assert.deepEqual(listed, { web: ['web-2'], flavors: 2, pageSizes: [2] });
    await kumo.servers.delete(web.id);
    await kumo.servers.waitFor(web.id, 'SERVER_STATUS_DELETED', { since: running, timeoutMs: 60_000 });
  });

  test('errors, and a fault', async () => {
    const seen = await examples.errors(kumo, flavorId, imageId);
    assert.equal(seen[0], 'NOT_FOUND FLAVOR_NOT_FOUND: flavor no-such-flavor not found');
    assert.ok(seen.some((l) => l.startsWith('flavor.ram_mb: ')), seen.join('\n'));
    assert.match(seen.at(-1)!, /^INSTANCE_INVALID_STATE: server\/[0-9a-f-]{36}$/);
    assert.match(await examples.faulted(kumo, 'huge', imageId), /No valid host was found/);
  });

  test('retries and deadlines', async () => {
    const res = await examples.retriesAndDeadlines(cloud.endpoint, await deadAddress());
    assert.deepEqual(res, { flavors: 2, unavailable: 'UNAVAILABLE after 3 attempts' });
  });

  test('tokens', async () => {
    let issued = 0;
    const zones = await examples.tokens(cloud.endpoint, { issueToken: async () => ({ token: `tok-${++issued}` }) });
    assert.equal(zones, 1);
    assert.equal(issued, 1, 'asked once (the API does not refuse tokens yet)');
  });

  test('decorators', async () => {
    const { log, hits } = await examples.decorators(kumo, flavorId);
    assert.deepEqual(log, ['get ok', 'get ok', 'create ok', 'delete ok', 'get ok']);
    assert.equal(hits, 1);
  });
});
