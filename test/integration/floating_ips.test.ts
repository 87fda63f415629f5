// Floating IPs on a real cloud with two conductors: external networks as
// pools (admins only, visible to every project, never attached to
// servers), allocation with every field checked, association with a
// server's fixed IP shown in its addresses, one fixed IP per floating IP,
// disassociation on server delete, release, another project's floating IP
// NOT_FOUND, and the races: one floating IP associated by many at once has
// one winner, concurrent allocations never share an address, and the
// per-project quota holds under a burst.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KumoApiError } from '../../pkg/client/errors.js';
import { KumoClient } from '../../pkg/client/client.js';
import type { FloatingIp__Output, Network__Output, Server__Output } from '../../pkg/gen/types.js';
import { NETWORK_QUOTA_DEFAULTS } from '../../pkg/network/quota.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone, waitStatus } from '../support/expect.js';

let cloud: TestCloud;
let imageId = '';
const clients: KumoClient[] = [];

function member(project: string): KumoClient {
  const c = new KumoClient({ url: cloud.endpoint, project, roles: ['member'] });
  clients.push(c);
  return c;
}

async function boot(client: KumoClient, name: string, extra: Record<string, unknown> = {}): Promise<Server__Output> {
  const res = await client.servers.api.CreateServer({ name, flavor_id: 'tiny', image_id: imageId, ...extra });
  return waitStatus(client, res.servers[0]!.id, 'SERVER_STATUS_ACTIVE');
}

const floating = (s: Server__Output) => s.addresses.filter((a) => a.type === 'floating');

/** Settles all and splits into the successes and the API errors (anything else fails the test). */
async function outcomes<T>(ps: Array<Promise<T>>): Promise<{ ok: T[]; errors: KumoApiError[] }> {
  const settled = await Promise.allSettled(ps);
  const ok: T[] = [];
  const errors: KumoApiError[] = [];
  for (const s of settled) {
    if (s.status === 'fulfilled') ok.push(s.value);
    else if (s.reason instanceof KumoApiError) errors.push(s.reason);
    else throw s.reason;
  }
  return { ok, errors };
}

