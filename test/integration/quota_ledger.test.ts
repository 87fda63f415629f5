// The quota ledger's compare-and-set across two conductors (each its own
// NATS connection, state log writer, LMDB view and Quotas), on a real
// nats-server: racing reservations never exceed a limit, retries and
// repeated releases change nothing, and reconciliation drops reservations
// nothing followed and counts servers nothing reserved.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import pino from 'pino';
import type { CallContext } from '../../pkg/actor/runtime.js';
import { ConductorView } from '../../pkg/conductor/view.js';
import type * as g from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { QuotaExceededError } from '../../pkg/quota/errors.js';
import { Quotas } from '../../pkg/quota/quotas.js';
import { StateConflictError } from '../../pkg/statelog/errors.js';
import { ensureStateStream, StateLog } from '../../pkg/statelog/statelog.js';
import { Store } from '../../pkg/store/store.js';
import { startTestNats, tempDir, type TestNats } from '../support/nats.js';

const silent = pino({ level: 'silent' });
const ctxOf = (projectId: string, roles = ['member']): CallContext => ({ method: 'test', requestId: 'req-test', deadline: 0, traceparent: '', projectId, userId: `${projectId}-u`, roles, log: silent, subject: '' }) as CallContext;
const flavor = { id: 'f', name: 'f', vcpus: 1, ram_mb: 64, disk_gb: 1 } as g.Flavor__Output;

interface Conductor {
  nc: NatsConnection;
  store: Store;
  view: ConductorView;
  log: StateLog;
  quotas: Quotas;
  conflicts: number;
}

let nats: TestNats;
const dir = tempDir('kumo-quota-');
const conductors: Conductor[] = [];

async function conductor(name: string): Promise<Conductor> {
  const nc = await connect({ servers: nats.url });
  await ensureStateStream(nc);
  const store = Store.open(`${dir.path}/${name}`);
  const view = new ConductorView(store, silent);
  await view.start(nc);
  const log = new StateLog(nc);
  const c: Conductor = { nc, store, view, log, quotas: undefined as unknown as Quotas, conflicts: 0 };
  const appendIfLast = log.appendIfLast.bind(log);
  log.appendIfLast = async (...args) => {
    try {
      return await appendIfLast(...args);
    } catch (err) {
      if (err instanceof StateConflictError) c.conflicts++;
      throw err;
    }
  };
  c.quotas = new Quotas(nc, log, view, silent, { holdMs: 300, reconcileIntervalMs: 0 });
  c.quotas.start();
  conductors.push(c);
  return c;
}

async function usage(c: Conductor, project: string): Promise<{ instances: number; cores: number }> {
  const d = (await c.quotas.limits(ctxOf(project))).absolute!;
  return { instances: Number(d.instances!.in_use), cores: Number(d.cores!.in_use) };
}

describe('quota ledger compare-and-set across conductors', { timeout: 120_000 }, () => {
  let a: Conductor;
  let b: Conductor;

  before(async () => {
    nats = await startTestNats();
    a = await conductor('a');
    b = await conductor('b');
  });
  after(async () => {
    for (const c of conductors) {
      await c.quotas.stop();
      await c.view.stop();
      await c.store.close();
      await c.nc.close();
    }
    await nats?.cleanup();
    dir.remove();
  });

  test('200 racing reservations from two conductors against 10 instances: exactly 10 granted', async () => {
    // Rounds (a fresh project each) until the two conductors did collide on the ledger at least once: one
    // conductor's batches can happen to land between the other's on a busy machine.
    for (let round = 0; round < 5 && a.conflicts + b.conflicts === 0; round++) {
      const project = `race-${round}`;
      await a.quotas.update({ project_id: project, instances: 10 } as g.UpdateQuotaRequest__Output, ctxOf('admin', ['admin']));
      const results = await Promise.allSettled(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).quotas.reserveServers(ctxOf(project), [randomUUID()], 1, flavor, '', 0)));
      const granted = results.filter((r) => r.status === 'fulfilled');
      assert.equal(granted.length, 10);
      for (const r of results) if (r.status === 'rejected') assert.ok(r.reason instanceof QuotaExceededError, String(r.reason));
      assert.deepEqual(await usage(a, project), { instances: 10, cores: 10 });
    }
    assert.ok(a.conflicts + b.conflicts > 0, 'the conductors did race on the ledger');
  });

  test('a retried reservation and repeated releases change nothing twice', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    assert.equal(await a.quotas.reserveServers(ctxOf('retry'), ids, 1, flavor, '', 0), 3);
    assert.equal(await b.quotas.reserveServers(ctxOf('retry'), ids, 1, flavor, '', 0), 3);
    assert.deepEqual(await usage(a, 'retry'), { instances: 3, cores: 3 });
    await Promise.all([a.quotas.releaseServers('retry', ids), b.quotas.releaseServers('retry', ids), a.quotas.releaseServers('retry', ids.slice(0, 1))]);
    assert.deepEqual(await usage(b, 'retry'), { instances: 0, cores: 0 });
  });

  test('max_count within quota: the most that fit, refused only below min_count', async () => {
    await a.quotas.update({ project_id: 'minmax', instances: 4 } as g.UpdateQuotaRequest__Output, ctxOf('admin', ['admin']));
    const ids = Array.from({ length: 6 }, () => randomUUID());
    assert.equal(await a.quotas.reserveServers(ctxOf('minmax'), ids, 1, flavor, '', 0), 4);
    await assert.rejects(b.quotas.reserveServers(ctxOf('minmax'), [randomUUID()], 1, flavor, '', 0), QuotaExceededError);
    await a.quotas.releaseServers('minmax', ids.slice(0, 2));
    await assert.rejects(a.quotas.reserveServers(ctxOf('minmax'), [randomUUID(), randomUUID(), randomUUID()], 3, flavor, '', 0), QuotaExceededError);
    assert.deepEqual(await usage(a, 'minmax'), { instances: 2, cores: 2 });
  });

  test('reconciliation drops expired reservations nothing recorded; servers nothing reserved are counted from the view', async () => {
    await a.quotas.reserveServers(ctxOf('recon'), [randomUUID(), randomUUID()], 1, flavor, '', 0);
    // A server in the log that no reservation covers (made before quotas existed).
    const id = randomUUID();
    const record = {
      server: { id, name: 'old', project_id: 'recon', user_id: 'u', vm_state: 'VM_STATE_ACTIVE', task_state: 'TASK_STATE_NONE', flavor: { ...flavor, vcpus: 2 }, metadata: {}, server_groups: [], launch_time: { seconds: 1, nanos: 0 } },
      generation: 1,
    } as unknown as g.ServerRecord;
    await a.log.append('server', id, 1, 'put', serverRecordCodec.encode(record));
    await new Promise((r) => setTimeout(r, 400));
    // The two expired reservations leave the ledger; the logged server needs no fix: the view counts it.
    assert.ok((await b.quotas.reconcile()) >= 2);
    assert.deepEqual(await usage(a, 'recon'), { instances: 1, cores: 2 });
    // Nothing left to fix: a second pass (from either conductor) changes nothing.
    assert.equal(await a.quotas.reconcile(), 0);
    // Its delete releases it, once, whichever conductors see it.
    await a.log.append('server', id, 2, 'delete', serverRecordCodec.encode({ ...record, generation: 2 }));
    const until = Date.now() + 5000;
    while ((await usage(b, 'recon')).instances !== 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(await usage(b, 'recon'), { instances: 0, cores: 0 });
  });
});
