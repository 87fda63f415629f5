// Three conductor processes apply one state log and converge to the same
// view: after a burst of mixed writes (creates, deletes, actions, flavors,
// keypairs, aggregates, server groups), with one conductor SIGKILLed in the
// middle and restarted on its own disk, every conductor's view digest
// (pkg/conductor/view_digest.ts) is the same, and a fourth conductor started
// on an empty disk rebuilds the same view from the stream and the hosts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ActorSystem } from '../../pkg/actor/runtime.js';
import { KumoClient } from '../../pkg/client/client.js';
import { KumoApiError } from '../../pkg/client/errors.js';
import { Store } from '../../pkg/store/store.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { observer, waitViewsConverged } from '../support/views.js';
import { SERVER_RECORDS_TABLE } from '../../pkg/conductor/view.js';

const TERMINAL = new Set(['SERVER_STATUS_ACTIVE', 'SERVER_STATUS_SHUTOFF', 'SERVER_STATUS_ERROR']);

describe('conductor views converge', { timeout: 240_000 }, () => {
  let cloud: TestCloud;
  let obs: ActorSystem;
  const extra: ChildService[] = [];
  const saved = { ...process.env };

  before(async () => {
    Object.assign(process.env, { KUMO_HEARTBEAT_MS: '500', KUMO_ANTI_ENTROPY_INTERVAL: '1', KUMO_FAKE_SPAWN_MS: '50', KUMO_FAKE_POWER_MS: '50' });
    cloud = await startCloud({ conductors: 3, computes: [{ name: 'cv', hosts: 3 }] });
    obs = await observer(cloud.nats.url);
  });

  after(async () => {
    await obs?.drain();
    await Promise.all(extra.map((p) => p.stop()));
    await cloud?.stop();
    process.env = saved;
  });

  const conductorEnv = (dir: string): Record<string, string> => ({ KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: dir, KUMO_LOG_LEVEL: 'warn' });

  test('3 conductors, one killed mid-burst, and a 4th on an empty disk agree', async () => {
    // A call the killed conductor held never gets its answer: a short deadline keeps the test short.
    const c = new KumoClient({ url: cloud.endpoint, timeoutMs: 8_000 });
    const api = c.servers.api;
    await c.quotas.set('default', { instances: -1, cores: -1, ram_mb: -1 });
    await c.flavors.create({ id: 'f1', name: 'f1', vcpus: 1, ram_mb: 128, disk_gb: 1 });
    const image = await c.images.create({ name: 'img' });
    const agg = await c.aggregates.create('agg-1');

    // The burst: servers, actions, catalog changes, concurrently.
    const created: string[] = [];
    const writes: Array<Promise<unknown>> = [];
    for (let i = 0; i < 6; i++) {
      writes.push(
        api.CreateServer({ name: `cv-${i}`, flavor_id: 'f1', image_id: image.id, max_count: 4 }).then((r) => created.push(...r.servers.map((s) => s.id))),
      );
      writes.push(c.flavors.create({ id: `tmp-${i}`, name: `tmp-${i}`, vcpus: 1, ram_mb: 64, disk_gb: 1 }).then(() => (i % 2 ? c.flavors.delete(`tmp-${i}`) : undefined)));
      writes.push(c.keypairs.create(`kp-${i}`).then(() => (i % 3 === 0 ? c.keypairs.delete(`kp-${i}`) : undefined)));
    }
    writes.push(c.aggregates.addHost(agg.id, 'cv-1').then(() => c.aggregates.setMetadata(agg.id, { ssd: 'true' })));
    writes.push(c.aggregates.create('agg-2').then((a) => c.aggregates.delete(a.id)));
    writes.push(c.serverGroups.create('grp', 'anti-affinity'));

    // SIGKILL one conductor while all that is in flight.
    await new Promise((r) => setTimeout(r, 150));
    const idx = cloud.processes.findIndex((p) => p.name === 'conductor-1');
    const victim = cloud.processes[idx]!;
    victim.process.kill('SIGKILL');
    if (victim.process.exitCode === null && victim.process.signalCode === null) await new Promise((r) => victim.process.once('exit', r));

    // Calls the dead conductor held end in an error the caller sees (their outcome unknown to it); none fails otherwise.
    const results = await Promise.allSettled(writes);
    for (const r of results) {
      if (r.status === 'fulfilled') continue;
      const err = r.reason as unknown;
      assert.ok(err instanceof KumoApiError && ['DEADLINE_EXCEEDED', 'UNAVAILABLE', 'ABORTED'].includes(err.codeName), `a write failed otherwise: ${String(err)}`);
    }
    assert.ok(created.length >= 4, `servers were created (${created.length}): ${results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)).join('; ')}`);

    // The creates the killed conductor held are lost to their callers (how many is down to the timing of
    // the kill); make up the nine servers the actions below need through the two conductors left.
    if (created.length < 9) created.push(...(await api.CreateServer({ name: 'cv-more', flavor_id: 'f1', image_id: image.id, max_count: 9 - created.length })).servers.map((s) => s.id));

    // Actions on what was created, while the killed conductor is still down.
    await waitAllTerminal(cloud, created);
    const acts = await Promise.allSettled(
      created.slice(0, 9).map((id, i) => (i % 3 === 0 ? api.StopServer({ id }) : i % 3 === 1 ? api.RebootServer({ id, type: 'REBOOT_TYPE_SOFT' }) : api.DeleteServer({ id }))),
    );
    assert.ok(acts.filter((r) => r.status === 'fulfilled').length >= 7, `actions accepted: ${acts.map((r) => (r.status === 'fulfilled' ? 'ok' : String((r as PromiseRejectedResult).reason))).join('; ')}`);

    // The killed conductor stored the sequence it had applied with its last change; it resumes from there.
    const dir = join(cloud.dataDir, 'c1');
    const store = Store.open(join(dir, 'conductor'));
    const stored = store.table<number>('meta').get('last_seq') ?? 0;
    await store.close();
    assert.ok(stored > 0, 'the killed conductor had stored its applied sequence');
    cloud.processes[idx] = await spawnService('kumo-conductor', { env: conductorEnv(dir), label: 'conductor-1' });

    await waitAllTerminal(cloud, created);
    const three = await waitViewsConverged(obs, 3, 60_000);
    assert.equal(new Set(three.map((d) => d.conductor_id)).size, 3);
    const servers = three[0]!.tables.find((t) => t.name === SERVER_RECORDS_TABLE)!;
    assert.ok(servers.entries >= created.length - 3, `the views hold the servers (${servers.entries} of ${created.length}, 3 deleted)`);

    // A fourth conductor on an empty disk rebuilds the same view.
    const fresh = await spawnService('kumo-conductor', { env: conductorEnv(join(cloud.dataDir, 'c-empty')), label: 'conductor-empty' });
    extra.push(fresh);
    const four = await waitViewsConverged(obs, 4, 60_000);
    c.close();
    assert.equal(four[0]!.digest, four[3]!.digest);
    for (const t of [SERVER_RECORDS_TABLE, 'flavors', 'keypairs', 'aggregates', 'server_groups']) {
      assert.ok(four[0]!.tables.some((x) => x.name === t), `the digest covers ${t}`);
    }
  });
});

async function waitAllTerminal(cloud: TestCloud, ids: readonly string[]): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    let pending = 0;
    for await (const s of cloud.client.servers.list({})) {
      if (ids.includes(s.id) && (!TERMINAL.has(s.status) || s.task_state !== 'TASK_STATE_UNSPECIFIED')) pending++;
    }
    if (pending === 0) return;
    if (Date.now() > until) assert.fail(`${pending} servers not terminal`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
