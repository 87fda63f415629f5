// Security groups on a real cloud with two conductors: the default group
// (created once on first use, even by racing callers; Neutron's rules; not
// deletable), group and rule CRUD with every rule field checked, duplicate
// rules refused (also when racing), servers applying groups through their
// ports (at create, AddSecurityGroup, RemoveSecurityGroup) and the fake
// hypervisor recording them on the NIC, groups in use not deletable,
// another project's groups NOT_FOUND, and the per-project quotas.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { KumoApiError } from '../../pkg/client/errors.js';
import { KumoClient } from '../../pkg/client/client.js';
import type { FakeGuest } from '../../pkg/compute/virt/fake/driver.js';
import type { SecurityGroupRule, Server__Output } from '../../pkg/gen/types.js';
import { NETWORK_QUOTA_DEFAULTS } from '../../pkg/network/quota.js';
import { Store } from '../../pkg/store/store.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitStatus } from '../support/expect.js';

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

function guestOnHost(host: string, id: string): FakeGuest | undefined {
  const store = Store.open(join(cloud.dataDir, 'compute-sg'));
  try {
    return store.table<FakeGuest>('fake_guests').get(`${host}/${id}`);
  } finally {
    void store.close();
  }
}

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

const rule = (r: Partial<SecurityGroupRule>): Omit<SecurityGroupRule, 'security_group_id'> => ({ direction: 'ingress', ...r });

