// Aggregates, server groups and availability zones across real processes
// (api, conductor, scheduler, three compute processes over one private
// nats-server): every RPC's success and error cases, group membership by the
// `group` hint, zones derived from aggregates and host reports, and the CLI.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Io } from '../../pkg/cli/command.js';
import { main } from '../../pkg/cli/main.js';
import { KumoClient } from '../../pkg/client/client.js';
import type { Server__Output, ServerStatus__Output } from '../../pkg/gen/types.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone as waitGoneOf, waitStatus as waitStatusOf } from '../support/expect.js';

let cloud: TestCloud;
let imageId = '';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const waitStatus = (id: string, status: ServerStatus__Output, timeoutMs?: number): Promise<Server__Output> => waitStatusOf(cloud.client, id, status, timeoutMs);
const waitGone = (id: string): Promise<void> => waitGoneOf(cloud.client, id);

/** Runs the kumo CLI in this process against the test cloud. */
async function kumo(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
  const code = await main(['--url', cloud.endpoint, ...argv], io, {});
  return { code, out, err };
}

async function kumoJson<T>(...argv: string[]): Promise<T> {
  const r = await kumo(...argv, '-f', 'json');
  assert.equal(r.code, 0, `kumo ${argv.join(' ')}: ${r.err}`);
  return JSON.parse(r.out) as T;
}

