// Signed state-log entries (pkg/security/state_signing.ts) across real
// processes on a nats-server with the generated NATS users: conductors hold
// the cloud secret, each compute process only its hosts' derived keys. The
// normal flows (create, stop and start, a resize confirmed, a cold
// migration reverted, a delete) apply with signing on and nothing is
// refused; host A's credential and key, which may publish on any server's
// subject, cannot make a conductor view take another host's server (moved,
// deleted, unsigned, or signed with the wrong key), the owner keeps writing
// over the forged entries, and the owner's restart does not reap its guest
// for a forged delete.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import { STATE_STREAM, subjects } from '../../pkg/actor/subjects.js';
import { computeHostNames, defaultConfig } from '../../pkg/config/config.js';
import type { Server__Output, ServerRecord__Output, ServerStatus__Output } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { computeUser } from '../../pkg/security/nats_authz.js';
import { inboxPrefix, readNatsCreds } from '../../pkg/security/nats_creds.js';
import { authorizeServerEntry, deriveHostKey, readHostKeysFile, StateSigning, writeStateKeys, type WrittenStateKeys } from '../../pkg/security/state_signing.js';
import { StateLog } from '../../pkg/statelog/statelog.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { waitGone, waitStatus as waitStatusOf } from '../support/expect.js';
import { tempDir } from '../support/nats.js';
import { join } from 'node:path';
import { Store } from '../../pkg/store/store.js';
import { hostRecords } from '../../pkg/compute/records_table.js';

const COMPUTES = ['sa', 'sb'] as const;
const hostOf = (name: string): string => computeHostNames({ ...defaultConfig().compute, name, hosts: 1 })[0]!;
const computeArgs = ['--fake-power-ms', '30', '--heartbeat-ms', '300'];

let cloud: TestCloud;
let keys: WrittenStateKeys;
let keysDir: { path: string; remove(): void };
let imageId = '';

const waitStatus = (id: string, status: ServerStatus__Output, since?: Server__Output | null): Promise<Server__Output> => waitStatusOf(cloud.client, id, status, 20_000, since);
const api = () => cloud.client.servers.api;

/** The conductor's kumo_state_entries_rejected_total for one kind and reason. */
async function rejected(kind: string, reason: string): Promise<number> {
  const port = Number(cloud.processes.find((p) => p.name.startsWith('conductor'))!.ready['metrics_port']);
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const prefix = `kumo_state_entries_rejected_total{kind="${kind}",reason="${reason}"} `;
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line ? Number(line.slice(prefix.length)) : 0;
}

