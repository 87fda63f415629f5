// Floating IPs' compare-and-sets, up close and with more contenders than a
// cloud's instance quota allows: two conductors' FloatingIps (each with its
// own view in its own LMDB) over one JetStream. One floating IP associated
// with 30 servers at once from both conductors has exactly one winner, as
// have five floating IPs onto one fixed IP; a
// burst of allocations from both never exceeds the project's limit nor
// hands out an address twice; the reaper keeps the addresses floating IPs
// hold.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import pino from 'pino';
import type { CallContext } from '../../pkg/actor/runtime.js';
import { FixedIpHasFloatingIpError, FloatingIpAssociatedError, FloatingIps } from '../../pkg/conductor/floating_ips.js';
import { IpAddressesExhaustedError, Networks } from '../../pkg/conductor/networks.js';
import { QuotaSlots, slotUsage } from '../../pkg/conductor/quota_slots.js';
import { ConductorView } from '../../pkg/conductor/view.js';
import type { FloatingIp__Output, Network__Output } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { QuotaExceededError } from '../../pkg/quota/errors.js';
import { DEFAULT_LIMITS, type Resource } from '../../pkg/quota/limits.js';
import { StateConflictError } from '../../pkg/statelog/errors.js';
import { ensureStateStream, StateLog } from '../../pkg/statelog/statelog.js';
import { Store } from '../../pkg/store/store.js';
import { startTestNats, tempDir, type TestNats } from '../support/nats.js';

const silent = pino({ level: 'silent' });
function ctxOf(projectId: string, roles = ['member']): CallContext {
  return { method: 'test', requestId: 'req-test', deadline: 0, traceparent: '', projectId, userId: 'u', roles, log: silent, subject: '' } as CallContext;
}
const admin = ctxOf('admin', ['admin']);
/** A small limit, so a burst goes well past it. */
const FIP_LIMIT = 6;
/** Per-project floating IP limits a test lowers (the general quotas' overrides, here without a ledger). */
const fipLimits = new Map<string, number>();
const limitOf = async (project: string, r: Resource): Promise<number> => (r === 'floating_ips' ? (fipLimits.get(project) ?? FIP_LIMIT) : DEFAULT_LIMITS[r]);

interface Conductor {
  store: Store;
  view: ConductorView;
  log: StateLog;
  networks: Networks;
  fips: FloatingIps;
}

let nats: TestNats;
let nc: NatsConnection;
const dir = tempDir('kumo-fip-');
const conductors: Conductor[] = [];

async function conductor(name: string): Promise<Conductor> {
  const store = Store.open(`${dir.path}/${name}`);
  const view = new ConductorView(store, silent);
  await view.start(nc);
  const log = new StateLog(nc);
  const networks = new Networks(view, log, silent, { reapIntervalMs: 0, orphanAgeMs: 0 });
  networks.start();
  const quota = new QuotaSlots(view.networks, networks.book, limitOf, async () => view.waitFor(await log.lastSequence()));
  const c: Conductor = { store, view, log, networks, fips: new FloatingIps(view, log, networks, quota) };
  conductors.push(c);
  return c;
}

async function caughtUp(...cs: Conductor[]): Promise<void> {
  const last = await cs[0]!.log.lastSequence();
  await Promise.all(cs.map((c) => c.view.waitFor(last)));
}

function subnet(cidr: string) {
  return { id: '', name: '', network_id: '', ip_version: 0, cidr, gateway_ip: '', allocation_pools: [], dns_nameservers: [] };
}