describe('floating IPs', { timeout: 600_000 }, () => {
  let pub: Network__Output;

  before(async () => {
    cloud = await startCloud({ conductors: 2, computes: [{ name: 'fip', hosts: 2, args: ['--host-vcpus', '64', '--host-ram-mb', '262144', '--host-disk-gb', '20000'] }] });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'tiny', name: 'tiny', vcpus: 1, ram_mb: 64, disk_gb: 1, is_public: true } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });
  after(async () => {
    for (const c of clients) c.close();
    await cloud?.stop();
  });

  test('external networks: admins only, visible to every project as pools, never attached to servers', async () => {
    const alice = member('alice');
    const denied = await expectError(alice.networks.create('mine', ['198.18.0.0/24'], { external: true }), 'PERMISSION_DENIED');
    assert.equal(denied.reason, 'ADMIN_REQUIRED');
    pub = await cloud.client.networks.create('public', ['203.0.113.0/24'], { external: true });
    assert.ok(pub.external);
    assert.ok(!pub.shared);
    assert.equal((await alice.networks.get(pub.id)).name, 'public');
    assert.ok((await alice.networks.list().toArray()).some((n) => n.id === pub.id));
    // Not for ports: asked for explicitly it is refused; auto ignores it (alice gets her default network).
    await expectError(alice.servers.api.CreateServer({ name: 'x', flavor_id: 'tiny', image_id: imageId, networks: [{ network_id: pub.id }] }), 'INVALID_ARGUMENT', 'networks[0].network_id');
    const s = await boot(alice, 'alice-auto');
    assert.equal(s.addresses[0]!.network, 'alice-default');
    await alice.servers.api.DeleteServer({ id: s.id });
  });

  test('allocation: from an external network by name or id; bad pools are named; another project cannot see it', async () => {
    const alice = member('alice');
    await expectError(alice.floatingIps.create(''), 'INVALID_ARGUMENT', 'pool');
    await expectError(alice.floatingIps.create('no-such-pool'), 'NOT_FOUND');
    const own = await alice.networks.create('alice-net', ['10.77.0.0/24']);
    await expectError(alice.floatingIps.create(own.id), 'INVALID_ARGUMENT', 'pool');
    await expectError(alice.floatingIps.create('public', { description: 'x'.repeat(256) }), 'INVALID_ARGUMENT', 'description');
    const a = await alice.floatingIps.create('public', { description: 'web' });
    const b = await alice.floatingIps.create(pub.id);
    for (const f of [a, b]) {
      assert.match(f.floating_ip_address, /^203\.0\.113\.\d+$/);
      assert.equal(f.floating_network_id, pub.id);
      assert.equal(f.pool, 'public');
      assert.equal(f.project_id, 'alice');
      assert.equal(f.status, 'DOWN');
      assert.equal(f.port_id, '');
    }
    assert.notEqual(a.floating_ip_address, b.floating_ip_address);
    assert.notEqual(a.floating_ip_address, pub.subnets[0]!.gateway_ip, 'never the gateway');
    assert.equal(a.description, 'web');
    assert.deepEqual(await alice.floatingIps.get(a.id), a);
    assert.deepEqual(await alice.floatingIps.get(a.floating_ip_address), a);
    assert.deepEqual((await alice.floatingIps.list().toArray()).map((f) => f.id).sort(), [a.id, b.id].sort());
    // Another project's floating IP does not exist for bob, by id or address, for any operation.
    const bob = member('bob');
    await expectError(bob.floatingIps.get(a.id), 'NOT_FOUND');
    await expectError(bob.floatingIps.get(a.floating_ip_address), 'NOT_FOUND');
    await expectError(bob.floatingIps.delete(a.id), 'NOT_FOUND');
    assert.deepEqual(await bob.floatingIps.list().toArray(), []);
    const bobServer = await boot(bob, 'bob-1');
    await expectError(bob.floatingIps.associate(bobServer.id, a.floating_ip_address), 'NOT_FOUND');
    // Nor can alice use bob's server.
    await expectError(alice.floatingIps.associate(bobServer.id, a.floating_ip_address), 'NOT_FOUND');
    // A network floating IPs are allocated from cannot be deleted.
    const busy = await expectError(cloud.client.networks.delete(pub.id), 'FAILED_PRECONDITION');
    assert.equal(busy.reason, 'NETWORK_IN_USE');
    await alice.floatingIps.delete(b.id);
    await expectError(alice.floatingIps.get(b.id), 'NOT_FOUND');
    await alice.floatingIps.delete(a.id);
    await bob.servers.api.DeleteServer({ id: bobServer.id });
    await alice.networks.delete(own.id);
  });

  test('association: shown in the server\'s addresses as floating; one fixed IP at a time; disassociation; wrong servers and fixed IPs refused', async () => {
    const carol = member('carol');
    const [s1, s2] = await Promise.all([boot(carol, 'c1'), boot(carol, 'c2')]);
    const fip = await carol.floatingIps.create('public');
    const fixed = s1.addresses.find((a) => a.version === 4 && a.type === 'fixed')!;
    const assoc = await carol.floatingIps.associate(s1.id, fip.floating_ip_address);
    assert.equal(assoc.server_id, s1.id);
    assert.equal(assoc.fixed_ip_address, fixed.address);
    assert.equal(assoc.status, 'ACTIVE');
    const ports = await carol.networks.ports({ server_id: s1.id }).toArray();
    assert.equal(assoc.port_id, ports[0]!.id);
    // GetServer and ListServers show it as Nova does: type floating, on the fixed IP's network, with the port's MAC.
    const shown = await carol.servers.get(s1.id);
    assert.deepEqual(floating(shown).map((a) => ({ ...a })), [{ network: fixed.network, address: fip.floating_ip_address, version: 4, type: 'floating', mac_address: fixed.mac_address }]);
    const page = await carol.servers.api.ListServers({});
    const listed = page.servers.find((s) => s.id === s1.id);
    assert.ok(listed, `ListServers shows ${s1.id}: ${JSON.stringify(page.servers.map((s) => [s.id, s.name, s.project_id]))}`);
    assert.deepEqual(floating(listed).map((a) => a.address), [fip.floating_ip_address]);
    // The same association again is no change.
    assert.equal((await carol.floatingIps.associate(s1.id, fip.id)).server_id, s1.id);
    // It serves one fixed IP: another server is refused, naming the server it serves.
    const busy = await expectError(carol.floatingIps.associate(s2.id, fip.floating_ip_address), 'FAILED_PRECONDITION');
    assert.equal(busy.reason, 'FLOATING_IP_ASSOCIATED');
    assert.match(busy.message, new RegExp(s1.id));
    // A fixed IP that is not the server's, or not an address, or IPv6, is named.
    await expectError(carol.floatingIps.associate(s2.id, fip.id, { fixedAddress: fixed.address }), 'INVALID_ARGUMENT', 'fixed_address');
    await expectError(carol.floatingIps.associate(s2.id, fip.id, { fixedAddress: 'nope' }), 'INVALID_ARGUMENT', 'fixed_address');
    await expectError(carol.floatingIps.associate(s2.id, fip.id, { fixedAddress: 'fd00::5' }), 'INVALID_ARGUMENT', 'fixed_address');
    await expectError(carol.floatingIps.associate('', fip.id), 'INVALID_ARGUMENT', 'server_id');
    await expectError(carol.floatingIps.associate(s2.id, ''), 'INVALID_ARGUMENT', 'address');
    // A fixed IP takes one floating IP.
    const second = await carol.floatingIps.create('public');
    const taken = await expectError(carol.floatingIps.associate(s1.id, second.floating_ip_address), 'FAILED_PRECONDITION');
    assert.equal(taken.reason, 'FIXED_IP_HAS_FLOATING_IP');
    // Removing from a server it does not serve is refused; from its server it works and it stays allocated.
    const wrong = await expectError(carol.floatingIps.disassociate(s2.id, fip.floating_ip_address), 'FAILED_PRECONDITION');
    assert.equal(wrong.reason, 'FLOATING_IP_NOT_ASSOCIATED');
    const freed = await carol.floatingIps.disassociate(s1.id, fip.floating_ip_address);
    assert.deepEqual([freed.server_id, freed.port_id, freed.fixed_ip_address, freed.status], ['', '', '', 'DOWN']);
    assert.deepEqual(floating(await carol.servers.get(s1.id)), []);
    // Now it may go to the other server, with the explicit fixed IP.
    const s2fixed = s2.addresses.find((a) => a.version === 4)!.address;
    assert.equal((await carol.floatingIps.associate(s2.id, fip.floating_ip_address, { fixedAddress: s2fixed })).fixed_ip_address, s2fixed);
    // A server without a port has no fixed IP to serve.
    const isolated = await boot(carol, 'c3', { network_mode: 'NETWORK_MODE_NONE' });
    const none = await expectError(carol.floatingIps.associate(isolated.id, second.id), 'FAILED_PRECONDITION');
    assert.equal(none.reason, 'NO_FIXED_IP');
    // Deleting the server disassociates its floating IP, which stays allocated to the project.
    await carol.servers.api.DeleteServer({ id: s2.id });
    await waitGone(carol, s2.id);
    const after = await (async () => {
      const end = Date.now() + 15_000;
      for (;;) {
        const f = await carol.floatingIps.get(fip.id);
        if (!f.port_id || Date.now() > end) return f;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    assert.deepEqual([after.server_id, after.port_id, after.status], ['', '', 'DOWN'], 'disassociated when its server went');
    // Releasing an associated floating IP disassociates it first.
    await carol.floatingIps.associate(s1.id, second.id);
    await carol.floatingIps.delete(second.floating_ip_address);
    assert.deepEqual(floating(await carol.servers.get(s1.id)), []);
    for (const f of [fip]) await carol.floatingIps.delete(f.id);
    for (const s of [s1, isolated]) await carol.servers.api.DeleteServer({ id: s.id });
  });

  test('race: one floating IP associated with 8 servers at once has exactly one winner; the rest are FAILED_PRECONDITION or ABORTED', async () => {
    const dave = member('dave');
    const servers = await Promise.all(Array.from({ length: 8 }, (_, i) => boot(dave, `d${i}`)));
    const fip = await dave.floatingIps.create('public');
    const { ok, errors } = await outcomes(servers.map((s) => dave.floatingIps.associate(s.id, fip.floating_ip_address)));
    assert.equal(ok.length, 1, `one winner, got ${ok.length}: ${errors.map((e) => e.message).join('; ')}`);
    for (const e of errors) assert.ok(e.codeName === 'FAILED_PRECONDITION' || e.codeName === 'ABORTED', e.message);
    const winner = ok[0]!.server_id;
    assert.equal((await dave.floatingIps.get(fip.id)).server_id, winner);
    // Exactly one server shows it.
    const shown = await Promise.all(servers.map(async (s) => floating(await dave.servers.get(s.id)).length));
    assert.deepEqual(shown.filter((n) => n === 1).length, 1);
    assert.equal(shown[servers.findIndex((s) => s.id === winner)], 1);
    await Promise.all(servers.map((s) => dave.servers.api.DeleteServer({ id: s.id })));
    await dave.floatingIps.delete(fip.id);
  });

  test('race: concurrent allocations on a small pool never share an address; the rest are RESOURCE_EXHAUSTED; releases make room', async () => {
    // 198.51.100.0/28: 14 host addresses, one the gateway: 13 floating IPs.
    const small = await cloud.client.networks.create('small-pool', ['198.51.100.0/28'], { external: true });
    const erin = member('erin');
    const frank = member('frank');
    const burst = [...Array.from({ length: 10 }, () => erin.floatingIps.create('small-pool')), ...Array.from({ length: 10 }, () => frank.floatingIps.create(small.id))];
    const { ok, errors } = await outcomes(burst);
    assert.equal(ok.length, 13, errors.map((e) => e.message).join('; '));
    const addresses = ok.map((f) => f.floating_ip_address);
    assert.equal(new Set(addresses).size, 13, 'no address handed out twice');
    for (const a of addresses) assert.ok(/^198\.51\.100\.(\d+)$/.test(a) && Number(a.split('.')[3]) >= 2 && Number(a.split('.')[3]) <= 14, a);
    for (const e of errors) {
      assert.equal(e.codeName, 'RESOURCE_EXHAUSTED', e.message);
      assert.equal(e.reason, 'IP_ADDRESSES_EXHAUSTED');
    }
    const victim = ok[0]!;
    const owner = victim.project_id === 'erin' ? erin : frank;
    await owner.floatingIps.delete(victim.id);
    const again = await owner.floatingIps.create('small-pool');
    assert.equal(again.floating_ip_address, victim.floating_ip_address, 'the released address is the only free one');
    for (const f of [...ok.slice(1), again]) await (f.project_id === 'erin' ? erin : frank).floatingIps.delete(f.id);
  });

  test(`quota: a burst of ${NETWORK_QUOTA_DEFAULTS.fip + 10} allocations gets exactly ${NETWORK_QUOTA_DEFAULTS.fip}; a release makes room for one`, async () => {
    const greedy = member('greedy');
    const limit = NETWORK_QUOTA_DEFAULTS.fip;
    const { ok, errors } = await outcomes(Array.from({ length: limit + 10 }, () => greedy.floatingIps.create('public')));
    assert.equal(ok.length, limit, errors.map((e) => e.message).slice(0, 3).join('; '));
    assert.equal(new Set(ok.map((f) => f.floating_ip_address)).size, limit);
    for (const e of errors) {
      assert.equal(e.codeName, 'RESOURCE_EXHAUSTED', e.message);
      assert.equal(e.reason, 'QUOTA_EXCEEDED');
    }
    assert.equal((await greedy.floatingIps.list().toArray()).length, limit);
    await expectError(greedy.floatingIps.create('public'), 'RESOURCE_EXHAUSTED');
    await greedy.floatingIps.delete(ok[0]!.id);
    const one: FloatingIp__Output = await greedy.floatingIps.create('public');
    assert.equal(one.project_id, 'greedy');
    // Other projects are not limited by greedy's use.
    const other = member('modest');
    await other.floatingIps.delete((await other.floatingIps.create('public')).id);
  });
});
