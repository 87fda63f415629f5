// Networking on a real cloud with two conductors: networks and subnets,
// ports with unique MACs and fixed IPs (seen in the API and on the fake
// hypervisor's guests), the default network, shared and private networks
// across projects, 200 concurrent builds on one /24, exhaustion, release on
// delete and on failed builds, addresses kept across stop/start and a cold
// migration, and the SimpleCIDRAffinity hint next to real fixed IPs.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { KumoClient } from '../../pkg/client/client.js';
import type { FakeGuest } from '../../pkg/compute/virt/fake/driver.js';
import type { Network__Output, Server__Output } from '../../pkg/gen/types.js';
import { Store } from '../../pkg/store/store.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone, waitStatus } from '../support/expect.js';

let cloud: TestCloud;
let imageId = '';
let brokenImageId = '';
const clients: KumoClient[] = [];
/** Host IPs: big-1 is 172.16.5.10, big-2 172.16.5.11 (--host-ip counts up). */
const HOST_IP: Readonly<Record<string, string>> = { 'big-1': '172.16.5.10', 'big-2': '172.16.5.11' };

function member(project: string): KumoClient {
  const c = new KumoClient({ url: cloud.endpoint, project, roles: ['member'] });
  clients.push(c);
  return c;
}

const api = () => cloud.client.servers.api;

async function boot(client: KumoClient, name: string, extra: Record<string, unknown> = {}): Promise<Server__Output> {
  const res = await client.servers.api.CreateServer({ name, flavor_id: 'tiny', image_id: imageId, ...extra });
  return res.servers[0]!;
}