describe('floating IP compare-and-sets across conductors', { timeout: 120_000 }, () => {
  let a: Conductor;
  let b: Conductor;
  let pool: Network__Output;

  before(async () => {
    nats = await startTestNats();
    nc = await connect({ servers: nats.url });
    await ensureStateStream(nc);
    a = await conductor('a');
    b = await conductor('b');
    pool = await a.networks.create({ name: 'ext', shared: false, external: true, subnets: [subnet('203.0.113.0/24')] }, admin);
    await caughtUp(a, b);
  });
  after(async () => {
    for (const c of conductors) {
      await c.networks.stop();
      await c.view.stop();
      await c.store.close();
    }
    await nc?.close();
    await nats?.cleanup();
    dir.remove();
  });

  test('one floating IP associated with 30 servers at once through two conductors: exactly one winner, both views agree', async () => {
    const ctx = ctxOf('p1');
    const tenant = await a.networks.create({ name: 'tenant', shared: false, external: false, subnets: [subnet('10.9.0.0/24')] }, ctx);
    await caughtUp(a, b);
    const ids = Array.from({ length: 30 }, () => randomUUID());
    await a.networks.allocate(ids, [{ network: tenant }], ctx, '');
    // The servers' records (what AddFloatingIp checks the caller's project against).
    await Promise.all(ids.map((id) => a.log.append('server', id, 1, 'put', serverRecordCodec.encode({ server: { id, project_id: 'p1', name: id }, generation: 1 }))));
    const fip = await b.fips.create({ pool: 'ext', description: '' }, ctx);
    await caughtUp(a, b);
    const settled = await Promise.allSettled(ids.map((id, i) => (i % 2 ? a : b).fips.associate({ server_id: id, address: fip.floating_ip_address, fixed_address: '' }, ctx)));
    const won = settled.filter((s): s is PromiseFulfilledResult<FloatingIp__Output> => s.status === 'fulfilled').map((s) => s.value);
    assert.equal(won.length, 1, `one winner, got ${won.length}`);
    for (const s of settled) if (s.status === 'rejected') assert.ok(s.reason instanceof FloatingIpAssociatedError || s.reason instanceof StateConflictError, String(s.reason));
    const lost = settled.filter((s) => s.status === 'rejected').map((s) => (s as PromiseRejectedResult).reason as Error);
    assert.ok(lost.filter((e) => e instanceof FloatingIpAssociatedError).every((e) => e.message.includes(won[0]!.server_id)), 'the refusal names the server it serves');
    await caughtUp(a, b);
    for (const c of [a, b]) assert.equal(c.view.networks.floatingIp(fip.id)!.server_id, won[0]!.server_id);
    // The losers gave back the fixed IPs they claimed on the way: only the winner's is held.
    const held = [...a.view.networks.fixedIpClaims.values()].filter((e) => !e.deleted);
    assert.deepEqual(held.map((e) => e.value.floating_ip_id), [fip.id]);

    // The other way round: five floating IPs onto one fixed IP at once, one wins (one floating IP per fixed IP).
    const target = ids.find((id) => id !== won[0]!.server_id)!;
    const others = await Promise.all(Array.from({ length: FIP_LIMIT - 1 }, (_, i) => (i % 2 ? a : b).fips.create({ pool: 'ext', description: '' }, ctx)));
    await caughtUp(a, b);
    const onto = await Promise.allSettled(others.map((f, i) => (i % 2 ? b : a).fips.associate({ server_id: target, address: f.floating_ip_address, fixed_address: '' }, ctx)));
    const winners = onto.filter((s): s is PromiseFulfilledResult<FloatingIp__Output> => s.status === 'fulfilled').map((s) => s.value);
    assert.equal(winners.length, 1, `one floating IP on the fixed IP, got ${winners.length}`);
    for (const s of onto) if (s.status === 'rejected') assert.ok(s.reason instanceof FixedIpHasFloatingIpError, String(s.reason));
    // Once it lets go, another may take the fixed IP.
    await a.fips.disassociate({ server_id: target, address: winners[0]!.floating_ip_address }, ctx);
    const next = others.find((f) => f.id !== winners[0]!.id)!;
    await caughtUp(a, b);
    assert.equal((await b.fips.associate({ server_id: target, address: next.id, fixed_address: '' }, ctx)).server_id, target);
    await caughtUp(a, b);
    for (const f of others) await a.fips.delete(f.id, ctx);
    await a.fips.delete(fip.id, ctx);
    await caughtUp(a, b);
    assert.deepEqual([...b.view.networks.fixedIpClaims.values()].filter((e) => !e.deleted), [], 'releases give the fixed IPs back');
  });

  test(`a burst of 20 allocations through two conductors gets exactly the limit (${FIP_LIMIT}), never an address twice; a release makes room`, async () => {
    const ctx = ctxOf('p2');
    const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).fips.create({ pool: pool.id, description: '' }, ctx)));
    const ok = settled.filter((s): s is PromiseFulfilledResult<FloatingIp__Output> => s.status === 'fulfilled').map((s) => s.value);
    assert.equal(ok.length, FIP_LIMIT);
    assert.equal(new Set(ok.map((f) => f.floating_ip_address)).size, FIP_LIMIT);
    for (const s of settled) if (s.status === 'rejected') assert.ok(s.reason instanceof QuotaExceededError, String(s.reason));
    await caughtUp(a, b);
    const slots = [...a.view.networks.quotaSlots.values()].filter((e) => !e.deleted && e.value.project_id === 'p2');
    assert.equal(slots.length, FIP_LIMIT, 'one slot per floating IP, none left over by the refused');
    await b.fips.delete(ok[0]!.floating_ip_address, ctx);
    await caughtUp(a, b);
    const next = await a.fips.create({ pool: 'ext', description: '' }, ctx);
    assert.equal(next.project_id, 'p2');
  });

  test('a small pool raced by two conductors and two projects: every address once, then RESOURCE_EXHAUSTED; the reaper keeps floating IPs\' addresses', async () => {
    const small = await b.networks.create({ name: 'small', shared: false, external: true, subnets: [subnet('198.51.100.0/28')] }, admin);
    await caughtUp(a, b);
    const settled = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).fips.create({ pool: small.id, description: '' }, ctxOf(i % 3 ? 'p3' : 'p4'))));
    const ok = settled.filter((s): s is PromiseFulfilledResult<FloatingIp__Output> => s.status === 'fulfilled').map((s) => s.value);
    // 13 addresses, but each project may hold FIP_LIMIT: p3 asks 8 times (gets 6), p4 4 times.
    assert.equal(ok.length, FIP_LIMIT + 4);
    assert.equal(new Set(ok.map((f) => f.floating_ip_address)).size, ok.length);
    const more = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).fips.create({ pool: 'small', description: '' }, ctxOf(`p5-${i}`))));
    const extra = more.filter((s): s is PromiseFulfilledResult<FloatingIp__Output> => s.status === 'fulfilled').map((s) => s.value);
    assert.equal(extra.length, 13 - ok.length);
    for (const s of more) if (s.status === 'rejected') assert.ok(s.reason instanceof IpAddressesExhaustedError, String(s.reason));
    assert.equal(new Set([...ok, ...extra].map((f) => f.floating_ip_address)).size, 13);
    // The reaper (orphan age 0 here) gives back claims with no holder, never a floating IP's address or slot.
    await caughtUp(a, b);
    await a.networks.reapNow();
    await caughtUp(a, b);
    const held = [...b.view.networks.addresses.values()].filter((e) => !e.deleted && ok.concat(extra).some((f) => f.id === e.value.port_id));
    assert.equal(held.length, 13);
    assert.ok([...b.view.networks.quotaSlots.values()].filter((e) => !e.deleted && e.value.project_id === 'p3').length === FIP_LIMIT);
  });
  test('a limit lowered below what the project holds: refused until under it, then a burst through two conductors fills exactly the new limit', async () => {
    const ctx = ctxOf('p6');
    const held: FloatingIp__Output[] = [];
    for (let i = 0; i < FIP_LIMIT; i++) held.push(await (i % 2 ? a : b).fips.create({ pool: pool.id, description: '' }, ctx));
    fipLimits.set('p6', 3);
    await assert.rejects(a.fips.create({ pool: pool.id, description: '' }, ctx), (e: unknown) => e instanceof QuotaExceededError && /already used 6 of 3 floating_ips/.test(e.message));
    // Keep the last two: their slots (4 and 5) are above the new limit, so the next claims move them below it first.
    for (const f of held.slice(0, FIP_LIMIT - 2)) await b.fips.delete(f.floating_ip_address, ctx);
    await caughtUp(a, b);
    const settled = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).fips.create({ pool: pool.id, description: '' }, ctx)));
    const ok = settled.filter((s) => s.status === 'fulfilled');
    assert.equal(ok.length, 1);
    for (const s of settled) if (s.status === 'rejected') assert.ok(s.reason instanceof QuotaExceededError, String(s.reason));
    await caughtUp(a, b);
    assert.equal(slotUsage(a.view.networks, 'fip', 'p6'), 3);
    const slots = [...a.view.networks.quotaSlots.values()].filter((e) => !e.deleted && e.value.project_id === 'p6');
    assert.ok(slots.every((e) => e.value.slot < 3), `slots ${slots.map((e) => e.value.slot).join(',')}`);
  });
});
