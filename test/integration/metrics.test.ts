// /metrics of every process of a real cloud (--metrics-port 0 through
// KUMO_METRICS_PORT): scraped before and after a few creates, a NoValidHost,
// a failed read and two watches; every scrape is parsed strictly.
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { ActorSystem } from '../../pkg/actor/runtime.js';
import { registerNatsMetrics } from '../../pkg/metrics/nats.js';
import { parseExposition, sampleValue, type Exposition } from '../../pkg/metrics/parse.js';
import { Registry } from '../../pkg/metrics/registry.js';
import { newLogger } from '../../pkg/util/log.js';
import { startNatsServer } from '../../pkg/util/nats_server.js';
import { freePort } from '../../pkg/util/net.js';
import type { ChildService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitStatus } from '../support/expect.js';
import { tempDir } from '../support/nats.js';
import { HOST_RECORDS_TABLE } from '../../pkg/compute/records_table.js';

let cloud: TestCloud;

function httpGet(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
    }).on('error', reject);
  });
}

function proc(label: string): ChildService {
  const p = cloud.processes.find((c) => c.name === label);
  assert.ok(p, `no process ${label}`);
  return p;
}

/** Scrapes one process and parses the answer strictly; every sample must belong to a family with a TYPE. */
async function scrape(label: string): Promise<Exposition> {
  const port = proc(label).ready['metrics_port'];
  assert.equal(typeof port, 'number', `${label} reports metrics_port in its ready line`);
  const res = await httpGet(port as number, '/metrics');
  assert.equal(res.status, 200);
  assert.equal(res.type, 'text/plain; version=0.0.4; charset=utf-8');
  const exp = parseExposition(res.body);
  for (const s of exp.samples) {
    const family = exp.types.has(s.name) ? s.name : s.name.replace(/_(bucket|sum|count)$/, '');
    assert.ok(exp.types.has(family), `${label}: sample ${s.name} has no TYPE line`);
    assert.ok(exp.help.has(family), `${label}: sample ${s.name} has no HELP line`);
  }
  return exp;
}

const v = (exp: Exposition, name: string, labels: Record<string, string> = {}): number => sampleValue(exp, name, labels) ?? 0;

