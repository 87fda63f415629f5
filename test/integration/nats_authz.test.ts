// NATS authorization as `kumo up` generates it (pkg/security/nats_authz.ts):
// a cloud of real processes on a nats-server with one user per service and
// per compute process. The normal boot, actions and a live migration work
// under it; host A's credential cannot publish as host B, subscribe to B's
// RPC subject or write another kind of state; and a report forged on A's
// own subject naming B is dropped by conductor and scheduler. A compute
// credential reaches neither another host's actor nor the conductor's
// general subject nor another host's conductor subject; and the conductor
// relays a migration call only between the parties of that server's move.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect, headers, type NatsConnection } from 'nats';
import pino from 'pino';
import { ActorSystem } from '../../pkg/actor/runtime.js';
import { asKumoError } from '../../pkg/actor/errors.js';
import { HostConductorProtocol } from '../../pkg/conductor/host_protocol.js';
import { encodeToken, subjects } from '../../pkg/actor/subjects.js';
import { hostReportCodec } from '../../pkg/compute/report.js';
import type { HostReport } from '../../pkg/gen/types.js';
import { computeUser } from '../../pkg/security/nats_authz.js';
import { inboxPrefix, readNatsCreds } from '../../pkg/security/nats_creds.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { waitStatus } from '../support/expect.js';

let cloud: TestCloud;

/** The nats-server's log so far. */
function natsLog(): string {
  return readFileSync(join(cloud.dataDir, 'nats-server.log'), 'utf8');
}

/** What the server refused (by its log), as `publish <subject>` / `subscription <subject>`, of one user or all. */
function violations(user?: string): string[] {
  return [...natsLog().matchAll(/(Publish|Subscription) Violation - User "([^"]+)", Subject "([^"]+)"/g)]
    .filter((m) => user === undefined || m[2] === user)
    .map((m) => `${m[1]!.toLowerCase()} ${m[3]}`);
}

/** A connection with one generated user's credentials, its errors collected. */
async function connectAs(user: string): Promise<{ nc: NatsConnection; errors: string[] }> {
  const creds = readNatsCreds(cloud.authz!.creds[user]!);
  const nc = await connect({ servers: cloud.nats.url, user: creds.user, pass: creds.password, inboxPrefix: inboxPrefix(creds.user), reconnect: false });
  const errors: string[] = [];
  void (async () => {
    for await (const s of nc.status()) if (s.type === 'error') errors.push(String(s.data));
  })();
  return { nc, errors };
}

async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function report(host: string, vcpus: number): HostReport {
  return {
    host,
    hypervisor_hostname: host,
    hypervisor_type: 'fake',
    availability_zone: 'nova',
    vcpus,
    memory_mb: 32768,
    local_gb: 500,
    cpu_allocation_ratio: 16,
    ram_allocation_ratio: 1.5,
    disk_allocation_ratio: 1,
    enabled: true,
    report_time_ms: Date.now(),
    generation: 1_000_000,
    boot_id: `forged-${host}`,
  };
}

/** A counter's value on a process's /metrics (0 when absent). */
async function counter(metricsPort: number, line: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const found = text.split('\n').find((l) => l.startsWith(line));
  return found ? Number(found.slice(line.length).trim()) : 0;
}