async function until(what: string, ok: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops (SIGKILL) and starts again a compute process, with `extra` arguments. */
async function restartCompute(name: string, change?: () => Promise<void>, extra: string[] = []): Promise<void> {
  const idx = cloud.processes.findIndex((p) => p.name === `compute-${name}`);
  const p = cloud.processes[idx]!;
  p.process.kill('SIGKILL');
  if (p.process.exitCode === null && p.process.signalCode === null) await new Promise((r) => p.process.once('exit', r));
  await change?.();
  cloud.processes[idx] = await spawnService('kumo-compute', {
    env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn', KUMO_NATS_CREDS: cloud.authz!.creds[computeUser(name)]! },
    args: ['--name', name, '--hosts', '1', ...computeArgs, '--host-keys-file', keys.hostKeysFiles[computeUser(name)]!, ...extra],
    label: `compute-${name}`,
  });
}

/** A connection with a compute process's generated NATS credential. */
async function connectAsCompute(name: string): Promise<NatsConnection> {
  const creds = readNatsCreds(cloud.authz!.creds[computeUser(name)]!);
  return connect({ servers: cloud.nats.url, user: creds.user, pass: creds.password, inboxPrefix: inboxPrefix(creds.user), reconnect: false });
}

/** The kept log entries of a server: signer and message id of each, oldest first (read with a service's credential). */
async function entriesOf(id: string): Promise<Array<{ signer: string; msgId: string; host: string }>> {
  const creds = readNatsCreds(cloud.authz!.creds['conductor']!);
  const nc = await connect({ servers: cloud.nats.url, user: creds.user, pass: creds.password, inboxPrefix: inboxPrefix(creds.user), reconnect: false });
  try {
    const jsm = await nc.jetstreamManager();
    const out: Array<{ signer: string; msgId: string; host: string }> = [];
    for (let seq = 1; ; ) {
      const m = await jsm.streams.getMessage(STATE_STREAM, { seq, next_by_subj: subjects.state('server', id) } as unknown as { seq: number }).catch(() => undefined);
      if (!m) return out;
      out.push({ signer: m.header.get('Kumo-Signer'), msgId: m.header.get('Nats-Msg-Id'), host: serverRecordCodec.decode(m.data).server?.host ?? '' });
      seq = m.seq + 1;
    }
  } finally {
    await nc.close();
  }
}

async function boot(name: string): Promise<Server__Output> {
  const { servers } = await api().CreateServer({ name, flavor_id: 'small', image_id: imageId });
  return waitStatus(servers[0]!.id, 'SERVER_STATUS_ACTIVE');
}

describe('signed state-log entries across processes', { timeout: 240_000 }, () => {
  before(async () => {
    keysDir = tempDir('kumo-state-keys-');
    keys = writeStateKeys(keysDir.path, COMPUTES.map((c) => ({ user: computeUser(c), hosts: [hostOf(c)] })));
    cloud = await startCloud({
      natsAuthz: true,
      computes: COMPUTES.map((c) => ({ name: c, hosts: 1, args: ['--host-keys-file', keys.hostKeysFiles[computeUser(c)]!] })),
      computeArgs,
      envOf: { 'kumo-conductor': { KUMO_STATE_KEY_FILE: keys.stateKeyFile, KUMO_METRICS_PORT: '0' } },
    });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'small', name: 'small', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'medium', name: 'medium', vcpus: 2, ram_mb: 1024, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });

  after(async () => {
    await cloud?.stop();
    keysDir?.remove();
  });

  test('key files are private, and a compute file holds only its own hosts', () => {
    for (const file of [keys.stateKeyFile, ...Object.values(keys.hostKeysFiles)]) assert.equal(statSync(file).mode & 0o777, 0o600, file);
    for (const c of COMPUTES) assert.deepEqual([...readHostKeysFile(keys.hostKeysFiles[computeUser(c)]!).keys()], [hostOf(c)]);
  });

  test('create, stop and start, resize and confirm, migrate and revert, delete: all apply signed, none refused', async () => {
    const s = await boot('signed-1');
    const stopped = await api().StopServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF', stopped.server);
    const started = await api().StartServer({ id: s.id });
    await waitStatus(s.id, 'SERVER_STATUS_ACTIVE', started.server);
    const src = s.host;
    await api().ResizeServer({ id: s.id, flavor_id: 'medium' });
    const resized = await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE');
    assert.notEqual(resized.host, src);
    await api().ConfirmResizeServer({ id: s.id });
    const confirmed = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    assert.equal(confirmed.flavor!.id, 'medium');
    const dest = confirmed.host;
    await api().MigrateServer({ id: s.id, host: '' });
    assert.equal((await waitStatus(s.id, 'SERVER_STATUS_VERIFY_RESIZE')).host, src);
    await api().RevertResizeServer({ id: s.id });
    const reverted = await waitStatus(s.id, 'SERVER_STATUS_ACTIVE');
    assert.equal(reverted.host, dest);
    await api().DeleteServer({ id: s.id });
    await waitGone(cloud.client, s.id);
    // Every kept entry is signed, by the conductor or by one of the two hosts.
    const signers = new Set((await entriesOf(s.id)).map((e) => e.signer));
    assert.ok([...signers].every((x) => x === 'service' || x === `host:${src}` || x === `host:${dest}`), [...signers].join(' '));
    assert.ok(signers.has(`host:${src}`) && signers.has(`host:${dest}`), [...signers].join(' '));
    for (const kind of ['server', 'action', 'actionevent']) {
      for (const reason of ['unsigned', 'bad_signature', 'unauthorized']) assert.equal(await rejected(kind, reason), 0, `${kind} ${reason}`);
    }
    assert.ok(cloud.allAlive());
  });

  test("host A's credential and key cannot move, delete or rewrite host B's server; B keeps writing; B's restart keeps its guest", async () => {
    const s = await boot('victim');
    const owner = s.host;
    const attacker = COMPUTES.find((c) => hostOf(c) !== owner)!;
    const ownerCompute = COMPUTES.find((c) => hostOf(c) === owner)!;
    const nc = await connectAsCompute(attacker);
    try {
      const attackerKeys = readHostKeysFile(keys.hostKeysFiles[computeUser(attacker)]!);
      const signed = new StateLog(nc, StateSigning.hosts(attackerKeys).forHost(hostOf(attacker)));
      const unsigned = new StateLog(nc, undefined);
      // A's own key, presented as B's signature.
      const posing = new StateLog(nc, StateSigning.hosts(new Map([[owner, attackerKeys.get(hostOf(attacker))!]])).forHost(owner));
      const latest = (await signed.latestServerEntry(s.id))!;
      assert.ok(latest.record.server!.host === owner);
      const g = latest.generation;
      const rec = latest.record;
      const srv = rec.server!;
      const body = (generation: number, server: Partial<Server__Output>) => serverRecordCodec.encode({ ...rec, generation, server: { ...srv, ...server } });
      const before = {
        unauthorized: await rejected('server', 'unauthorized'),
        unsigned: await rejected('server', 'unsigned'),
        bad: await rejected('server', 'bad_signature'),
      };
      // Signed with A's real key: moved to A, then deleted.
      await signed.append('server', s.id, g + 1, 'put', body(g + 1, { host: hostOf(attacker), hypervisor_hostname: hostOf(attacker) }));
      await signed.append('server', s.id, g + 2, 'delete', body(g + 2, { vm_state: 'VM_STATE_DELETED', status: 'SERVER_STATUS_DELETED' }));
      // No signature; a signature claiming B made with A's key.
      await unsigned.append('server', s.id, g + 3, 'put', body(g + 3, { vm_state: 'VM_STATE_ERROR', status: 'SERVER_STATUS_ERROR' }));
      await posing.append('server', s.id, g + 4, 'delete', body(g + 4, { vm_state: 'VM_STATE_DELETED', status: 'SERVER_STATUS_DELETED' }));
      await until('the conductor to refuse the four entries', async () =>
        (await rejected('server', 'unauthorized')) >= before.unauthorized + 2 && (await rejected('server', 'unsigned')) >= before.unsigned + 1 && (await rejected('server', 'bad_signature')) >= before.bad + 1,
      );
      const still = await cloud.client.servers.get(s.id);
      assert.equal(still.host, owner);
      assert.equal(still.status, 'SERVER_STATUS_ACTIVE');
      assert.equal(still.flavor!.id, 'small');

      // The owner's next writes take generations the forger already used: they go through under their own message ids.
      const stopped = await api().StopServer({ id: s.id });
      const off = await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF', stopped.server);
      assert.equal(off.host, owner);
      // Those writes went in under their own message ids (<kind>:<id>:<generation>:f<forged seq>).
      assert.ok((await entriesOf(s.id)).some((e) => e.signer === `host:${owner}` && /^server:.+:\d+:f\d+$/.test(e.msgId)));
      const started = await api().StartServer({ id: s.id });
      await waitStatus(s.id, 'SERVER_STATUS_ACTIVE', started.server);

      // A forged delete as the newest entry, then the owner restarts: recovery does not trust it, the guest stays.
      const now = (await signed.latestServerEntry(s.id))!;
      await signed.append('server', s.id, now.generation + 1, 'delete', body(now.generation + 1, { vm_state: 'VM_STATE_DELETED', status: 'SERVER_STATUS_DELETED' }));
      await restartCompute(ownerCompute);
      // The restarted host still runs it: an action reaches the guest and its record.
      const again = await api().StopServer({ id: s.id });
      const off2 = await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF', again.server);
      assert.equal(off2.host, owner);
      await api().DeleteServer({ id: s.id });
      await waitGone(cloud.client, s.id);
      assert.ok(cloud.allAlive());
    } finally {
      await nc.close();
    }
  });

  test("a host whose LMDB claims another host's server: its digest makes no corrective entry, and the view keeps the owner", async () => {
    const s = await boot('laundered');
    const owner = s.host;
    const attacker = COMPUTES.find((c) => hostOf(c) !== owner)!;
    const before = await rejected('server', 'unauthorized');
    // A's LMDB gets X at a generation ahead of the log, on A, with a running guest; A digests often.
    await restartCompute(
      attacker,
      async () => {
        const nc = await connectAsCompute(attacker);
        const latest = (await new StateLog(nc, undefined).latestServerEntry(s.id))!;
        await nc.close();
        const store = Store.open(join(cloud.dataDir, `compute-${attacker}`));
        const a = hostOf(attacker);
        await hostRecords(store).put(`${a}/${s.id}`, { ...latest.record, generation: latest.generation + 5, server: { ...latest.record.server!, host: a, hypervisor_hostname: a } });
        await store.table('fake_guests').put(`${a}/${s.id}`, { id: s.id, state: 'running', rescued: false, fail: [], display: 41, console: [], lines: 0 });
        await store.close();
      },
      ['--anti-entropy-interval', '0.5'],
    );
    await until('the conductor to refuse what A claims', async () => (await rejected('server', 'unauthorized')) > before);
    await new Promise((r) => setTimeout(r, 2_000)); // a few more digests of A
    const still = await cloud.client.servers.get(s.id);
    assert.equal(still.host, owner);
    assert.equal(still.status, 'SERVER_STATUS_ACTIVE');
    // No entry naming A was written with the service's key (anti-entropy's corrective entries are).
    assert.ok(!(await entriesOf(s.id)).some((e) => e.signer === 'service' && e.host === hostOf(attacker)));
    const stopped = await api().StopServer({ id: s.id });
    assert.equal((await waitStatus(s.id, 'SERVER_STATUS_SHUTOFF', stopped.server)).host, owner);
  });
});

describe('signing rules (pkg/security/state_signing.ts)', () => {
  const secret = Buffer.alloc(32, 7);
  const service = StateSigning.service(secret);
  const hostB = StateSigning.hosts(new Map([['b', deriveHostKey(secret, 'b')]])).forHost('b');
  const rec = (host: string, extra: Partial<ServerRecord__Output> = {}, task = 'TASK_STATE_UNSPECIFIED'): ServerRecord__Output =>
    ({ server: { id: 'x', host, task_state: task }, migration: null, ...extra }) as unknown as ServerRecord__Output;
  const entry = { subject: 'kumo.v1.state.server.x', generation: 3, op: 'put', body: new Uint8Array([1, 2, 3]) };

  test('MACs: a service checks every signer; a host checks its own and the service through its host MAC', () => {
    const byB = hostB.sign(entry);
    assert.deepEqual(service.verify(entry, { signer: byB['Kumo-Signer'], mac: byB['Kumo-Mac'] }), { ok: true, signer: 'host:b' });
    assert.equal(service.verify({ ...entry, generation: 4 }, { signer: byB['Kumo-Signer'], mac: byB['Kumo-Mac'] }).ok, false);
    assert.deepEqual(service.verify(entry, {}), { ok: false, reason: 'unsigned' });
    const bySvc = service.sign(entry, ['b']);
    assert.equal(hostB.verify(entry, { signer: 'service', mac: bySvc['Kumo-Mac'], hostMacs: bySvc['Kumo-Host-Macs'] }).ok, true);
    // A service entry naming none of B's hosts cannot be checked by B; one whose host MAC is wrong is bad.
    const other = service.sign(entry, ['c']);
    assert.deepEqual(hostB.verify(entry, { signer: 'service', mac: other['Kumo-Mac'], hostMacs: other['Kumo-Host-Macs'] }), { ok: false, reason: 'unauthorized', signer: 'service' });
    assert.deepEqual(hostB.verify(entry, { signer: 'service', mac: 'x', hostMacs: 'b=AAAA' }), { ok: false, reason: 'bad_signature', signer: 'service' });
  });

  test('who may write a server record over the current one', () => {
    const move = { source_host: 'b', dest_host: 'c' } as ServerRecord__Output['migration'];
    assert.equal(authorizeServerEntry('service', rec('b'), true, rec('a')), true);
    assert.equal(authorizeServerEntry('host:b', rec('b'), false, rec('')), true); // the owner (hand back, offload, delete)
    assert.equal(authorizeServerEntry('host:a', rec('b'), false, rec('a')), false); // another host taking it
    assert.equal(authorizeServerEntry('host:c', rec('c', { migration: move }), false, rec('b')), true); // a revert by the destination
    assert.equal(authorizeServerEntry('host:b', rec('c', { migration: move }), false, rec('b')), true); // a failed hand-over taken back
    assert.equal(authorizeServerEntry('host:a', rec('', {}, 'TASK_STATE_SCHEDULING'), false, rec('a')), true); // the placed host claims it
    assert.equal(authorizeServerEntry('host:a', rec('', {}, 'TASK_STATE_UNSPECIFIED'), false, rec('a')), false); // an offloaded server is the conductor's
    assert.equal(authorizeServerEntry('host:a', undefined, false, rec('a')), true);
    assert.equal(authorizeServerEntry('host:a', undefined, false, rec('b')), false);
    assert.equal(authorizeServerEntry('host:b', undefined, true, rec('b')), false); // never over a deleted server
  });
});