/** Retries `check` (which throws while not yet true) for up to 10 s. */
async function eventually(check: () => Promise<void>): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('metrics of a running cloud', { timeout: 120_000 }, () => {
  let imageId = '';
  const before_: Record<string, Exposition> = {};

  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'mx', hosts: 3 }], env: { KUMO_METRICS_PORT: '0' } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'm1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'huge', name: 'huge', vcpus: 1, ram_mb: 10_000_000, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
    for (const p of ['api', 'conductor-0', 'scheduler-0', 'compute-mx']) before_[p] = await scrape(p === 'api' ? 'kumo-api' : p);
  });

  after(async () => {
    await cloud?.stop();
  });

  test('every process serves its metrics on its own loopback port', () => {
    const ports = cloud.processes.map((p) => p.ready['metrics_port'] as number);
    assert.equal(ports.length, 4);
    assert.equal(new Set(ports).size, 4);
    for (const p of ports) assert.ok(Number.isInteger(p) && p > 0);
  });

  test('creates, a NoValidHost and a failed read move the API, actor, scheduler, view and LMDB metrics', async () => {
    const n = 5;
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await cloud.client.servers.create({ name: `m-${i}`, flavor_id: 'm1', image_id: imageId })).id);
    const tooBig = await cloud.client.servers.create({ name: 'too-big', flavor_id: 'huge', image_id: imageId });
    await expectError(cloud.client.servers.get('00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    for (const id of ids) await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');
    await waitStatus(cloud.client, tooBig.id, 'SERVER_STATUS_ERROR');

    // kumo-api: requests by method and code, latency histogram.
    const api = await scrape('kumo-api');
    const apiBefore = before_['api']!;
    assert.ok(v(api, 'kumo_api_requests_total', { method: 'CreateServer', code: 'OK' }) - v(apiBefore, 'kumo_api_requests_total', { method: 'CreateServer', code: 'OK' }) >= n + 1);
    assert.ok(v(api, 'kumo_api_requests_total', { method: 'GetServer', code: 'NOT_FOUND' }) >= 1);
    assert.ok(v(api, 'kumo_api_requests_total', { method: 'CreateFlavor', code: 'OK' }) >= 2);
    assert.ok(v(api, 'kumo_api_request_duration_seconds_count', { method: 'CreateServer' }) >= n + 1);
    assert.ok(v(api, 'kumo_api_request_duration_seconds_sum', { method: 'CreateServer' }) > 0);
    assert.equal(
      v(api, 'kumo_api_request_duration_seconds_bucket', { method: 'CreateServer', le: '+Inf' }),
      v(api, 'kumo_api_request_duration_seconds_count', { method: 'CreateServer' }),
    );
    assert.equal(v(api, 'kumo_nats_connected'), 1);
    assert.ok(v(api, 'kumo_nats_out_msgs_total') > v(apiBefore, 'kumo_nats_out_msgs_total'));
    assert.ok(v(api, 'kumo_nats_in_bytes_total') > 0);
    assert.equal(api.types.get('kumo_nats_reconnects_total'), 'counter');
    assert.ok(v(api, 'process_cpu_seconds_total') > 0);
    assert.ok(v(api, 'process_resident_memory_bytes') > 1e6);
    assert.equal(api.types.get('nodejs_eventloop_lag_p99_seconds'), 'gauge');
    // A process exposes only what it can move: no scheduler or view metrics in the API.
    assert.equal(api.types.get('kumo_scheduler_decisions_total'), undefined);
    assert.equal(api.types.get('kumo_view_lag'), undefined);

    // kumo-conductor: BuildInstances served, the view's sequence and lag, LMDB transactions.
    const cond = await scrape('conductor-0');
    const condBefore = before_['conductor-0']!;
    assert.ok(
      v(cond, 'kumo_actor_messages_total', { actor: 'conductor', method: 'BuildInstances', outcome: 'OK' }) -
        v(condBefore, 'kumo_actor_messages_total', { actor: 'conductor', method: 'BuildInstances', outcome: 'OK' }) >=
        n + 1,
    );
    assert.ok(v(cond, 'kumo_actor_messages_total', { actor: 'conductor', method: 'GetServer', outcome: 'NOT_FOUND' }) >= 1);
    assert.ok(v(cond, 'kumo_actor_handle_duration_seconds_count', { actor: 'conductor', method: 'BuildInstances' }) >= n + 1);
    assert.ok(v(cond, 'kumo_actor_mailbox_wait_seconds_count', { actor: 'conductor' }) > 0);
    // Two conductor actors: the public protocol on rpc.conductor, and what hosts ask on rpc.conductor.host.*.
    assert.equal(v(cond, 'kumo_actor_count', { actor: 'conductor' }), 2);
    assert.equal(cond.types.get('kumo_actor_mailbox_depth'), 'gauge');
    assert.ok(v(cond, 'kumo_view_applied_sequence') > v(condBefore, 'kumo_view_applied_sequence'));
    assert.ok(v(cond, 'kumo_statelog_last_sequence') >= v(cond, 'kumo_view_applied_sequence'));
    assert.equal(cond.types.get('kumo_view_lag'), 'gauge');
    assert.equal(v(cond, 'kumo_view_lag'), Math.max(0, v(cond, 'kumo_statelog_last_sequence') - v(cond, 'kumo_view_applied_sequence')));
    assert.ok(v(cond, 'kumo_lmdb_commit_duration_seconds_count', { op: 'transaction' }) > v(condBefore, 'kumo_lmdb_commit_duration_seconds_count', { op: 'transaction' }));
    // Once the cloud is quiet the view catches up: no lag.
    await eventually(async () => assert.equal(v(await scrape('conductor-0'), 'kumo_view_lag'), 0));

    // kumo-scheduler: decisions by outcome, decision time, hosts known.
    const sched = await scrape('scheduler-0');
    const schedBefore = before_['scheduler-0']!;
    assert.ok(v(sched, 'kumo_scheduler_decisions_total', { outcome: 'selected' }) - v(schedBefore, 'kumo_scheduler_decisions_total', { outcome: 'selected' }) >= n);
    assert.equal(v(sched, 'kumo_scheduler_decisions_total', { outcome: 'no_valid_host' }) - v(schedBefore, 'kumo_scheduler_decisions_total', { outcome: 'no_valid_host' }), 1);
    assert.ok(v(sched, 'kumo_scheduler_decision_duration_seconds_count') >= n + 1);
    assert.ok(v(sched, 'kumo_scheduler_instances_selected_total') >= n);
    assert.equal(v(sched, 'kumo_scheduler_hosts'), 3);
    assert.ok(v(sched, 'kumo_actor_messages_total', { actor: 'scheduler', method: 'SelectDestinations', outcome: 'FAILED_PRECONDITION' }) >= 1);

    // kumo-compute: claims on the hosts, an instance actor per server, LMDB writes of the host records table.
    const comp = await scrape('compute-mx');
    assert.ok(v(comp, 'kumo_actor_messages_total', { actor: 'host', method: 'BuildAndRunInstance', outcome: 'OK' }) >= n);
    assert.equal(v(comp, 'kumo_actor_count', { actor: 'host' }), 3);
    assert.equal(v(comp, 'kumo_actor_count', { actor: 'inst' }), n);
    assert.ok(v(comp, 'kumo_lmdb_commit_duration_seconds_count', { op: 'put', table: HOST_RECORDS_TABLE }) >= n);
    assert.ok(v(comp, 'kumo_lmdb_commit_duration_seconds_sum', { op: 'put', table: HOST_RECORDS_TABLE }) > 0);
  });

  test('watches: open streams and how they ended, by code', async () => {
    const s = await cloud.client.servers.create({ name: 'watched', flavor_id: 'm1', image_id: imageId });
    // waitFor follows WatchServer and cancels it once ACTIVE.
    await cloud.client.servers.waitFor(s.id, 'SERVER_STATUS_ACTIVE', { timeoutMs: 15_000 });
    await eventually(async () => {
      const api = await scrape('kumo-api');
      assert.ok(v(api, 'kumo_api_requests_total', { method: 'WatchServer', code: 'CANCELLED' }) >= 1);
      assert.equal(v(api, 'kumo_api_open_streams', { method: 'WatchServer' }), 0);
    });
    // A watch that sees the deletion ends OK: opened (its first message read) before the delete.
    const watch = cloud.client.servers.watch(s.id, { timeoutMs: 15_000 });
    assert.equal((await watch.next()).value?.server.id, s.id);
    await cloud.client.servers.delete(s.id);
    let deleted = false;
    for await (const c of watch) deleted ||= c.deleted;
    assert.ok(deleted);
    await eventually(async () => {
      const api = await scrape('kumo-api');
      assert.ok(v(api, 'kumo_api_requests_total', { method: 'WatchServer', code: 'OK' }) >= 1);
      assert.ok(v(api, 'kumo_api_request_duration_seconds_count', { method: 'WatchServer' }) >= 2);
    });
  });
});

