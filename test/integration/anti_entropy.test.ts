// Anti-entropy: a conductor whose view diverged from what the hosts run is
// repaired from the hosts' digests. While conductor B is stopped, a server is
// stopped (its log entries then purged from the stream, as a stream loss
// would), and another server's record is changed directly in B's LMDB. When
// B starts, neither replay nor anything else would fix that; the host
// digests do: the host's record is appended again (the host is the
// authority for what runs there) and B's copy is rewritten from the log.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ActorSystem } from '../../pkg/actor/runtime.js';
import { STATE_STREAM, subjects } from '../../pkg/actor/subjects.js';
import type { ServerRecord__Output } from '../../pkg/gen/types.js';
import { StateLog } from '../../pkg/statelog/statelog.js';
import { Store } from '../../pkg/store/store.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { waitStatus } from '../support/expect.js';
import { observer, waitViewsConverged } from '../support/views.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { SERVER_RECORDS_TABLE } from '../../pkg/conductor/view.js';

describe('anti-entropy repairs a diverged view', { timeout: 180_000 }, () => {
  let cloud: TestCloud;
  let obs: ActorSystem;
  const saved = { ...process.env };

  before(async () => {
    Object.assign(process.env, { KUMO_HEARTBEAT_MS: '500', KUMO_ANTI_ENTROPY_INTERVAL: '1' });
    cloud = await startCloud({ conductors: 2, computes: [{ name: 'ae', hosts: 2 }] });
    obs = await observer(cloud.nats.url);
  });

  after(async () => {
    await obs?.drain();
    await cloud?.stop();
    process.env = saved;
  });

  test('a purged host change and a corrupted view entry are repaired within a bound', async (t) => {
    const c = cloud.client;
    await c.flavors.create({ id: 'ae1', name: 'ae1', vcpus: 1, ram_mb: 128, disk_gb: 1 });
    const image = await c.images.create({ name: 'img' });
    const created = (await c.servers.api.CreateServer({ name: 'ae', flavor_id: 'ae1', image_id: image.id, max_count: 3 })).servers;
    for (const s of created) await waitStatus(c, s.id, 'SERVER_STATUS_ACTIVE');
    const [x, y] = [created[0]!.id, created[1]!.id];
    await waitViewsConverged(obs, 2);

    // Stop conductor B; it has stored the sequence it applied.
    const idx = cloud.processes.findIndex((p) => p.name === 'conductor-1');
    await cloud.processes[idx]!.stop();
    const dirB = join(cloud.dataDir, 'c1');
    const storeB = Store.open(join(dirB, 'conductor'));
    const storedSeq = storeB.table<number>('meta').get('last_seq') ?? 0;

    // A host change B never sees: server x is stopped, then its log entries since B stopped are purged.
    const stopped = (await c.servers.api.StopServer({ id: x })).server;
    await waitStatus(c, x, 'SERVER_STATUS_SHUTOFF', 15_000, stopped);
    const log = new StateLog(obs.nc);
    const jsm = await obs.nc.jetstreamManager();
    let purged = 0;
    for (;;) {
      // nats-server 2.9 forgets a subject's earlier entries in this lookup once its last one is deleted (404).
      const m = await jsm.streams.getMessage(STATE_STREAM, { last_by_subj: subjects.state('server', x) }).catch(() => undefined);
      if (!m || m.seq <= storedSeq) break;
      await jsm.streams.deleteMessage(STATE_STREAM, m.seq);
      purged++;
    }
    assert.ok(purged >= 1, 'the stop was logged after B stopped');
    const before = await log.latestServerEntry(x);
    assert.ok(!before || before.record.server!.vm_state === 'VM_STATE_ACTIVE', 'the log lost the stop');

    // And B's LMDB is changed behind its back: server y shows paused there.
    const tableB = storeB.table<ServerRecord__Output>(SERVER_RECORDS_TABLE, { codec: serverRecordCodec });
    const yRecord = tableB.get(y)!;
    await tableB.put(y, { ...yRecord, server: { ...yRecord.server!, vm_state: 'VM_STATE_PAUSED', power_state: 'POWER_STATE_PAUSED', status: 'SERVER_STATUS_PAUSED' } });
    await storeB.close();

    // B starts; the hosts' digests disagree with its view, and it repairs both within a bound.
    const logFile = join(cloud.dataDir, 'conductor-1.log');
    const started = Date.now();
    cloud.processes[idx] = await spawnService('kumo-conductor', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: dirB, KUMO_LOG_LEVEL: 'warn' },
      label: 'conductor-1',
      logFile,
    });
    const views = await waitViewsConverged(obs, 2, 20_000);
    const tookMs = Date.now() - started;
    assert.ok(tookMs < 20_000, `repaired in ${tookMs} ms`);
    t.diagnostic(`conductor start to converged views: ${tookMs} ms`);
    assert.equal(views[0]!.digest, views[1]!.digest);

    // The log holds the host's record again, at the generation the host has.
    const repaired = (await log.latestServerEntry(x))!;
    assert.equal(repaired.record.server!.vm_state, 'VM_STATE_STOPPED');
    assert.equal(repaired.record.server!.power_state, 'POWER_STATE_SHUTDOWN');
    assert.ok(repaired.generation > (before?.generation ?? 0));

    // B's copy of y is the log's again; B said what it repaired.
    const lines = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('anti-entropy repaired'))
      .map((l) => JSON.parse(l) as { logged: number; view: number });
    assert.ok(lines.reduce((n, l) => n + l.logged, 0) >= 1, 'a corrective log entry');
    assert.ok(lines.reduce((n, l) => n + l.view, 0) >= 1, 'a view entry rewritten');
    const yNow = await c.servers.get(y);
    assert.equal(yNow.status, 'SERVER_STATUS_ACTIVE');
  });
});