describe('aggregates, server groups and availability zones', { timeout: 120_000 }, () => {
  before(async () => {
    cloud = await startCloud({
      computes: [
        { name: 'cA', hosts: 2 },
        { name: 'cB', hosts: 1 },
        // A host whose own report names another zone.
        { name: 'cC', hosts: 1, args: ['--availability-zone', 'edge'] },
      ],
    });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: '1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });

  after(async () => {
    await cloud?.stop();
  });

  test('aggregate create, get, list and delete, with their errors', async () => {
    const agg = cloud.client.aggregates;
    const { aggregate: rack } = await agg.CreateAggregate({ name: 'rack1', availability_zone: 'az1' });
    assert.match(rack!.id, UUID);
    assert.equal(rack!.name, 'rack1');
    assert.equal(rack!.availability_zone, 'az1');
    assert.deepEqual(rack!.metadata, { availability_zone: 'az1' });
    assert.deepEqual(rack!.hosts, []);
    assert.ok(rack!.create_time && rack!.update_time);
    const { aggregate: plain } = await agg.CreateAggregate({ name: 'alpha' });
    assert.equal(plain!.availability_zone, '');
    assert.deepEqual(plain!.metadata, {});

    assert.deepEqual((await agg.GetAggregate({ id: rack!.id })).aggregate, rack);
    assert.deepEqual(
      (await agg.ListAggregates({})).aggregates.map((a) => a.name),
      ['alpha', 'rack1'],
    );

    const dup = await expectError(agg.CreateAggregate({ name: 'rack1' }), 'ALREADY_EXISTS');
    assert.match(dup.message, /rack1/);
    await expectError(agg.CreateAggregate({ name: '  ' }), 'INVALID_ARGUMENT', 'name');
    await expectError(agg.CreateAggregate({ name: 'x'.repeat(256) }), 'INVALID_ARGUMENT', 'name');
    await expectError(agg.CreateAggregate({ name: 'z1', availability_zone: 'a:b' }), 'INVALID_ARGUMENT', 'availability_zone');
    await expectError(agg.CreateAggregate({ name: 'z2', availability_zone: 'internal' }), 'INVALID_ARGUMENT', 'availability_zone');
    await expectError(agg.GetAggregate({ id: '' }), 'INVALID_ARGUMENT', 'id');
    await expectError(agg.GetAggregate({ id: '00000000-0000-0000-0000-000000000000' }), 'NOT_FOUND');
    await expectError(agg.DeleteAggregate({ id: '00000000-0000-0000-0000-000000000000' }), 'NOT_FOUND');

    await agg.DeleteAggregate({ id: plain!.id });
    await expectError(agg.GetAggregate({ id: plain!.id }), 'NOT_FOUND');
    await expectError(agg.DeleteAggregate({ id: plain!.id }), 'NOT_FOUND');
    // The name is free again.
    const { aggregate: again } = await agg.CreateAggregate({ name: 'alpha' });
    await agg.DeleteAggregate({ id: again!.id });
    await agg.DeleteAggregate({ id: rack!.id });
    assert.deepEqual((await agg.ListAggregates({})).aggregates, []);
  });

  test('aggregate hosts: add, remove, zone conflicts, and delete refused while hosts remain', async () => {
    const agg = cloud.client.aggregates;
    const rack1 = (await agg.CreateAggregate({ name: 'rack1', availability_zone: 'az1' })).aggregate!;
    const rack2 = (await agg.CreateAggregate({ name: 'rack2', availability_zone: 'az2' })).aggregate!;
    const ssd = (await agg.CreateAggregate({ name: 'ssd' })).aggregate!;

    const added = (await agg.AddAggregateHost({ id: rack1.id, host: 'cA-1' })).aggregate!;
    assert.deepEqual(added.hosts, ['cA-1']);
    assert.deepEqual((await agg.AddAggregateHost({ id: rack1.id, host: 'cA-2' })).aggregate!.hosts, ['cA-1', 'cA-2']);
    const exists = await expectError(agg.AddAggregateHost({ id: rack1.id, host: 'cA-1' }), 'ALREADY_EXISTS');
    assert.equal(exists.reason, 'AGGREGATE_HOST_EXISTS');
    const unknownHost = await expectError(agg.AddAggregateHost({ id: rack1.id, host: 'nope-1' }), 'NOT_FOUND');
    assert.match(unknownHost.message, /host nope-1/);
    await expectError(agg.AddAggregateHost({ id: rack1.id, host: '' }), 'INVALID_ARGUMENT', 'host');
    await expectError(agg.AddAggregateHost({ id: '', host: 'cA-1' }), 'INVALID_ARGUMENT', 'id');
    await expectError(agg.AddAggregateHost({ id: '00000000-0000-0000-0000-000000000000', host: 'cA-1' }), 'NOT_FOUND');

    // A host in az1 cannot join an aggregate of az2, as Nova.
    const conflict = await expectError(agg.AddAggregateHost({ id: rack2.id, host: 'cA-1' }), 'FAILED_PRECONDITION');
    assert.equal(conflict.reason, 'AGGREGATE_ZONE_CONFLICT');
    assert.match(conflict.message, /Cannot add host to aggregate rack2/);
    assert.match(conflict.message, /aggregate rack1/);
    assert.match(conflict.message, /in conflict with zone az2/);
    // An aggregate without a zone takes any host; so does one of the same zone.
    assert.deepEqual((await agg.AddAggregateHost({ id: ssd.id, host: 'cA-1' })).aggregate!.hosts, ['cA-1']);
    const rack1b = (await agg.CreateAggregate({ name: 'rack1b', availability_zone: 'az1' })).aggregate!;
    await agg.AddAggregateHost({ id: rack1b.id, host: 'cA-1' });

    const notEmpty = await expectError(agg.DeleteAggregate({ id: rack1.id }), 'FAILED_PRECONDITION');
    assert.equal(notEmpty.reason, 'AGGREGATE_NOT_EMPTY');

    const absent = await expectError(agg.RemoveAggregateHost({ id: rack1.id, host: 'cB' }), 'NOT_FOUND');
    assert.equal(absent.reason, 'AGGREGATE_HOST_NOT_FOUND');
    await expectError(agg.RemoveAggregateHost({ id: rack1.id, host: '' }), 'INVALID_ARGUMENT', 'host');
    await expectError(agg.RemoveAggregateHost({ id: '00000000-0000-0000-0000-000000000000', host: 'cA-1' }), 'NOT_FOUND');
    assert.deepEqual((await agg.RemoveAggregateHost({ id: rack1.id, host: 'cA-1' })).aggregate!.hosts, ['cA-2']);
    await agg.RemoveAggregateHost({ id: rack1.id, host: 'cA-2' });
    await agg.RemoveAggregateHost({ id: rack1b.id, host: 'cA-1' });
    // Once no zoned aggregate holds it, the host may join az2.
    assert.deepEqual((await agg.AddAggregateHost({ id: rack2.id, host: 'cA-1' })).aggregate!.hosts, ['cA-1']);

    await agg.RemoveAggregateHost({ id: rack2.id, host: 'cA-1' });
    await agg.RemoveAggregateHost({ id: ssd.id, host: 'cA-1' });
    for (const a of [rack1, rack1b, rack2, ssd]) await agg.DeleteAggregate({ id: a.id });
  });

  test('aggregate metadata: set, unset, zone changes under the conflict rule', async () => {
    const agg = cloud.client.aggregates;
    const rack1 = (await agg.CreateAggregate({ name: 'rack1', availability_zone: 'az1' })).aggregate!;
    const fast = (await agg.CreateAggregate({ name: 'fast' })).aggregate!;
    await agg.AddAggregateHost({ id: rack1.id, host: 'cB' });
    await agg.AddAggregateHost({ id: fast.id, host: 'cB' });

    const set = (await agg.SetAggregateMetadata({ id: fast.id, metadata: { ssd: 'true', cpu_allocation_ratio: '4.0', gone: 'x' } })).aggregate!;
    assert.deepEqual(set.metadata, { ssd: 'true', cpu_allocation_ratio: '4.0', gone: 'x' });
    assert.ok(set.update_time!.seconds >= fast.update_time!.seconds);
    // Unsetting a key that is not there is not an error, as Nova.
    const unset = (await agg.SetAggregateMetadata({ id: fast.id, metadata: { ssd: 'false' }, unset: ['gone', 'never'] })).aggregate!;
    assert.deepEqual(unset.metadata, { ssd: 'false', cpu_allocation_ratio: '4.0' });
    assert.deepEqual((await agg.GetAggregate({ id: fast.id })).aggregate!.metadata, unset.metadata);

    // Giving the aggregate a zone: its host cB is in az1 through rack1.
    const conflict = await expectError(agg.SetAggregateMetadata({ id: fast.id, metadata: { availability_zone: 'az9' } }), 'FAILED_PRECONDITION');
    assert.match(conflict.message, /aggregate rack1/);
    assert.match(conflict.message, /in conflict with zone az9/);
    const zoned = (await agg.SetAggregateMetadata({ id: fast.id, metadata: { availability_zone: 'az1' } })).aggregate!;
    assert.equal(zoned.availability_zone, 'az1');
    assert.equal(zoned.metadata['availability_zone'], 'az1');
    // Changing rack1's zone now conflicts with fast's.
    await expectError(agg.SetAggregateMetadata({ id: rack1.id, metadata: { availability_zone: 'az2' } }), 'FAILED_PRECONDITION');
    const unzoned = (await agg.SetAggregateMetadata({ id: fast.id, unset: ['availability_zone'] })).aggregate!;
    assert.equal(unzoned.availability_zone, '');
    assert.equal(unzoned.metadata['availability_zone'], undefined);
    const moved = (await agg.SetAggregateMetadata({ id: rack1.id, metadata: { availability_zone: 'az2' } })).aggregate!;
    assert.equal(moved.availability_zone, 'az2');

    await expectError(agg.SetAggregateMetadata({ id: fast.id, metadata: { 'a/b': '1' } }), 'INVALID_ARGUMENT', 'metadata[a/b]');
    await expectError(agg.SetAggregateMetadata({ id: fast.id, metadata: { k: 'v'.repeat(256) } }), 'INVALID_ARGUMENT', 'metadata[k]');
    await expectError(agg.SetAggregateMetadata({ id: fast.id, metadata: { availability_zone: '' } }), 'INVALID_ARGUMENT', 'metadata[availability_zone]');
    await expectError(agg.SetAggregateMetadata({ id: fast.id, metadata: { k: 'v' }, unset: ['k'] }), 'INVALID_ARGUMENT', 'unset[0]');
    await expectError(agg.SetAggregateMetadata({ id: '', metadata: { k: 'v' } }), 'INVALID_ARGUMENT', 'id');
    await expectError(agg.SetAggregateMetadata({ id: '00000000-0000-0000-0000-000000000000', metadata: { k: 'v' } }), 'NOT_FOUND');

    for (const a of [rack1, fast]) {
      await agg.RemoveAggregateHost({ id: a.id, host: 'cB' });
      await agg.DeleteAggregate({ id: a.id });
    }
  });

  test('availability zones: aggregate zones, report zones and the default', async () => {
    const agg = cloud.client.aggregates;
    const az1 = (await agg.CreateAggregate({ name: 'zone1', availability_zone: 'az1' })).aggregate!;
    const empty = (await agg.CreateAggregate({ name: 'zone-empty', availability_zone: 'az-empty' })).aggregate!;
    const nozone = (await agg.CreateAggregate({ name: 'nozone' })).aggregate!;
    await agg.AddAggregateHost({ id: az1.id, host: 'cA-1' });
    await agg.AddAggregateHost({ id: az1.id, host: 'cA-2' });
    await agg.AddAggregateHost({ id: nozone.id, host: 'cB' });

    const { availability_zones } = await cloud.client.availabilityZones.ListAvailabilityZones({});
    assert.deepEqual(availability_zones, [
      { name: 'az-empty', available: false, hosts: [] },
      { name: 'az1', available: true, hosts: ['cA-1', 'cA-2'] },
      { name: 'edge', available: true, hosts: ['cC'] },
      { name: 'nova', available: true, hosts: ['cB'] },
    ]);

    for (const [a, hosts] of [
      [az1, ['cA-1', 'cA-2']],
      [nozone, ['cB']],
      [empty, []],
    ] as const) {
      for (const host of hosts) await agg.RemoveAggregateHost({ id: a.id, host });
      await agg.DeleteAggregate({ id: a.id });
    }
    const after = (await cloud.client.availabilityZones.ListAvailabilityZones({})).availability_zones;
    assert.deepEqual(
      after.map((z) => [z.name, z.hosts]),
      [
        ['edge', ['cC']],
        ['nova', ['cA-1', 'cA-2', 'cB']],
      ],
    );
  });

  test('server groups: create, get, list, delete, validation and project scoping', async () => {
    const sg = cloud.client.serverGroups;
    const anti = (await sg.CreateServerGroup({ name: 'web', policy: 'SERVER_GROUP_POLICY_ANTI_AFFINITY' })).server_group!;
    assert.match(anti.id, UUID);
    assert.equal(anti.policy, 'SERVER_GROUP_POLICY_ANTI_AFFINITY');
    // 0 means 1 for anti-affinity; the effective rule is what is stored.
    assert.equal(anti.max_server_per_host, 1);
    assert.deepEqual(anti.members, []);
    assert.equal(anti.project_id, 'default');
    assert.equal(anti.user_id, 'default');
    assert.ok(anti.create_time);
    const db = (await sg.CreateServerGroup({ name: 'db', policy: 'SERVER_GROUP_POLICY_ANTI_AFFINITY', max_server_per_host: 2 })).server_group!;
    assert.equal(db.max_server_per_host, 2);
    const soft = (await sg.CreateServerGroup({ name: 'cache', policy: 'SERVER_GROUP_POLICY_SOFT_AFFINITY' })).server_group!;
    assert.equal(soft.max_server_per_host, 0);

    assert.deepEqual((await sg.GetServerGroup({ id: anti.id })).server_group, anti);
    assert.deepEqual(
      (await sg.ListServerGroups({})).server_groups.map((g) => g.name),
      ['cache', 'db', 'web'],
    );

    await expectError(sg.CreateServerGroup({ name: 'x' }), 'INVALID_ARGUMENT', 'policy');
    await expectError(sg.CreateServerGroup({ name: '', policy: 'SERVER_GROUP_POLICY_AFFINITY' }), 'INVALID_ARGUMENT', 'name');
    await expectError(sg.CreateServerGroup({ name: 'x', policy: 'SERVER_GROUP_POLICY_AFFINITY', max_server_per_host: 2 }), 'INVALID_ARGUMENT', 'max_server_per_host');
    await expectError(sg.CreateServerGroup({ name: 'x', policy: 'SERVER_GROUP_POLICY_ANTI_AFFINITY', max_server_per_host: -1 }), 'INVALID_ARGUMENT', 'max_server_per_host');
    await expectError(sg.GetServerGroup({ id: '' }), 'INVALID_ARGUMENT', 'id');
    await expectError(sg.GetServerGroup({ id: '00000000-0000-0000-0000-000000000000' }), 'NOT_FOUND');

    // Another project sees none of them and cannot touch them.
    const other = new KumoClient({ url: cloud.endpoint, project: 'other' });
    try {
      await expectError(other.serverGroups.GetServerGroup({ id: anti.id }), 'NOT_FOUND');
      await expectError(other.serverGroups.DeleteServerGroup({ id: anti.id }), 'NOT_FOUND');
      assert.deepEqual((await other.serverGroups.ListServerGroups({})).server_groups, []);
      const theirs = (await other.serverGroups.CreateServerGroup({ name: 'theirs', policy: 'SERVER_GROUP_POLICY_AFFINITY' })).server_group!;
      assert.equal(theirs.project_id, 'other');
      assert.deepEqual(
        (await other.serverGroups.ListServerGroups({})).server_groups.map((g) => g.id),
        [theirs.id],
      );
      await expectError(sg.GetServerGroup({ id: theirs.id }), 'NOT_FOUND');
      // Nor may a server of this project join it.
      await expectError(
        cloud.client.servers.api.CreateServer({ name: 'x', flavor_id: '1', image_id: imageId, scheduler_hints: { group: theirs.id } }),
        'INVALID_ARGUMENT',
        'scheduler_hints.group',
      );
      await other.serverGroups.DeleteServerGroup({ id: theirs.id });
    } finally {
      other.close();
    }

    for (const g of [anti, db, soft]) await sg.DeleteServerGroup({ id: g.id });
    await expectError(sg.GetServerGroup({ id: anti.id }), 'NOT_FOUND');
    await expectError(sg.DeleteServerGroup({ id: anti.id }), 'NOT_FOUND');
    assert.deepEqual((await sg.ListServerGroups({})).server_groups, []);
  });

  test('a server created with the group hint is a member until it is deleted', async () => {
    const sg = cloud.client.serverGroups;
    const group = (await sg.CreateServerGroup({ name: 'spread', policy: 'SERVER_GROUP_POLICY_ANTI_AFFINITY' })).server_group!;
    const res = await cloud.client.servers.api.CreateServer({ name: 'member', flavor_id: '1', image_id: imageId, max_count: 2, scheduler_hints: { group: group.id } });
    const ids = res.servers.map((s) => s.id).sort();
    for (const s of res.servers) assert.deepEqual(s.server_groups, [group.id]);
    const active = await Promise.all(ids.map((id) => waitStatus(id, 'SERVER_STATUS_ACTIVE')));
    for (const s of active) assert.deepEqual(s.server_groups, [group.id]);

    assert.deepEqual([...(await sg.GetServerGroup({ id: group.id })).server_group!.members].sort(), ids);
    const listed = (await sg.ListServerGroups({})).server_groups.find((g) => g.id === group.id)!;
    assert.deepEqual([...listed.members].sort(), ids);
    // A server without the hint joins nothing.
    const loner = (await cloud.client.servers.api.CreateServer({ name: 'loner', flavor_id: '1', image_id: imageId })).servers[0]!;
    assert.deepEqual(loner.server_groups, []);

    await cloud.client.servers.api.DeleteServer({ id: ids[0]! });
    await waitGone(ids[0]!);
    assert.deepEqual((await sg.GetServerGroup({ id: group.id })).server_group!.members, [ids[1]]);

    // Deleting the group leaves its servers running.
    await sg.DeleteServerGroup({ id: group.id });
    const survivor = await cloud.client.servers.get(ids[1]!);
    assert.equal(survivor.status, 'SERVER_STATUS_ACTIVE');
    for (const id of [ids[1]!, loner.id]) {
      await cloud.client.servers.api.DeleteServer({ id });
      await waitGone(id);
    }
  });

  test('the CLI drives aggregates, server groups, zones and the group hint by name', async () => {
    const group = await kumoJson<Record<string, unknown>>('server', 'group', 'create', '--policy', 'anti-affinity', '--max-server-per-host', '2', 'cli-group');
    assert.equal(group['policy'], 'anti-affinity');
    assert.deepEqual(group['rules'], { max_server_per_host: '2' });
    const groups = await kumoJson<Array<Record<string, string>>>('server', 'group', 'list');
    assert.deepEqual(groups, [{ ID: group['id'], Name: 'cli-group', Policy: 'anti-affinity' }]);

    const created = await kumoJson<Record<string, unknown>>(
      'server', 'create', '--flavor', 'm1.tiny', '--image', 'cirros', '--hint', 'group=cli-group', '--wait', 'cli-vm',
    );
    assert.deepEqual(created['server_groups'], [group['id']]);
    const shown = await kumoJson<Record<string, unknown>>('server', 'group', 'show', 'cli-group');
    assert.deepEqual(shown['members'], [created['id']]);

    const bad = await kumo('server', 'create', '--flavor', 'm1.tiny', '--image', 'cirros', '--hint', 'colour=blue', 'x');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown hint 'colour'/);

    const agg = await kumoJson<Record<string, unknown>>('aggregate', 'create', '--zone', 'cli-az', '--property', 'ssd=true', 'cli-agg');
    assert.equal(agg['availability_zone'], 'cli-az');
    assert.deepEqual(agg['properties'], { ssd: 'true' });
    const withHost = await kumoJson<Record<string, unknown>>('aggregate', 'add', 'host', 'cli-agg', 'cC');
    assert.deepEqual(withHost['hosts'], ['cC']);
    const set = await kumoJson<Record<string, unknown>>('aggregate', 'set', '--no-property', '--property', 'gpu=1', 'cli-agg');
    assert.deepEqual(set['properties'], { gpu: '1' });
    assert.equal(set['availability_zone'], 'cli-az');
    const unset = await kumoJson<Record<string, unknown>>('aggregate', 'unset', '--property', 'gpu', 'cli-agg');
    assert.deepEqual(unset['properties'], {});
    const listed = await kumoJson<Array<Record<string, unknown>>>('aggregate', 'list', '--long');
    assert.deepEqual(listed, [{ ID: agg['id'], Name: 'cli-agg', 'Availability Zone': 'cli-az', Properties: {}, Hosts: ['cC'] }]);

    const zones = await kumoJson<Array<Record<string, unknown>>>('availability', 'zone', 'list');
    assert.deepEqual(
      zones.find((z) => z['Zone Name'] === 'cli-az'),
      { 'Zone Name': 'cli-az', 'Zone Status': 'available', Hosts: ['cC'] },
    );

    const notEmpty = await kumo('aggregate', 'delete', 'cli-agg');
    assert.equal(notEmpty.code, 1);
    assert.match(notEmpty.err, /^Error: FAILED_PRECONDITION: .*still has hosts cC/);
    assert.equal((await kumo('aggregate', 'remove', 'host', 'cli-agg', 'cC')).code, 0);
    assert.equal((await kumo('aggregate', 'delete', 'cli-agg')).code, 0);
    assert.equal((await kumo('server', 'delete', '--wait', 'cli-vm')).code, 0);
    assert.equal((await kumo('server', 'group', 'delete', 'cli-group')).code, 0);
    const gone = await kumo('server', 'group', 'show', 'cli-group');
    assert.equal(gone.code, 1);
    assert.match(gone.err, /No server group with a name or ID of 'cli-group' exists/);
  });
});