test('NATS metrics follow a restart of nats-server: disconnected, then reconnected and counted', { timeout: 60_000 }, async () => {
  const dir = tempDir('kumo-metrics-nats-');
  const port = await freePort();
  let natsSrv = await startNatsServer({ storeDir: dir.path, port });
  const system = await ActorSystem.connect(natsSrv.url, 'metrics-test', newLogger('metrics-test', 'silent'));
  const registry = new Registry();
  const stop = registerNatsMetrics(registry, system.nc);
  const read = async (): Promise<Exposition> => parseExposition(await registry.metrics());
  try {
    let exp = await read();
    assert.equal(v(exp, 'kumo_nats_connected'), 1);
    assert.equal(v(exp, 'kumo_nats_reconnects_total'), 0);
    await natsSrv.stop();
    await eventually(async () => assert.equal(v(await read(), 'kumo_nats_connected'), 0));
    natsSrv = await startNatsServer({ storeDir: dir.path, port });
    await eventually(async () => assert.equal(v(await read(), 'kumo_nats_connected'), 1));
    exp = await read();
    assert.equal(v(exp, 'kumo_nats_reconnects_total'), 1);
    assert.equal(v(exp, 'kumo_nats_disconnects_total'), 1);
    system.nc.publish('metrics.test', new Uint8Array(10));
    await system.nc.flush();
    exp = await read();
    assert.ok(v(exp, 'kumo_nats_out_msgs_total') >= 1);
    assert.ok(v(exp, 'kumo_nats_out_bytes_total') >= 10);
  } finally {
    stop();
    await system.drain();
    await natsSrv.stop();
    dir.remove();
  }
});
