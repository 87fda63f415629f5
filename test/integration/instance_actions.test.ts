// Instance actions, events and notifications across real processes (api,
// conductor, scheduler, one compute process with two hosts, over one private
// nats-server): a create recorded by the conductor (start, its scheduling
// event, select_destinations notifications) and finished by the host; a stop
// recorded by the host; a build that finds no host ends its create in Error on
// the conductor; a local delete recorded by the conductor; a deleted server's
// actions stay listable by admins; another project's server and an unknown
// request id are NOT_FOUND; and the CLI's `server event list/show`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import type { Io } from '../../pkg/cli/command.js';
import { main } from '../../pkg/cli/main.js';
import { KumoClient } from '../../pkg/client/client.js';
import type { InstanceActionPayload, Notification, RequestSpecPayload } from '../../pkg/events/notifier.js';
import type { InstanceAction__Output } from '../../pkg/gen/types.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone, waitStatus } from '../support/expect.js';

let cloud: TestCloud;
let nc: NatsConnection;
let imageId = '';
const notifications: Notification[] = [];

async function kumo(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
  const code = await main(['--url', cloud.endpoint, ...argv], io, {});
  return { code, out, err };
}

/** Polls until `check` passes (the view folds records a few ms after they are logged). */
async function eventually<T>(what: string, get: () => Promise<T>, check: (t: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await get();
    if (check(last)) return last;
    if (Date.now() > until) assert.fail(`${what}: still ${JSON.stringify(last, null, 1)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const finished = (a: InstanceAction__Output | undefined): boolean => !!a?.finish_time && a.events.length > 0 && a.events.every((e) => e.finish_time);

function notified(type: string, serverId: string): Notification<InstanceActionPayload> | undefined {
  return notifications.find((n) => n.event_type === type && (n.payload as InstanceActionPayload).id === serverId) as Notification<InstanceActionPayload> | undefined;
}

async function waitNotified(type: string, serverId: string): Promise<Notification<InstanceActionPayload>> {
  return eventually(`notification ${type} for ${serverId}`, async () => notified(type, serverId), (n) => n !== undefined).then((n) => n!);
}

describe('instance actions, events and notifications', { timeout: 180_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'ia', hosts: 2 }] });
    nc = await connect({ servers: cloud.nats.url });
    const sub = nc.subscribe('kumo.v1.notify.>');
    void (async () => {
      for await (const m of sub) notifications.push(JSON.parse(new TextDecoder().decode(m.data)) as Notification);
    })();
    await nc.flush();
    await cloud.client.flavors.CreateFlavor({ flavor: { id: '1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
    // No host has this much memory: a build with it finds no host.
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'huge', name: 'huge', vcpus: 1, ram_mb: 100_000_000, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });

  after(async () => {
    await nc?.close();
    await cloud?.stop();
  });

  test('create: started and scheduled on the conductor, finished on the host; select_destinations notifications around the scheduler call', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'vm1', flavor_id: '1', image_id: imageId });
    const id = servers[0]!.id;
    const active = await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');

    const [listed] = await eventually('the create action', () => cloud.client.servers.actions(id), (l) => l.length === 1);
    assert.equal(listed!.action, 'create');
    assert.equal(listed!.server_id, id);
    assert.equal(listed!.user_id, 'default');
    assert.equal(listed!.project_id, 'default');
    assert.match(listed!.request_id, /^req-/);
    assert.ok(listed!.start_time);
    assert.deepEqual(listed!.events, [], 'listing carries no events');

    const create = await eventually('create finished', () => cloud.client.servers.action(id, listed!.request_id), finished);
    assert.equal(create.message, '');
    const conductorEvent = create.events.find((e) => e.event === 'conductor_schedule_and_build_instances');
    assert.ok(conductorEvent, JSON.stringify(create.events));
    assert.equal(conductorEvent.result, 'Success');
    assert.equal(conductorEvent.host, '');
    const hostEvent = create.events.find((e) => e.event === 'compute_build_and_run_instance');
    assert.ok(hostEvent, JSON.stringify(create.events));
    assert.equal(hostEvent.result, 'Success');
    assert.equal(hostEvent.host, active.host);
    // In start order: the conductor's step began first.
    assert.equal(create.events[0]!.event, 'conductor_schedule_and_build_instances');

    const start = await waitNotified('instance.create.start', id);
    assert.equal(start.priority, 'INFO');
    assert.match(start.publisher_id, /^conductor:/);
    assert.equal(start.payload.schema, 'InstanceActionPayload');
    assert.equal(start.payload.version, '1.0');
    assert.equal(start.payload.request_id, create.request_id);
    assert.equal(start.payload.status, 'BUILD');
    assert.equal(start.payload.vm_state, 'building');
    assert.equal(start.payload.flavor_id, '1');
    assert.equal(start.payload.image_id, imageId);
    for (const phase of ['start', 'end']) {
      const n = notifications.find((x) => x.event_type === `scheduler.select_destinations.${phase}` && (x.payload as RequestSpecPayload).request_id === create.request_id);
      assert.ok(n, `scheduler.select_destinations.${phase}`);
      const p = n.payload as RequestSpecPayload;
      assert.equal(p.schema, 'RequestSpecPayload');
      assert.deepEqual(p.instance_ids, [id]);
      assert.equal(p.flavor_id, '1');
      assert.match(n.publisher_id, /^conductor:/);
    }
    const selStart = notifications.findIndex((x) => x.event_type === 'scheduler.select_destinations.start' && (x.payload as RequestSpecPayload).request_id === create.request_id);
    const selEnd = notifications.findIndex((x) => x.event_type === 'scheduler.select_destinations.end' && (x.payload as RequestSpecPayload).request_id === create.request_id);
    assert.ok(selStart < selEnd);

    // The end comes from the host that built it.
    const end = await waitNotified('instance.create.end', id);
    assert.equal(end.publisher_id, `compute:${active.host}`);
    assert.equal(end.payload.status, 'ACTIVE');
  });

  test('stop: recorded by the host, listed newest first; another project and an unknown request id are NOT_FOUND', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'vm2', flavor_id: '1', image_id: imageId });
    const id = servers[0]!.id;
    const active = await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');
    await cloud.client.servers.api.StopServer({ id });
    await waitStatus(cloud.client, id, 'SERVER_STATUS_SHUTOFF');
    const actions = await eventually('stop listed', () => cloud.client.servers.actions(id), (l) => l.length === 2);
    assert.deepEqual(actions.map((a) => a.action), ['stop', 'create']);
    const stop = await eventually('stop finished', () => cloud.client.servers.action(id, actions[0]!.request_id), finished);
    assert.deepEqual(stop.events.map((e) => [e.event, e.result, e.host]), [['compute_stop_instance', 'Success', active.host]]);
    assert.equal((await waitNotified('instance.stop.start', id)).payload.request_id, stop.request_id);
    const stopEnd = await waitNotified('instance.stop.end', id);
    assert.equal(stopEnd.payload.vm_state, 'stopped');

    const other = new KumoClient({ url: cloud.endpoint, project: 'other' });
    try {
      await expectError(other.servers.api.ListInstanceActions({ server_id: id }), 'NOT_FOUND');
      await expectError(other.servers.api.GetInstanceAction({ server_id: id, request_id: stop.request_id }), 'NOT_FOUND');
    } finally {
      other.close();
    }
    const unknown = await expectError(cloud.client.servers.api.GetInstanceAction({ server_id: id, request_id: 'req-00000000-0000-0000-0000-000000000000' }), 'NOT_FOUND');
    assert.equal(unknown.reason, 'INSTANCE_ACTION_NOT_FOUND');
    await expectError(cloud.client.servers.api.ListInstanceActions({ server_id: '00000000-0000-0000-0000-000000000000' }), 'NOT_FOUND');
    await expectError(cloud.client.servers.api.ListInstanceActions({ server_id: '' }), 'INVALID_ARGUMENT', 'server_id');
    await expectError(cloud.client.servers.api.GetInstanceAction({ server_id: id, request_id: '' }), 'INVALID_ARGUMENT', 'request_id');
    // Pages of one, newest first.
    const first = await cloud.client.servers.api.ListInstanceActions({ server_id: id, page_size: 1 });
    assert.deepEqual(first.actions.map((a) => a.action), ['stop']);
    assert.ok(first.next_page_token);
    const second = await cloud.client.servers.api.ListInstanceActions({ server_id: id, page_size: 1, page_token: first.next_page_token });
    assert.deepEqual(second.actions.map((a) => a.action), ['create']);
    assert.equal(second.next_page_token, '');
  });

  test('no valid host: the conductor ends create in Error; the local delete is recorded; the deleted server stays listable by admins', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'too-big', flavor_id: 'huge', image_id: imageId });
    const id = servers[0]!.id;
    await waitStatus(cloud.client, id, 'SERVER_STATUS_ERROR');
    const [listed] = await eventually('create listed', () => cloud.client.servers.actions(id), (l) => l.length === 1 && l[0]!.message === 'Error' && !!l[0]!.finish_time);
    const create = await eventually('create with its event', () => cloud.client.servers.action(id, listed!.request_id), finished);
    assert.equal(create.action, 'create');
    assert.equal(create.message, 'Error');
    assert.equal(create.events.length, 1);
    assert.equal(create.events[0]!.event, 'conductor_schedule_and_build_instances');
    assert.equal(create.events[0]!.result, 'Error');
    assert.match(create.events[0]!.details, /No valid host/);
    const error = await waitNotified('instance.create.error', id);
    assert.equal(error.priority, 'ERROR');
    assert.equal(error.payload.status, 'ERROR');
    assert.match(error.payload.exception!.message, /No valid host/);
    assert.match(error.payload.fault!.message, /No valid host/);
    // The scheduler failed: a start, and no end (as Nova).
    assert.ok(notifications.some((n) => n.event_type === 'scheduler.select_destinations.start' && (n.payload as RequestSpecPayload).request_id === create.request_id));
    assert.ok(!notifications.some((n) => n.event_type === 'scheduler.select_destinations.end' && (n.payload as RequestSpecPayload).request_id === create.request_id));

    // No host holds it: the conductor deletes it locally.
    await cloud.client.servers.api.DeleteServer({ id });
    await waitGone(cloud.client, id);
    const actions = await eventually('delete listed', () => cloud.client.servers.actions(id), (l) => l.length === 2 && !!l[0]!.finish_time);
    assert.deepEqual(actions.map((a) => a.action), ['delete', 'create']);
    const del = await eventually('delete finished', () => cloud.client.servers.action(id, actions[0]!.request_id), finished);
    assert.equal(del.message, '');
    assert.deepEqual(del.events.map((e) => [e.event, e.result, e.host]), [['conductor_local_delete', 'Success', '']]);
    assert.match((await waitNotified('instance.delete.start', id)).publisher_id, /^conductor:/);
    assert.equal((await waitNotified('instance.delete.end', id)).payload.vm_state, 'deleted');
    // (A non-admin gets NOT_FOUND for a deleted server: the API client here is an admin; see test/unit/instance_actions.test.ts.)
  });

  test('a server deleted through its host: the delete is recorded and its actions stay listable by admins', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'vm3', flavor_id: '1', image_id: imageId });
    const id = servers[0]!.id;
    await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');
    await cloud.client.servers.api.DeleteServer({ id });
    await waitGone(cloud.client, id);
    const actions = await eventually('delete listed', () => cloud.client.servers.actions(id), (l) => l.length === 2 && !!l[0]!.finish_time);
    assert.deepEqual(actions.map((a) => a.action), ['delete', 'create']);
    const del = await eventually('delete finished', () => cloud.client.servers.action(id, actions[0]!.request_id), finished);
    assert.equal(del.message, '');
    assert.ok(del.events.some((e) => e.event === 'compute_terminate_instance' && e.result === 'Success'), JSON.stringify(del.events));
  });

  test('CLI: server event list and show', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'cli-vm', flavor_id: '1', image_id: imageId });
    const id = servers[0]!.id;
    await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');
    const [create] = await eventually('create listed', () => cloud.client.servers.actions(id), (l) => l.length === 1);

    const table = await kumo('server', 'event', 'list', 'cli-vm');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /\| Request ID +\| Action +\| Start Time +\| Message +\|/);
    assert.ok(table.out.includes(create!.request_id));
    assert.match(table.out, /\| create +\|/);

    const json = await kumo('server', 'event', 'list', id, '-f', 'json');
    assert.equal(json.code, 0, json.err);
    const rows = JSON.parse(json.out) as Array<Record<string, string>>;
    assert.deepEqual(Object.keys(rows[0]!), ['Request ID', 'Action', 'Start Time', 'Message']);
    assert.equal(rows[0]!['Request ID'], create!.request_id);
    assert.match(rows[0]!['Start Time']!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    await eventually('create finished', () => cloud.client.servers.action(id, create!.request_id), finished);
    const show = await kumo('server', 'event', 'show', 'cli-vm', create!.request_id, '-f', 'json');
    assert.equal(show.code, 0, show.err);
    const fields = JSON.parse(show.out) as Record<string, string>;
    assert.equal(fields['action'], 'create');
    assert.equal(fields['request_id'], create!.request_id);
    assert.equal(fields['server_id'], id);
    assert.match(fields['events']!, /event='conductor_schedule_and_build_instances'.*result='Success'/);

    const missing = await kumo('server', 'event', 'show', 'cli-vm', 'req-nope');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /NOT_FOUND: Action for request_id req-nope/);

    // A deleted server's events, by its id (admins).
    await cloud.client.servers.api.DeleteServer({ id });
    await waitGone(cloud.client, id);
    const gone = await eventually('delete listed', async () => kumo('server', 'event', 'list', id, '-f', 'value', '-c', 'Action'), (r) => r.code === 0 && r.out.split('\n')[0] === 'delete');
    assert.deepEqual(gone.out.trim().split('\n'), ['delete', 'create']);
  });
});