describe('security groups', { timeout: 600_000 }, () => {
  before(async () => {
    cloud = await startCloud({ conductors: 2, computes: [{ name: 'sg', hosts: 1, args: ['--host-vcpus', '64', '--host-ram-mb', '262144', '--host-disk-gb', '20000'] }] });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'tiny', name: 'tiny', vcpus: 1, ram_mb: 64, disk_gb: 1, is_public: true } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });
  after(async () => {
    for (const c of clients) c.close();
    await cloud?.stop();
  });

  test('the default group: made once on first use (8 racing callers), with Neutron\'s rules; not deletable, its name reserved', async () => {
    const alice = member('alice');
    const lists = await Promise.all(Array.from({ length: 8 }, () => alice.securityGroups.list().toArray()));
    const ids = new Set(lists.flatMap((l) => l.map((s) => s.id)));
    assert.equal(ids.size, 1, 'one default group');
    const dflt = lists[0]![0]!;
    assert.equal(dflt.name, 'default');
    assert.equal(dflt.project_id, 'alice');
    const shape = dflt.rules.map((r) => [r.direction, r.ethertype, r.protocol, r.remote_ip_prefix, r.remote_group_id === dflt.id]).sort();
    assert.deepEqual(shape, [
      ['egress', 'IPv4', '', '', false],
      ['egress', 'IPv6', '', '', false],
      ['ingress', 'IPv4', '', '', true],
      ['ingress', 'IPv6', '', '', true],
    ]);
    const refused = await expectError(alice.securityGroups.delete(dflt.id), 'FAILED_PRECONDITION');
    assert.equal(refused.reason, 'SECURITY_GROUP_IN_USE');
    await expectError(alice.securityGroups.create('default'), 'INVALID_ARGUMENT', 'name');
    // Another project has its own.
    const bob = member('bob');
    const bobs = await bob.securityGroups.list().toArray();
    assert.equal(bobs.length, 1);
    assert.notEqual(bobs[0]!.id, dflt.id);
    await expectError(bob.securityGroups.get(dflt.id), 'NOT_FOUND');
  });

  test('groups: create with egress rules, get, list, delete; names and descriptions checked; another project\'s is NOT_FOUND', async () => {
    const alice = member('alice');
    await expectError(alice.securityGroups.create(''), 'INVALID_ARGUMENT', 'name');
    await expectError(alice.securityGroups.create('x'.repeat(256)), 'INVALID_ARGUMENT', 'name');
    await expectError(alice.securityGroups.create('web', { description: 'd'.repeat(256) }), 'INVALID_ARGUMENT', 'description');
    const web = await alice.securityGroups.create('web', { description: 'web servers' });
    assert.deepEqual(web.rules.map((r) => [r.direction, r.ethertype]).sort(), [['egress', 'IPv4'], ['egress', 'IPv6']]);
    assert.deepEqual(await alice.securityGroups.get(web.id), web);
    assert.deepEqual((await alice.securityGroups.list({ name: 'web' }).toArray()).map((s) => s.id), [web.id]);
    const bob = member('bob');
    await expectError(bob.securityGroups.get(web.id), 'NOT_FOUND');
    await expectError(bob.securityGroups.delete(web.id), 'NOT_FOUND');
    await expectError(bob.securityGroups.createRule(web.id, rule({ protocol: 'tcp' })), 'NOT_FOUND');
    const temp = await alice.securityGroups.create('temp');
    await alice.securityGroups.delete(temp.id);
    await expectError(alice.securityGroups.get(temp.id), 'NOT_FOUND');
  });

  test('rules: every field checked and named; normalised; duplicates ALREADY_EXISTS; list and delete', async () => {
    const alice = member('alice');
    const g = await alice.securityGroups.create('rules');
    const bad: Array<[string, Partial<SecurityGroupRule>, string]> = [
      ['no direction', { direction: '' }, 'rule.direction'],
      ['bad direction', { direction: 'sideways' }, 'rule.direction'],
      ['bad ethertype', { ethertype: 'IPX' }, 'rule.ethertype'],
      ['ethertype vs cidr', { ethertype: 'IPv6', remote_ip_prefix: '10.0.0.0/8' }, 'rule.ethertype'],
      ['bad protocol', { protocol: 'sctp-ish' }, 'rule.protocol'],
      ['protocol out of range', { protocol: '256' }, 'rule.protocol'],
      ['port 0 max', { protocol: 'tcp', port_range_min: 22, port_range_max: 0 }, 'rule.port_range_max'],
      ['port too high', { protocol: 'udp', port_range_min: 1, port_range_max: 70000 }, 'rule.port_range_max'],
      ['min above max', { protocol: 'tcp', port_range_min: 90, port_range_max: 80 }, 'rule.port_range_max'],
      ['ports without tcp/udp', { protocol: '', port_range_min: 22, port_range_max: 22 }, 'rule.port_range_min'],
      ['ports on a numbered protocol', { protocol: '47', port_range_min: 1, port_range_max: 1 }, 'rule.port_range_min'],
      ['icmp type too high', { protocol: 'icmp', port_range_min: 300 }, 'rule.port_range_min'],
      ['icmp code without type', { protocol: 'icmp', port_range_max: 3 }, 'rule.port_range_max'],
      ['bad cidr', { remote_ip_prefix: '10.0.0.0/40' }, 'rule.remote_ip_prefix'],
      ['not an address', { remote_ip_prefix: 'example.com/8' }, 'rule.remote_ip_prefix'],
      ['cidr and group', { remote_ip_prefix: '10.0.0.0/8', remote_group_id: g.id }, 'rule.remote_group_id'],
      ['unknown group', { remote_group_id: 'no-such-group' }, 'rule.remote_group_id'],
      ['long description', { description: 'd'.repeat(256) }, 'rule.description'],
    ];
    for (const [what, r, field] of bad) {
      await expectError(alice.securityGroups.createRule(g.id, rule(r)), 'INVALID_ARGUMENT', field).catch((err: unknown) => assert.fail(`${what}: ${String(err)}`));
    }
    await expectError(alice.securityGroups.CreateSecurityGroupRule({ rule: { direction: 'ingress' } }), 'INVALID_ARGUMENT', 'rule.security_group_id');
    // Valid rules, normalised: protocol numbers named, the ethertype from the prefix, host bits cleared.
    const ssh = await alice.securityGroups.createRule(g.id, rule({ protocol: 'TCP', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' }));
    assert.deepEqual([ssh.security_group_id, ssh.direction, ssh.ethertype, ssh.protocol, ssh.port_range_min, ssh.port_range_max, ssh.remote_ip_prefix], [g.id, 'ingress', 'IPv4', 'tcp', 22, 22, '0.0.0.0/0']);
    const dns6 = await alice.securityGroups.createRule(g.id, { direction: 'egress', protocol: '17', port_range_min: 53, port_range_max: 53, remote_ip_prefix: '2001:db8::1/32' });
    assert.deepEqual([dns6.ethertype, dns6.protocol, dns6.remote_ip_prefix], ['IPv6', 'udp', '2001:db8::/32']);
    const ping = await alice.securityGroups.createRule(g.id, rule({ protocol: 'icmp', port_range_min: 8, port_range_max: 0 }));
    assert.equal(ping.protocol, 'icmp');
    const gre = await alice.securityGroups.createRule(g.id, rule({ protocol: '47', remote_group_id: g.id }));
    assert.equal(gre.remote_group_id, g.id);
    // The same rule again (however spelt) is ALREADY_EXISTS, naming the rule it duplicates.
    const dup = await expectError(alice.securityGroups.createRule(g.id, rule({ protocol: '6', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0', ethertype: 'ipv4' })), 'ALREADY_EXISTS');
    assert.equal(dup.reason, 'SECURITY_GROUP_RULE_EXISTS');
    assert.match(dup.message, new RegExp(ssh.id));
    // Racing duplicates through two conductors: exactly one is made.
    const { ok, errors } = await outcomes(Array.from({ length: 6 }, () => alice.securityGroups.createRule(g.id, rule({ protocol: 'tcp', port_range_min: 443, port_range_max: 443 })))); 
    assert.equal(ok.length, 1, errors.map((e) => e.message).join('; '));
    for (const e of errors) assert.equal(e.codeName, 'ALREADY_EXISTS', e.message);
    const rules = await alice.securityGroups.rules(g.id);
    assert.deepEqual(new Set(rules.map((r) => r.id)), new Set([...g.rules.map((r) => r.id), ssh.id, dns6.id, ping.id, gre.id, ok[0]!.id]));
    assert.ok((await alice.securityGroups.rules()).some((r) => r.id === ssh.id), 'all of the project\'s rules');
    await alice.securityGroups.deleteRule(ssh.id);
    await expectError(alice.securityGroups.deleteRule(ssh.id), 'NOT_FOUND');
    await expectError(member('bob').securityGroups.deleteRule(dns6.id), 'NOT_FOUND');
    assert.ok(!(await alice.securityGroups.get(g.id)).rules.some((r) => r.id === ssh.id));
    // A group another group's rule admits cannot go before that rule.
    const other = await alice.securityGroups.create('other');
    const ref = await alice.securityGroups.createRule(other.id, rule({ protocol: 'tcp', port_range_min: 5432, port_range_max: 5432, remote_group_id: g.id }));
    await expectError(alice.securityGroups.delete(g.id), 'FAILED_PRECONDITION');
    await alice.securityGroups.deleteRule(ref.id);
    await alice.securityGroups.delete(other.id);
    await alice.securityGroups.delete(g.id);
  });

  test('servers: created with groups (default: the default group), shown on the server, its ports and the guest\'s NIC; add and remove; a group in use stays', async () => {
    const carol = member('carol');
    const web = await carol.securityGroups.create('web');
    const dflt = (await carol.securityGroups.list({ name: 'default' }).toArray())[0]!;
    const plain = await boot(carol, 'plain');
    assert.deepEqual((await carol.servers.get(plain.id)).security_groups, ['default']);
    const s = await boot(carol, 'webby', { security_groups: ['web', dflt.id] });
    assert.deepEqual((await carol.servers.get(s.id)).security_groups, ['web', 'default']);
    const port = (await carol.networks.ports({ server_id: s.id }).toArray())[0]!;
    assert.deepEqual(port.security_group_ids, [web.id, dflt.id]);
    assert.deepEqual(guestOnHost(s.host, s.id)?.nics?.[0]?.security_groups, [web.id, dflt.id], 'the hypervisor got the groups with the NIC');
    await expectError(carol.servers.api.CreateServer({ name: 'x', flavor_id: 'tiny', image_id: imageId, security_groups: ['no-such-group'] }), 'INVALID_ARGUMENT', 'security_groups[0]');
    await expectError(member('dan').servers.api.CreateServer({ name: 'x', flavor_id: 'tiny', image_id: imageId, security_groups: [web.id] }), 'INVALID_ARGUMENT', 'security_groups[0]');
    // In use: not deletable.
    const inUse = await expectError(carol.securityGroups.delete(web.id), 'FAILED_PRECONDITION');
    assert.match(inUse.message, new RegExp(s.id));
    // Add and remove, on every port.
    const db = await carol.securityGroups.create('db');
    await carol.securityGroups.addToServer(plain.id, 'db');
    assert.deepEqual((await carol.servers.get(plain.id)).security_groups, ['default', 'db']);
    const again = await expectError(carol.securityGroups.addToServer(plain.id, db.id), 'ALREADY_EXISTS');
    assert.equal(again.reason, 'SECURITY_GROUP_ALREADY_ON_SERVER');
    await carol.securityGroups.removeFromServer(plain.id, 'db');
    assert.deepEqual((await carol.servers.get(plain.id)).security_groups, ['default']);
    const absent = await expectError(carol.securityGroups.removeFromServer(plain.id, 'db'), 'FAILED_PRECONDITION');
    assert.equal(absent.reason, 'SECURITY_GROUP_NOT_ON_SERVER');
    await expectError(carol.securityGroups.addToServer(plain.id, 'nope'), 'NOT_FOUND');
    await expectError(member('dan').securityGroups.addToServer(plain.id, 'default'), 'NOT_FOUND');
    // A server without ports has no place for a group.
    const isolated = await boot(carol, 'iso', { network_mode: 'NETWORK_MODE_NONE' });
    const noPorts = await expectError(carol.securityGroups.addToServer(isolated.id, 'db'), 'FAILED_PRECONDITION');
    assert.equal(noPorts.reason, 'SERVER_HAS_NO_PORTS');
    // Once no server uses it, it goes.
    await carol.securityGroups.removeFromServer(s.id, 'web');
    assert.deepEqual((await carol.servers.get(s.id)).security_groups, ['default']);
    await carol.securityGroups.delete(web.id);
    await carol.securityGroups.delete(db.id);
    for (const x of [plain, s, isolated]) await carol.servers.api.DeleteServer({ id: x.id });
  });

  test(`quotas: ${NETWORK_QUOTA_DEFAULTS.sg} groups (the default one aside) and ${NETWORK_QUOTA_DEFAULTS.sgrule} rules per project, under concurrent creates`, async () => {
    const erin = member('erin');
    const { ok, errors } = await outcomes(Array.from({ length: NETWORK_QUOTA_DEFAULTS.sg + 4 }, (_, i) => erin.securityGroups.create(`g${i}`)));
    assert.equal(ok.length, NETWORK_QUOTA_DEFAULTS.sg, errors.map((e) => e.message).slice(0, 3).join('; '));
    for (const e of errors) {
      assert.equal(e.codeName, 'RESOURCE_EXHAUSTED', e.message);
      assert.equal(e.reason, 'QUOTA_EXCEEDED');
    }
    // Rules: spread over the groups, 10 more than the limit, all at once.
    const per = Math.ceil((NETWORK_QUOTA_DEFAULTS.sgrule + 10) / ok.length);
    const burst = ok.flatMap((g) => Array.from({ length: per }, (_, i) => erin.securityGroups.createRule(g.id, rule({ protocol: 'tcp', port_range_min: 1000 + i, port_range_max: 1000 + i }))));
    const rules = await outcomes(burst);
    assert.equal(rules.ok.length, NETWORK_QUOTA_DEFAULTS.sgrule, rules.errors.map((e) => e.message).slice(0, 3).join('; '));
    for (const e of rules.errors) assert.equal(e.reason, 'QUOTA_EXCEEDED', e.message);
    // A delete makes room for one.
    await erin.securityGroups.deleteRule(rules.ok[0]!.id);
    const dflt = (await erin.securityGroups.list({ name: 'default' }).toArray())[0]!;
    await erin.securityGroups.createRule(dflt.id, rule({ protocol: 'udp', port_range_min: 9, port_range_max: 9 }));
    await expectError(erin.securityGroups.createRule(dflt.id, rule({ protocol: 'udp', port_range_min: 10, port_range_max: 10 })), 'RESOURCE_EXHAUSTED');
  });
});