describe('NATS authorization across processes', { timeout: 180_000 }, () => {
  before(async () => {
    cloud = await startCloud({
      natsAuthz: true,
      computes: [
        { name: 'ha', hosts: 1 },
        { name: 'hb', hosts: 1 },
      ],
      // Long heartbeats: the forged-report test controls what host A's subject carries.
      computeArgs: ['--heartbeat-ms', '600000'],
      envOf: { 'kumo-conductor': { KUMO_METRICS_PORT: '0' }, 'kumo-scheduler': { KUMO_METRICS_PORT: '0' } },
    });
    const flavor = { id: 'authz', name: 'authz', vcpus: 1, ram_mb: 128, disk_gb: 1 };
    await cloud.client.flavors.CreateFlavor({ flavor });
  });

  after(async () => {
    await cloud?.stop();
  });

  test('generated credentials are private files, and unknown or missing credentials are refused', async () => {
    for (const file of [cloud.authz!.configFile, ...Object.values(cloud.authz!.creds)]) assert.equal(statSync(file).mode & 0o777, 0o600, file);
    await assert.rejects(connect({ servers: cloud.nats.url, reconnect: false }), /Authorization Violation/i);
    await assert.rejects(connect({ servers: cloud.nats.url, user: computeUser('ha'), pass: 'guess', reconnect: false }), /Authorization Violation/i);
  });

  test('the normal boot works under authorization: create, stop, start and a live migration between processes', async () => {
    const image = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!;
    const created = await cloud.client.servers.create({ name: 'authz-1', flavor_id: 'authz', image_id: image.id });
    const active = await waitStatus(cloud.client, created.id, 'SERVER_STATUS_ACTIVE', 20_000);
    const stopped = await cloud.client.servers.stop(active.id);
    await waitStatus(cloud.client, active.id, 'SERVER_STATUS_SHUTOFF', 15_000, stopped);
    const started = await cloud.client.servers.start(active.id);
    await waitStatus(cloud.client, active.id, 'SERVER_STATUS_ACTIVE', 15_000, started);
    const other = active.host === 'ha' ? 'hb' : 'ha';
    const moving = await cloud.client.servers.liveMigrate(active.id, { host: other });
    const moved = await waitStatus(cloud.client, active.id, 'SERVER_STATUS_ACTIVE', 30_000, moving);
    assert.equal(moved.host, other);
    // Nothing any Kumo process did needed a permission it lacks.
    assert.deepEqual(violations(), []);
    assert.ok(cloud.allAlive());
  });

  test("host A's credential cannot publish as host B, serve B's RPC subject, or write another kind of state", async () => {
    const A = computeUser('ha');
    const a = await connectAs(A);
    const observer = await connectAs('scheduler');
    try {
      const seen: string[] = [];
      observer.nc.subscribe(subjects.allHostEvents(), { callback: (_e, m) => seen.push(m.subject) });
      await observer.nc.flush();
      // B's report subject is refused by the server; A's own goes through (and arrives after, if B's had).
      a.nc.publish(subjects.hostEvent('hb'), new Uint8Array());
      a.nc.publish(subjects.hostDigest('hb'), new Uint8Array());
      a.nc.publish(subjects.hostEvent('zz-not-a-host'), new Uint8Array());
      a.nc.publish(subjects.hostEvent('ha'), hostReportCodec.encode(report('ha', 16)));
      await until('A’s own report', () => seen.includes(subjects.hostEvent('ha')));
      assert.deepEqual(seen, [subjects.hostEvent('ha')]);
      await until('the violations', () => violations(A).length >= 3);
      assert.deepEqual(violations(A), ['publish kumo.v1.evt.host.hb', 'publish kumo.v1.evt.digest.hb', 'publish kumo.v1.evt.host.zz-not-a-host']);
      assert.deepEqual(a.errors, ['PERMISSIONS_VIOLATION', 'PERMISSIONS_VIOLATION', 'PERMISSIONS_VIOLATION'], 'the client hears of each');

      // Serving host B (taking its BuildAndRunInstance calls) is refused.
      a.nc.subscribe(subjects.host('hb'));
      await until('the subscription violation', () => violations(A).includes('subscription kumo.v1.rpc.host.hb'));

      // The state log: B's service record, the catalog, and the stream itself are out of reach.
      const js = a.nc.jetstream();
      const h = headers();
      h.set('Kumo-Generation', '99');
      h.set('Kumo-Op', 'put');
      for (const subject of [subjects.state('service', encodeToken('hb')), subjects.state('flavor', encodeToken('authz')), subjects.state('aggregate', encodeToken('x'))]) {
        await assert.rejects(js.publish(subject, new Uint8Array(), { headers: h, timeout: 3_000 }), (e: Error) => /permission|timeout/i.test(e.message), subject);
      }
      const jsm = await a.nc.jetstreamManager();
      await assert.rejects(jsm.streams.delete('KUMO_STATE'), (e: Error) => /permission|timeout/i.test(e.message));
      await assert.rejects(jsm.streams.purge('KUMO_STATE'), (e: Error) => /permission|timeout/i.test(e.message));
      assert.deepEqual(violations(A).slice(4), [
        `publish ${subjects.state('service', encodeToken('hb'))}`,
        `publish ${subjects.state('flavor', encodeToken('authz'))}`,
        `publish ${subjects.state('aggregate', encodeToken('x'))}`,
        'publish $JS.API.STREAM.DELETE.KUMO_STATE',
        'publish $JS.API.STREAM.PURGE.KUMO_STATE',
      ]);
      assert.equal((await jsm.streams.info('KUMO_STATE')).config.name, 'KUMO_STATE', 'the stream is still there');
      // B's flavor view is unchanged.
      assert.equal((await cloud.client.flavors.GetFlavor({ id: 'authz' })).flavor!.vcpus, 1);
    } finally {
      await a.nc.close();
      await observer.nc.close();
    }
  });

  test("a report on A's own subject that names host B is rejected by conductor and scheduler; B's view is unchanged", async () => {
    const conductorMetrics = cloud.processes.find((p) => p.name === 'conductor-0')!.ready['metrics_port'] as number;
    const schedulerMetrics = cloud.processes.find((p) => p.name === 'scheduler-0')!.ready['metrics_port'] as number;
    const rejected = 'kumo_host_messages_rejected_total{kind="report"}';
    const before = { conductor: await counter(conductorMetrics, rejected), scheduler: await counter(schedulerMetrics, rejected) };
    const b = await cloud.client.hypervisors.get('hb');
    const a = await connectAs(computeUser('ha'));
    try {
      // The forgery, then a marker from A about itself: one publisher's messages arrive in order.
      a.nc.publish(subjects.hostEvent('ha'), hostReportCodec.encode(report('hb', 999)));
      a.nc.publish(subjects.hostEvent('ha'), hostReportCodec.encode(report('ha', 77)));
      await until('the marker report', async () => (await cloud.client.hypervisors.get('ha')).vcpus === 77);
      const after = await cloud.client.hypervisors.get('hb');
      assert.equal(after.vcpus, b.vcpus);
      assert.notEqual(after.vcpus, 999);
      await until('both rejections counted', async () => (await counter(conductorMetrics, rejected)) > before.conductor && (await counter(schedulerMetrics, rejected)) > before.scheduler);
      assert.deepEqual(a.errors, [], 'A may publish on its own subject');
    } finally {
      await a.nc.close();
    }
  });

  test("a compute credential cannot address another host's actor, the conductor's general subject, or another host's conductor subject", async () => {
    const A = computeUser('ha');
    const a = await connectAs(A);
    try {
      const before = violations(A).length;
      // Each refused by the server: B's host actor (a claim, a hand-over), the conductor's full protocol (admin calls), B's conductor subject (speaking as B).
      for (const subject of [subjects.host('hb'), subjects.conductor(), subjects.conductorForHost('hb')]) a.nc.publish(subject, new Uint8Array());
      await until('the violations', () => violations(A).length >= before + 3);
      assert.deepEqual(violations(A).slice(before), [`publish ${subjects.host('hb')}`, `publish ${subjects.conductor()}`, `publish ${subjects.conductorForHost('hb')}`]);
      await until('the errors', () => a.errors.length >= 3);
      assert.deepEqual(a.errors, ['PERMISSIONS_VIOLATION', 'PERMISSIONS_VIOLATION', 'PERMISSIONS_VIOLATION']);
      // A's own conductor subject is allowed: a call there is answered (here refused by the conductor, the server is no one's).
      const system = new ActorSystem(a.nc, pino({ level: 'silent' }));
      await assert.rejects(
        system.ref(subjects.conductorForHost('ha'), HostConductorProtocol).call('RegisterSnapshot', { id: 'no-such-server', name: 'x', metadata: {} }, { timeoutMs: 10_000 }),
        (e: unknown) => asKumoError(e).code === 'PERMISSION_DENIED',
      );
      assert.equal(violations(A).length, before + 3);
    } finally {
      await a.nc.close();
    }
  });

  test('the conductor relays a migration call only between the parties of that server’s move', async () => {
    const image = (await cloud.client.images.CreateImage({ image: { name: 'cirros-relay' } })).image!;
    const created = await cloud.client.servers.create({ name: 'authz-relay', flavor_id: 'authz', image_id: image.id });
    const server = await waitStatus(cloud.client, created.id, 'SERVER_STATUS_ACTIVE', 20_000);
    const owner = server.host;
    const other = owner === 'ha' ? 'hb' : 'ha';
    // The host that does not own the server, calling on its own (permitted) conductor subject.
    const o = await connectAs(computeUser(other));
    const system = new ActorSystem(o.nc, pino({ level: 'silent' }));
    const conductor = system.ref(subjects.conductorForHost(other), HostConductorProtocol);
    const refused = (reason: string) => (e: unknown) => {
      const k = asKumoError(e);
      assert.equal(k.code, 'PERMISSION_DENIED', `${reason}: ${k.code} ${k.message}`);
      assert.equal(k.reason, 'HOST_NOT_PARTY');
      return true;
    };
    try {
      const migration = { id: 'forged-move', type: 'migration', source_host: other, dest_host: owner, status: 'pre-migrating', request_id: 'req-forged' };
      // Not moving, and not the caller's: no claim asked of the owner, no hand-over, no release of anything it holds; the envelope's admin role changes nothing.
      const admin = { identity: { projectId: 'admin', userId: 'admin', roles: ['admin'] }, timeoutMs: 10_000 };
      await assert.rejects(conductor.call('PrepareMigration', { record: { server: { id: server.id, host: other }, migration } }, admin), refused('prepare'));
      await assert.rejects(conductor.call('FinishMigration', { record: { server: { id: server.id, host: owner }, migration } }, admin), refused('finish'));
      await assert.rejects(conductor.call('ReleaseMigration', { id: server.id, migration_id: 'forged-move', peer_host: owner }, admin), refused('release'));
      // Nor the conductor's own calls about a server on another host.
      await assert.rejects(conductor.call('SelectDestination', { record: { server: { id: server.id } }, flavor: { id: 'authz' }, ignore_hosts: [] }, admin), refused('select'));
      await assert.rejects(conductor.call('RegisterSnapshot', { id: server.id, name: 'stolen', metadata: {} }, admin), refused('register'));
      // The server is where it was, as it was; and the credential never needed a forbidden subject.
      const after = await cloud.client.servers.get(server.id);
      assert.equal(after.host, owner);
      assert.equal(after.status, 'SERVER_STATUS_ACTIVE');
      assert.deepEqual(o.errors, []);
      assert.ok(cloud.allAlive());
    } finally {
      await o.nc.close();
    }
  });
});
