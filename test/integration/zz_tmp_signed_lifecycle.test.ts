// Every server action through the real processes: api, conductor,
// scheduler and two compute processes (one host each), so moves cross OS
// processes. Usage on each host must always equal the servers it holds.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KumoClient } from '../../pkg/client/client.js';
import { timestampMs } from '../../pkg/util/timestamp.js';
import type { Server__Output, ServerStatus__Output } from '../../pkg/gen/types.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitGone as waitGoneOf, waitStatus as waitStatusOf } from '../support/expect.js';

let cloud: TestCloud;
const HK: Record<string, string> = {};
let imageId = '';
let otherImageId = '';

const waitStatus = (id: string, status: ServerStatus__Output, timeoutMs?: number, since?: Server__Output | null): Promise<Server__Output> => waitStatusOf(cloud.client, id, status, timeoutMs, since);
const api = () => cloud.client.servers.api;

let memberClient: KumoClient;

/** GetServer once the conductor's view has caught up with an action's answer (reads may lag the write by milliseconds). */
async function readSince(id: string, since: Server__Output | null | undefined): Promise<Server__Output> {
  const sinceMs = timestampMs(since?.update_time);
  const until = Date.now() + 5000;
  for (;;) {
    const s = await cloud.client.servers.get(id);
    if (timestampMs(s.update_time) >= sinceMs || Date.now() > until) return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function boot(name: string, flavor = 'small'): Promise<Server__Output> {
  const { servers } = await cloud.client.servers.api.CreateServer({ name, flavor_id: flavor, image_id: imageId });
  return waitStatus(servers[0]!.id, 'SERVER_STATUS_ACTIVE');
}

/** Each host's reported usage equals the flavors it holds: its servers, plus the source copy of an unconfirmed move. */
async function usage(): Promise<Record<string, number>> {
  const hvs = (await cloud.client.hypervisors.ListHypervisors({})).hypervisors;
  return Object.fromEntries(hvs.map((h) => [h.host, h.vcpus_used]));
}

async function waitUsage(expected: Record<string, number>): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const u = await usage();
    if (Object.entries(expected).every(([h, n]) => u[h] === n)) return;
    if (Date.now() > until) assert.deepEqual(u, expected);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('server lifecycle across processes', { timeout: 240_000 }, () => {
  before(async () => {
    const kd = (await import('../support/nats.js')).tempDir('zz-keys-');
    const { writeStateKeys } = await import('../../pkg/security/state_signing.js');
    const k = writeStateKeys(kd.path, [{ user: 'compute-cA', hosts: ['cA'] }, { user: 'compute-cB', hosts: ['cB'] }]);
    HK.cA = k.hostKeysFiles['compute-cA']!; HK.cB = k.hostKeysFiles['compute-cB']!;
    cloud = await startCloud({
      natsAuthz: true,
      envOf: { 'kumo-conductor': { KUMO_STATE_KEY_FILE: k.stateKeyFile, KUMO_METRICS_PORT: '0' } },
      computes: [
        { name: 'cA', hosts: 1, args: ['--host-keys-file', k.hostKeysFiles['compute-cA']!] },
        { name: 'cB', hosts: 1, args: ['--host-keys-file', k.hostKeysFiles['compute-cB']!] },
      ],
      computeArgs: ['--fake-power-ms', '30', '--heartbeat-ms', '300'],
    });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'small', name: 'small', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'medium', name: 'medium', vcpus: 2, ram_mb: 1024, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
    memberClient = new KumoClient({ url: cloud.endpoint, roles: ['member'] });
    otherImageId = (await cloud.client.images.CreateImage({ image: { name: 'debian' } })).image!.id;
  });

  after(async () => {
    const port = Number(cloud.processes.find((p) => p.name.startsWith('conductor'))!.ready['metrics_port']);
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    console.log('ZZREJECTED', text.split('\n').filter((l) => l.startsWith('kumo_state_entries_rejected')).join(' | '));
    memberClient?.close();
    await cloud?.stop();
  });

  test('pause, suspend, hard reboot and their refusals', async () => {
    const s = await boot('p1');
    await expectError(api().StartServer({ id: s.id }), 'FAILED_PRECONDITION');
    const paused = await api().PauseServer({ id: s.id });
    assert.equal(paused.server!.task_state, 'TASK_STATE_PAUSING');
    await waitStatus(s.id, 'SERVER_STATUS_PAUSED');
    const refused = await expectError(api().SuspendServer({ id: s.id }), 'FAILED_PRECONDITION');
    assert.match(refused.message, /vm_state is paused/);
    await api().UnpauseServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    await api().SuspendServer({ id: s.id });
    assert.equal((await waitStatus(s.id, 'SERVER_STATUS_SUSPENDED')).power_state, 'POWER_STATE_SUSPENDED');
    // Hard reboot is allowed from SUSPENDED, soft is not.
    await expectError(api().RebootServer({ id: s.id, type: 'REBOOT_TYPE_SOFT' }), 'FAILED_PRECONDITION');
    const hard = await api().RebootServer({ id: s.id, type: 'REBOOT_TYPE_HARD' });
    assert.equal((await waitStatus(s.id, 'SERVER_STATUS_ACTIVE', undefined, hard.server)).power_state, 'POWER_STATE_RUNNING');
    await api().SuspendServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SUSPENDED');
    await api().ResumeServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
  });

  test('lock refuses members, not admins; metadata and tags', async () => {
    const s = await boot('l1');
    const locked = await api().LockServer({ id: s.id, reason: 'audit' });
    assert.equal(locked.server!.locked, true);
    assert.equal(locked.server!.locked_reason, 'audit');
    const err = await expectError(memberClient.servers.api.StopServer({ id: s.id }), 'FAILED_PRECONDITION');
    assert.match(err.message, /locked \(audit\)/);
    await expectError(memberClient.servers.api.UnlockServer({ id: s.id }), 'PERMISSION_DENIED');
    await api().SetServerMetadata({ id: s.id, metadata: { role: 'db', tier: 'gold' } });
    const tagged = await api().SetServerTags({ id: s.id, tags: ['prod', 'eu'] });
    let got = await readSince(s.id, tagged.server);
    assert.deepEqual(got.metadata, { role: 'db', tier: 'gold' });
    assert.deepEqual([...got.tags].sort(), ['eu', 'prod']);
    await api().DeleteServerMetadata({ id: s.id, keys: ['tier'] });
    await expectError(api().DeleteServerMetadata({ id: s.id, keys: ['nope'] }), 'NOT_FOUND');
    await expectError(api().SetServerTags({ id: s.id, tags: ['a/b'] }), 'INVALID_ARGUMENT', 'tags[0]');
    const untagged = await api().DeleteServerTags({ id: s.id, tags: ['eu'] });
    got = await readSince(s.id, untagged.server);
    assert.deepEqual(got.metadata, { role: 'db' });
    assert.deepEqual(got.tags, ['prod']);
    // An admin may act on a locked server.
    await api().StopServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF');
    await api().UnlockServer({ id: s.id });
    await memberClient.servers.api.StartServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
  });

  test('rebuild, rescue, console output and a one-time console URL', async () => {
    const s = await boot('r1');
    await api().StopServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF');
    const rb = await api().RebuildServer({ id: s.id, image_id: otherImageId, name: 'r1-new' });
    // Rebuilt while stopped: stays stopped, as Nova.
    const rebuilt = await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF', undefined, rb.server);
    assert.equal(rebuilt.image_id, otherImageId);
    assert.equal(rebuilt.name, 'r1-new');
    await expectError(api().RebuildServer({ id: s.id, image_id: '00000000-0000-0000-0000-000000000000' }), 'INVALID_ARGUMENT', 'image_id');
    await api().RescueServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_RESCUE');
    await api().UnrescueServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    const out = await api().GetConsoleOutput({ id: s.id, length: 0 });
    assert.ok(out.output.length > 0, 'console output is empty');
    const tail = await api().GetConsoleOutput({ id: s.id, length: 1 });
    assert.equal(tail.output.split('\n').length, 1);
    const { console: con } = await api().CreateRemoteConsole({ id: s.id });
    assert.equal(con!.type, 'novnc');
    const token = decodeURIComponent(con!.url.split('path=')[1]!).replace('?token=', '');
    await expectError(memberClient.consoleAuth.ValidateConsoleToken({ token }), 'PERMISSION_DENIED');
    const valid = await cloud.client.consoleAuth.ValidateConsoleToken({ token });
    assert.equal(valid.instance_id, s.id);
    assert.ok(valid.port > 0);
    // One use only.
    await expectError(cloud.client.consoleAuth.ValidateConsoleToken({ token }), 'NOT_FOUND');
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
  });

  test('snapshot registers an image with image_type=snapshot and the server carries on', async () => {
    const s = await boot('snap1');
    const res = await api().CreateServerImage({ id: s.id, name: 'snap1-image', metadata: { purpose: 'backup' } });
    assert.equal(res.image!.properties['image_type'], 'snapshot');
    assert.equal(res.image!.properties['instance_uuid'], s.id);
    assert.equal(res.server!.task_state, 'TASK_STATE_IMAGE_SNAPSHOT');
    await waitStatus(s.id, 'SERVER_STATUS_ACTIVE', undefined, res.server);
    const until = Date.now() + 10_000;
    for (;;) {
      const img = (await cloud.client.images.GetImage({ id: res.image!.id })).image!;
      if (img.status === 'IMAGE_STATUS_ACTIVE') break;
      if (Date.now() > until) assert.fail(`snapshot image is ${img.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // The snapshot boots a new server.
    const { servers } = await api().CreateServer({ name: 'from-snap', flavor_id: 'small', image_id: res.image!.id });
    await waitStatus(servers[0]!.id, 'SERVER_STATUS_ACTIVE');
    await api().DeleteServer({ id: servers[0]!.id });
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
  });

  test('shelve offloads the server from its host; unshelve schedules it again', async () => {
    const before = await usage();
    const s = await boot('shelf1');
    await api().ShelveServer({ id: s.id });
    const shelved = await waitStatus(s.id, 'SERVER_STATUS_SHELVED_OFFLOADED');
    assert.equal(shelved.host, '');
    await waitUsage(before);
    // Offloaded: actions needing a host are refused by the conductor, naming the state.
    const err = await expectError(api().StopServer({ id: s.id }), 'FAILED_PRECONDITION');
    assert.match(err.message, /shelved_offloaded/);
    await api().SetServerTags({ id: s.id, tags: ['parked'] });
    await api().UnshelveServer({ id: s.id, availability_zone: '' });
    const back = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    assert.ok(back.host);
    assert.deepEqual(back.tags, ['parked']);
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
    await waitUsage(before);
  });

  test('resize moves to the other host; confirm frees the source, revert goes back', async () => {
    const base = await usage();
    const s = await boot('rs1');
    const src = s.host;
    const other = src === 'cA' ? 'cB' : 'cA';
    await expectError(api().ResizeServer({ id: s.id, flavor_id: 'nope' }), 'INVALID_ARGUMENT', 'flavor_id');
    await api().ResizeServer({ id: s.id, flavor_id: 'medium' });
    const resized = await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE');
    assert.equal(resized.host, other);
    assert.equal(resized.flavor!.id, 'medium');
    // Until confirmed, the source keeps the old flavor's claim and the destination holds the new one.
    await waitUsage({ ...base, [src]: base[src]! + 1, [other]: base[other]! + 2 });
    await api().ConfirmResizeServer({ id: s.id });
    const confirmed = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    assert.equal(confirmed.host, other);
    await waitUsage({ ...base, [other]: base[other]! + 2 });

    await api().ResizeServer({ id: s.id, flavor_id: 'small' });
    const second = await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE');
    assert.equal(second.host, src);
    await api().RevertResizeServer({ id: s.id });
    const reverted = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    assert.equal(reverted.host, other);
    assert.equal(reverted.flavor!.id, 'medium');
    await waitUsage({ ...base, [other]: base[other]! + 2 });
    // The server keeps answering actions on its new host.
    await api().StopServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF');
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
    await waitUsage(base);
  });

  test('deleting a server waiting in VERIFY_RESIZE frees both hosts', async () => {
    const base = await usage();
    const s = await boot('rs-del');
    await api().ResizeServer({ id: s.id, flavor_id: 'medium' });
    await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE');
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
    await waitUsage(base);
  });

  test('cold and live migration move the server; members may not migrate', async () => {
    const base = await usage();
    const s = await boot('mig1');
    const src = s.host;
    const other = src === 'cA' ? 'cB' : 'cA';
    await expectError(memberClient.servers.api.MigrateServer({ id: s.id, host: '' }), 'PERMISSION_DENIED');
    await expectError(api().LiveMigrateServer({ id: s.id, host: 'no-such-host', block_migration: false }), 'INVALID_ARGUMENT', 'host');
    await api().MigrateServer({ id: s.id, host: '' });
    assert.equal((await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE')).host, other);
    await api().ConfirmResizeServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    await waitUsage({ ...base, [other]: base[other]! + 1 });

    const lm = await api().LiveMigrateServer({ id: s.id, host: src, block_migration: true });
    const moved = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE', undefined, lm.server);
    assert.equal(moved.host, src);
    assert.equal(moved.power_state, 'POWER_STATE_RUNNING');
    await waitUsage({ ...base, [src]: base[src]! + 1 });
    await api().PauseServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_PAUSED');
    const lm2 = await api().LiveMigrateServer({ id: s.id, host: '', block_migration: false });
    const pausedMoved = await waitStatus(s.id, 'SERVER_STATUS_PAUSED', undefined, lm2.server);
    assert.equal(pausedMoved.host, other);
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
    await waitUsage(base);
  });

  test('evacuate needs the host down; the evacuated server is not brought back by the old host', async () => {
    const s = await boot('ev1');
    const src = s.host;
    const other = src === 'cA' ? 'cB' : 'cA';
    const err = await expectError(api().EvacuateServer({ id: s.id, host: '' }), 'FAILED_PRECONDITION');
    assert.match(err.message, /still in use/);
    const i = cloud.processes.findIndex((p) => p.name === `compute-${src}`);
    const proc = cloud.processes[i]!;
    proc.process.kill('SIGKILL');
    await new Promise((r) => proc.process.once('exit', r));
    await cloud.client.hypervisors.UpdateComputeService({ host: src, forced_down: true });
    await api().EvacuateServer({ id: s.id, host: '' });
    const evacuated = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    assert.equal(evacuated.host, other);
    // The old host returns: it finds the log names another host and drops its copy.
    cloud.processes[i] = await spawnService('kumo-compute', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn', KUMO_NATS_CREDS: cloud.authz!.creds[`compute-${src}`]!, KUMO_HOST_KEYS_FILE: HK[src]! },
      args: ['--name', src, '--hosts', '1', '--fake-power-ms', '30', '--heartbeat-ms', '300'],
      label: `compute-${src}`,
    });
    await cloud.client.hypervisors.UpdateComputeService({ host: src, forced_down: false });
    const vms = await usage();
    const servers: Server__Output[] = [];
    for await (const x of cloud.client.servers.list({})) servers.push(x);
    for (const h of ['cA', 'cB']) {
      const mine = servers.filter((x) => x.host === h).reduce((n, x) => n + x.flavor!.vcpus, 0);
      assert.equal(vms[h], mine, `usage of ${h}`);
    }
    assert.equal((await cloud.client.servers.get(s.id)).host, other);
    await api().DeleteServer({ id: s.id });
    await waitGoneOf(cloud.client, s.id);
  });
});