/** The fake hypervisor's guest as the compute node stores it (its LMDB, read from this process). */
function guestOnHost(host: string, id: string): FakeGuest | undefined {
  const store = Store.open(join(cloud.dataDir, 'compute-big'));
  try {
    return store.table<FakeGuest>('fake_guests').get(`${host}/${id}`);
  } finally {
    void store.close();
  }
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function portsOf(client: KumoClient, serverId: string) {
  return client.networks.ports({ server_id: serverId }).toArray();
}

const v4 = (s: Server__Output): string[] => s.addresses.filter((a) => a.version === 4).map((a) => a.address);

describe('networking', { timeout: 600_000 }, () => {
  let net1: Network__Output;

  before(async () => {
    cloud = await startCloud({
      conductors: 2,
      computes: [{ name: 'big', hosts: 2, args: ['--host-vcpus', '64', '--host-ram-mb', '262144', '--host-disk-gb', '20000', '--host-ip', HOST_IP['big-1']!] }],
    });
    // The admin's project boots hundreds of servers here: past Nova's default instance quota (pkg/quota).
    await cloud.client.quotas.set('default', { instances: -1, cores: -1, ram_mb: -1 });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'tiny', name: 'tiny', vcpus: 1, ram_mb: 64, disk_gb: 1, is_public: true } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'huge', name: 'huge', vcpus: 4096, ram_mb: 64, disk_gb: 1, is_public: true } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
    brokenImageId = (await cloud.client.images.CreateImage({ image: { name: 'broken', properties: { kumo_fake_fail: 'spawn' } } })).image!.id;
  });
  after(async () => {
    for (const c of clients) c.close();
    await cloud?.stop();
  });

  test('a network with an IPv4 and an IPv6 subnet; invalid fields are named', async () => {
    await expectError(cloud.client.networks.create('bad', ['10.20.0.0/33']), 'INVALID_ARGUMENT', 'subnets[0].cidr');
    await expectError(cloud.client.networks.create('bad', [{ cidr: '10.20.0.0/24', gateway_ip: '10.21.0.1' }]), 'INVALID_ARGUMENT', 'subnets[0].gateway_ip');
    await expectError(cloud.client.networks.create('bad', [{ cidr: '10.20.0.0/24', allocation_pools: [{ start: '10.20.0.9', end: '10.20.0.3' }] }]), 'INVALID_ARGUMENT', 'subnets[0].allocation_pools[0]');
    await expectError(cloud.client.networks.create('bad', [{ cidr: '10.20.0.0/24', dns_nameservers: ['not-an-ip'] }]), 'INVALID_ARGUMENT', 'subnets[0].dns_nameservers[0]');
    await expectError(cloud.client.networks.create('', ['10.20.0.0/24']), 'INVALID_ARGUMENT', 'name');
    net1 = await cloud.client.networks.create('net1', ['10.20.0.0/24', { cidr: 'fd00:20::/64', dns_nameservers: ['fd00:20::53'] }]);
    assert.equal(net1.subnets.length, 2);
    assert.deepEqual(
      net1.subnets.map((s) => [s.ip_version, s.cidr, s.gateway_ip, s.allocation_pools[0]?.start]),
      [
        [4, '10.20.0.0/24', '10.20.0.1', '10.20.0.2'],
        [6, 'fd00:20::/64', 'fd00:20::1', 'fd00:20::2'],
      ],
    );
    assert.deepEqual(await cloud.client.networks.get(net1.id), net1);
    assert.ok((await cloud.client.networks.list().toArray()).some((n) => n.id === net1.id));
  });

  test('a server gets a port on the network: a fa:16:3e MAC and an IPv4 and an IPv6 fixed IP, in GetServer, ListPorts and on its guest', async () => {
    const s = await waitStatus(cloud.client, (await boot(cloud.client, 'web', { networks: [{ network_id: net1.id }] })).id, 'SERVER_STATUS_ACTIVE');
    assert.equal(s.addresses.length, 2);
    const [a4, a6] = [s.addresses.find((a) => a.version === 4)!, s.addresses.find((a) => a.version === 6)!];
    assert.deepEqual({ ...a4 }, { network: 'net1', address: '10.20.0.2', version: 4, type: 'fixed', mac_address: a4.mac_address });
    assert.equal(a6.address, 'fd00:20::2');
    assert.match(a4.mac_address, /^fa:16:3e(:[0-9a-f]{2}){3}$/);
    assert.equal(a6.mac_address, a4.mac_address, 'one port, one MAC');
    const ports = await portsOf(cloud.client, s.id);
    assert.equal(ports.length, 1);
    const port = ports[0]!;
    assert.equal(port.network_id, net1.id);
    assert.equal(port.mac_address, a4.mac_address);
    assert.deepEqual(port.fixed_ips.map((f) => f.ip_address), ['10.20.0.2', 'fd00:20::2']);
    assert.deepEqual(port.fixed_ips.map((f) => f.subnet_id), net1.subnets.map((x) => x.id));
    assert.equal(port.status, 'ACTIVE');
    assert.equal(port.host, s.host);
    assert.equal(port.device_owner, 'compute:nova');
    assert.deepEqual(await cloud.client.networks.port(port.id), port);
    assert.deepEqual((await cloud.client.networks.ports({ network_id: net1.id }).toArray()).map((p) => p.id), [port.id]);
    // The host's hypervisor got the NIC: its guest keeps the port, MAC and addresses, and the console shows them.
    const guest = guestOnHost(s.host, s.id);
    // With the project's default security group, which the port applies (security_groups.test.ts).
    assert.deepEqual(port.security_group_ids.length, 1);
    assert.deepEqual(guest?.nics, [{ port_id: port.id, network: 'net1', mac: a4.mac_address, addresses: ['10.20.0.2/24', 'fd00:20::2/64'], security_groups: port.security_group_ids }]);
    const console = (await api().GetConsoleOutput({ id: s.id, length: 0 })).output;
    assert.ok(console.includes(`ci-info: | eth0 | True | 10.20.0.2/24 | ${a4.mac_address} |`), console);
    // A network with ports cannot be deleted.
    const busy = await expectError(cloud.client.networks.delete(net1.id), 'FAILED_PRECONDITION');
    assert.equal(busy.reason, 'NETWORK_IN_USE');
  });

  test('fixed IPs: the one asked for; in use, outside, the gateway and max_count > 1 are refused', async () => {
    const s = await boot(cloud.client, 'fixed', { networks: [{ network_id: net1.id, fixed_ip: '10.20.0.77' }] });
    assert.deepEqual(v4(s), ['10.20.0.77']);
    assert.equal(s.addresses.filter((a) => a.version === 6).length, 1, 'the other family still gets an address');
    const taken = await expectError(boot(cloud.client, 'again', { networks: [{ network_id: net1.id, fixed_ip: '10.20.0.77' }] }), 'ALREADY_EXISTS');
    assert.match(taken.message, /10\.20\.0\.77 is already in use on network net1/);
    await expectError(boot(cloud.client, 'out', { networks: [{ network_id: net1.id, fixed_ip: '10.99.0.5' }] }), 'INVALID_ARGUMENT', 'networks[0].fixed_ip');
    await expectError(boot(cloud.client, 'gw', { networks: [{ network_id: net1.id, fixed_ip: '10.20.0.1' }] }), 'INVALID_ARGUMENT', 'networks[0].fixed_ip');
    await expectError(boot(cloud.client, 'bcast', { networks: [{ network_id: net1.id, fixed_ip: '10.20.0.255' }] }), 'INVALID_ARGUMENT', 'networks[0].fixed_ip');
    // The seed's check: one specific address cannot go to several servers.
    const many = await expectError(boot(cloud.client, 'many', { networks: [{ network_id: net1.id, fixed_ip: '10.20.0.78' }], max_count: 2 }), 'INVALID_ARGUMENT', 'networks[0].fixed_ip');
    assert.match(many.message, /only when booting one server/);
    await expectError(boot(cloud.client, 'mixed', { networks: [{ network_id: net1.id }], network_mode: 'NETWORK_MODE_NONE' }), 'INVALID_ARGUMENT', 'network_mode');
    await expectError(boot(cloud.client, 'nonet', { networks: [{ network_id: 'no-such-network' }] }), 'INVALID_ARGUMENT', 'networks[0].network_id');
    // A refused allocation creates no server (given the views a moment to show one, were there any).
    await new Promise((r) => setTimeout(r, 300));
    const refused = ['again', 'out', 'gw', 'bcast', 'many', 'many-1', 'many-2', 'mixed', 'nonet'];
    assert.deepEqual((await api().ListServers({})).servers.filter((x) => refused.includes(x.name)), [], 'a refused allocation creates no server');
    // The address is free again once its server is deleted.
    await api().DeleteServer({ id: s.id });
    await waitGone(cloud.client, s.id);
    const again = await until('10.20.0.77 released', async () => {
      try {
        return await boot(cloud.client, 'again', { networks: [{ network_id: net1.id, fixed_ip: '10.20.0.77' }] });
      } catch {
        return undefined;
      }
    });
    assert.deepEqual(v4(again), ['10.20.0.77']);
    await api().DeleteServer({ id: again.id });
  });

  test('networks none: no port and no address', async () => {
    const s = await waitStatus(cloud.client, (await boot(cloud.client, 'isolated', { network_mode: 'NETWORK_MODE_NONE' })).id, 'SERVER_STATUS_ACTIVE');
    assert.deepEqual(s.addresses, []);
    assert.deepEqual(await portsOf(cloud.client, s.id), []);
    assert.deepEqual(guestOnHost(s.host, s.id)?.nics, []);
    await api().DeleteServer({ id: s.id });
  });

  test('networks auto: the first server of a project creates "<project>-default" once, even when several race for it', async () => {
    const alice = member('alice');
    assert.deepEqual(await alice.networks.list().toArray(), []);
    const first = await Promise.all(Array.from({ length: 8 }, (_, i) => boot(alice, `auto-${i}`)));
    const networks = await alice.networks.list().toArray();
    assert.equal(networks.length, 1, `one default network, got ${networks.map((n) => n.name).join(', ')}`);
    const dflt = networks[0]!;
    assert.equal(dflt.name, 'alice-default');
    assert.equal(dflt.project_id, 'alice');
    assert.ok(dflt.auto_allocated);
    assert.deepEqual(dflt.subnets.map((s) => s.cidr), ['10.0.0.0/16']);
    const addrs = first.map((s) => v4(s)[0]!);
    assert.equal(new Set(addrs).size, 8);
    for (const s of first) assert.equal(s.addresses[0]!.network, 'alice-default');
    // Later servers use it (and explicit auto is the same).
    const later = await boot(alice, 'auto-later', { network_mode: 'NETWORK_MODE_AUTO' });
    assert.equal(later.addresses[0]!.network, 'alice-default');
    assert.equal((await alice.networks.list().toArray()).length, 1);
    // Another project's servers are not on it, nor do they see it.
    const bob = member('bob');
    const b = await boot(bob, 'bob-1');
    assert.equal(b.addresses[0]!.network, 'bob-default');
    await expectError(bob.networks.get(dflt.id), 'NOT_FOUND');
    // With two usable networks, auto is ambiguous (Nova's NetworkAmbiguous).
    await alice.networks.create('alice-second', ['10.50.0.0/24']);
    const ambiguous = await expectError(boot(alice, 'which'), 'FAILED_PRECONDITION');
    assert.equal(ambiguous.reason, 'NETWORK_AMBIGUOUS');
  });

  test('shared networks: admins only, usable by every project; another project\'s private network is NOT_FOUND', async () => {
    const carol = member('carol');
    const denied = await expectError(carol.networks.create('mine', ['10.60.0.0/24'], { shared: true }), 'PERMISSION_DENIED');
    assert.equal(denied.reason, 'ADMIN_REQUIRED');
    const pub = await cloud.client.networks.create('public', ['192.168.50.0/24'], { shared: true });
    assert.ok(pub.shared);
    assert.ok((await carol.networks.list().toArray()).some((n) => n.id === pub.id));
    assert.equal((await carol.networks.get(pub.id)).name, 'public');
    // carol has no network of her own: auto picks the one shared network.
    const c1 = await boot(carol, 'carol-1');
    assert.equal(c1.addresses[0]!.network, 'public');
    const c2 = await boot(carol, 'carol-2', { networks: [{ network_id: pub.id }] });
    assert.equal(c2.addresses[0]!.network, 'public');
    assert.equal((await carol.networks.list({ name: 'carol-default' }).toArray()).length, 0, 'no default network was made');
    // Her ports are hers: the admin's project does not see them, she does.
    assert.equal((await portsOf(carol, c1.id)).length, 1);
    assert.equal((await portsOf(cloud.client, c1.id)).length, 0);
    await expectError(cloud.client.networks.port((await portsOf(carol, c1.id))[0]!.id), 'NOT_FOUND');
    // The default project's private net1 does not exist for carol.
    await expectError(carol.networks.get(net1.id), 'NOT_FOUND');
    assert.ok(!(await carol.networks.list().toArray()).some((n) => n.id === net1.id));
    await expectError(boot(carol, 'sneaky', { networks: [{ network_id: net1.id }] }), 'INVALID_ARGUMENT', 'networks[0].network_id');
    // Only the owner deletes a shared network.
    await expectError(carol.networks.delete(pub.id), 'PERMISSION_DENIED');
    for (const s of [c1, c2]) await carol.servers.api.DeleteServer({ id: s.id });
  });

  test('200 concurrent creates on a /24 never share an address or a MAC; the 254th address is RESOURCE_EXHAUSTED; deletes free addresses for reuse', async () => {
    const dense = await cloud.client.networks.create('dense', ['10.30.0.0/24']);
    const subnet = dense.subnets[0]!;
    const create = (name: string) => boot(cloud.client, name, { networks: [{ network_id: dense.id }] });
    const burst = await Promise.all(Array.from({ length: 200 }, (_, i) => create(`dense-${i}`)));
    const check = (servers: Server__Output[]): void => {
      const ips = servers.map((s) => v4(s)[0]!);
      assert.equal(new Set(ips).size, servers.length, 'no address handed out twice');
      for (const ip of ips) {
        const last = Number(ip.split('.')[3]);
        assert.ok(ip.startsWith('10.30.0.') && last >= 2 && last <= 254, ip);
      }
      const macs = servers.map((s) => s.addresses[0]!.mac_address);
      assert.equal(new Set(macs).size, servers.length, 'no MAC handed out twice');
    };
    check(burst);
    // The rest of the pool (253 addresses: .2 to .254), concurrently too.
    const rest = await Promise.all(Array.from({ length: 53 }, (_, i) => create(`dense-r${i}`)));
    const all = [...burst, ...rest];
    check(all);
    // What the log holds agrees: one port per server, each listing the server's address (lists read one
    // conductor's view, which may trail the other conductor's writes by a moment).
    const ports = await until('every port listed', async () => {
      const listed = await cloud.client.networks.ports({ network_id: dense.id }).toArray();
      return listed.length === 253 && listed;
    });
    assert.deepEqual(new Set(ports.map((p) => p.fixed_ips[0]!.ip_address)), new Set(all.map((s) => v4(s)[0]!)));
    // Full: the next one is refused, naming the network and the subnet, and no server is made.
    const full = await expectError(create('dense-full'), 'RESOURCE_EXHAUSTED');
    assert.equal(full.reason, 'IP_ADDRESSES_EXHAUSTED');
    assert.ok(full.message.includes(subnet.id) && full.message.includes('10.30.0.0/24') && full.message.includes('dense'), full.message);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual((await api().ListServers({ name: 'dense-full' })).servers, [], 'no server was made');
    // MACs are unique across the whole cloud, not only on this network.
    const everyPort = await cloud.client.networks.ports().toArray();
    assert.equal(new Set(everyPort.map((p) => p.mac_address)).size, everyPort.length);
    // Deleting ten frees exactly their addresses: ten new servers get them.
    const gone = all.slice(0, 10);
    await Promise.all(gone.map((s) => api().DeleteServer({ id: s.id })));
    await Promise.all(gone.map((s) => waitGone(cloud.client, s.id)));
    await until('ports released', async () => (await cloud.client.networks.ports({ network_id: dense.id }).toArray()).length === 243);
    const reborn = await Promise.all(Array.from({ length: 10 }, (_, i) => create(`dense-again-${i}`)));
    assert.deepEqual(new Set(reborn.map((s) => v4(s)[0]!)), new Set(gone.map((s) => v4(s)[0]!)));
    await expectError(create('dense-full'), 'RESOURCE_EXHAUSTED');
    // Clean up: delete everything on it, then the network itself.
    const left = [...all.slice(10), ...reborn];
    await Promise.all(left.map((s) => api().DeleteServer({ id: s.id })));
    await Promise.all(left.map((s) => waitGone(cloud.client, s.id)));
    await until('every port of dense released', async () => (await cloud.client.networks.ports({ network_id: dense.id }).toArray()).length === 0);
    await cloud.client.networks.delete(dense.id);
    // (The other conductor's view follows within moments.)
    await until('dense deleted everywhere', async () => cloud.client.networks.get(dense.id).then(() => false, (err: { codeName?: string }) => err.codeName === 'NOT_FOUND'));
    assert.ok(cloud.allAlive());
  });

  test('a failed build gives its address back: a spawn that fails everywhere, and no valid host', async () => {
    // A /30 holds one address (.2): whoever has it, nobody else can boot there.
    const tiny = await cloud.client.networks.create('tiny', ['10.40.0.0/30']);
    const on = { networks: [{ network_id: tiny.id }] };
    const failing = await cloud.client.servers.api.CreateServer({ name: 'broken', flavor_id: 'tiny', image_id: brokenImageId, ...on });
    const broken = failing.servers[0]!;
    assert.deepEqual(v4(broken), ['10.40.0.2']);
    await expectError(boot(cloud.client, 'blocked', on), 'RESOURCE_EXHAUSTED');
    const errored = await waitStatus(cloud.client, broken.id, 'SERVER_STATUS_ERROR', 30_000);
    assert.deepEqual(errored.addresses, [], 'a failed build shows no address');
    await until('the failed build released its port', async () => (await portsOf(cloud.client, broken.id)).length === 0);
    const next = await until('10.40.0.2 reused', async () => boot(cloud.client, 'after-broken', on).catch(() => undefined));
    assert.deepEqual(v4(next), ['10.40.0.2']);
    await api().DeleteServer({ id: next.id });
    await waitGone(cloud.client, next.id);
    // No valid host: the conductor records ERROR and the address comes back too.
    // (Ports are released just after the delete is logged: retry until the address is back.)
    const big = await until('10.40.0.2 free again', async () =>
      (await api().CreateServer({ name: 'too-big', flavor_id: 'huge', image_id: imageId, ...on }).catch(() => undefined))?.servers[0],
    );
    assert.deepEqual(v4(big), ['10.40.0.2']);
    const novalid = await waitStatus(cloud.client, big.id, 'SERVER_STATUS_ERROR', 30_000);
    assert.match(novalid.fault?.message ?? '', /No valid host/);
    assert.deepEqual(novalid.addresses, []);
    const third = await until('10.40.0.2 reused after no valid host', async () => boot(cloud.client, 'after-novalid', on).catch(() => undefined));
    assert.deepEqual(v4(third), ['10.40.0.2']);
    for (const s of [broken, big, third]) await api().DeleteServer({ id: s.id });
  });

  test('stop/start and a cold migration keep the port, MAC and addresses; the guest on the new host has the NIC', async () => {
    const s = await waitStatus(cloud.client, (await boot(cloud.client, 'mover', { networks: [{ network_id: net1.id }] })).id, 'SERVER_STATUS_ACTIVE');
    const [port] = await portsOf(cloud.client, s.id);
    await api().StopServer({ id: s.id });
    await waitStatus(cloud.client, s.id, 'SERVER_STATUS_SHUTOFF');
    assert.equal((await cloud.client.networks.port(port!.id)).status, 'DOWN');
    await api().StartServer({ id: s.id });
    const started = await waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE');
    assert.deepEqual(started.addresses, s.addresses);
    await api().MigrateServer({ id: s.id, host: '' });
    const resized = await waitStatus(cloud.client, s.id, 'SERVER_STATUS_VERIFY_RESIZE', 30_000);
    assert.notEqual(resized.host, s.host);
    await api().ConfirmResizeServer({ id: s.id });
    const moved = await waitStatus(cloud.client, s.id, 'SERVER_STATUS_ACTIVE', 30_000);
    assert.equal(moved.host, resized.host);
    assert.deepEqual(moved.addresses, s.addresses, 'addresses and MAC kept');
    assert.deepEqual(await portsOf(cloud.client, s.id), [{ ...port!, host: moved.host }], 'same port, now bound to the new host');
    const guest = guestOnHost(moved.host, s.id);
    assert.equal(guest?.nics?.[0]?.mac, port!.mac_address);
    assert.deepEqual(guest?.nics?.[0]?.addresses, port!.fixed_ips.map((f, i) => `${f.ip_address}/${i === 0 ? 24 : 64}`));
    await until('the source host gave the guest up', async () => guestOnHost(s.host, s.id) === undefined);
    await api().DeleteServer({ id: s.id });
  });

  test('SimpleCIDRAffinity compares host IPs: build_near_host_ip of a host lands there; a fixed IP is not a host IP', async () => {
    const anchor = await waitStatus(cloud.client, (await boot(cloud.client, 'anchor', { networks: [{ network_id: net1.id }] })).id, 'SERVER_STATUS_ACTIVE');
    const hostIp = HOST_IP[anchor.host]!;
    const near = await boot(cloud.client, 'near', { networks: [{ network_id: net1.id }], scheduler_hints: { build_near_host_ip: hostIp, cidr: '/32' } });
    assert.equal((await waitStatus(cloud.client, near.id, 'SERVER_STATUS_ACTIVE')).host, anchor.host);
    // Both hosts are in 172.16.5.0/24.
    const wide = await boot(cloud.client, 'wide', { networks: [{ network_id: net1.id }], scheduler_hints: { build_near_host_ip: hostIp, cidr: '/24' } });
    assert.ok(HOST_IP[(await waitStatus(cloud.client, wide.id, 'SERVER_STATUS_ACTIVE')).host]);
    // A server's fixed IP lives on its tenant network, not on the hosts' network: no host matches it.
    const fixedIp = v4(anchor)[0]!;
    const lost = await boot(cloud.client, 'by-fixed-ip', { networks: [{ network_id: net1.id }], scheduler_hints: { build_near_host_ip: fixedIp, cidr: '/32' } });
    const failed = await waitStatus(cloud.client, lost.id, 'SERVER_STATUS_ERROR', 30_000);
    assert.match(failed.fault?.message ?? '', /No valid host/);
    assert.match(`${failed.fault?.message}\n${failed.fault?.details}`, /SimpleCIDRAffinityFilter/);
    assert.deepEqual(failed.addresses, [], 'its address was given back');
    for (const s of [anchor, near, wide, lost]) await api().DeleteServer({ id: s.id });
  });
});
