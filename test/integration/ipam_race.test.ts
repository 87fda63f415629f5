// The IPAM's compare-and-set, up close: two conductors' Networks (each with
// its own view in its own LMDB) over one JetStream, racing for the same
// addresses. Their cursors start at the same address, so they collide;
// the expected-last-subject-sequence check lets one claim stand and the
// loser moves on. Releases by both at once, stale writes and the reaper.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import pino from 'pino';
import type { CallContext } from '../../pkg/actor/runtime.js';
import { IpAddressesExhaustedError, Networks, type PortRequest } from '../../pkg/conductor/networks.js';
import { ConductorView } from '../../pkg/conductor/view.js';
import type { Nic__Output } from '../../pkg/gen/types.js';
import { StateConflictError } from '../../pkg/statelog/errors.js';
import { ensureStateStream, StateLog } from '../../pkg/statelog/statelog.js';
import { Store } from '../../pkg/store/store.js';
import { startTestNats, tempDir, type TestNats } from '../support/nats.js';

const silent = pino({ level: 'silent' });
const ctx = { method: 'test', requestId: 'req-test', deadline: 0, traceparent: '', projectId: 'p1', userId: 'u', roles: ['member'], log: silent, subject: '' } as CallContext;

interface Conductor {
  store: Store;
  view: ConductorView;
  log: StateLog;
  networks: Networks;
  /** Claims this conductor lost to the other (compare-and-set conflicts). */
  conflicts: number;
}

let nats: TestNats;
let nc: NatsConnection;
const dir = tempDir('kumo-ipam-');
const conductors: Conductor[] = [];

async function conductor(name: string): Promise<Conductor> {
  const store = Store.open(`${dir.path}/${name}`);
  const view = new ConductorView(store, silent);
  await view.start(nc);
  const log = new StateLog(nc);
  const c: Conductor = { store, view, log, networks: undefined as unknown as Networks, conflicts: 0 };
  // Count the compare-and-sets this conductor loses.
  const appendIfLast = log.appendIfLast.bind(log);
  log.appendIfLast = async (...args) => {
    try {
      return await appendIfLast(...args);
    } catch (err) {
      if (err instanceof StateConflictError) c.conflicts++;
      throw err;
    }
  };
  c.networks = new Networks(view, log, silent, { reapIntervalMs: 0, orphanAgeMs: 60_000 });
  c.networks.start();
  conductors.push(c);
  return c;
}

async function caughtUp(...cs: Conductor[]): Promise<void> {
  const last = await cs[0]!.log.lastSequence();
  await Promise.all(cs.map((c) => c.view.waitFor(last)));
}

const v4 = (nics: Nic__Output[]): string => nics[0]!.addresses.find((a) => a.version === 4)!.address;

describe('IPAM compare-and-set across conductors', { timeout: 120_000 }, () => {
  let a: Conductor;
  let b: Conductor;

  before(async () => {
    nats = await startTestNats();
    nc = await connect({ servers: nats.url });
    await ensureStateStream(nc);
    a = await conductor('a');
    b = await conductor('b');
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

  test('two conductors allocating at once on one /24 never hand out an address or MAC twice; the losers of each race move on', async () => {
    const network = await a.networks.create({ name: 'race', shared: false, external: false, subnets: [{ id: '', name: '', network_id: '', ip_version: 0, cidr: '10.7.0.0/24', gateway_ip: '', allocation_pools: [], dns_nameservers: [] }] }, ctx);
    await caughtUp(a, b);
    const req: PortRequest[] = [{ network }];
    const one = (c: Conductor) => c.networks.allocate([randomUUID()], req, ctx, '').then((n) => n[0]!);
    // Both conductors start from .2 and go up: every early pick collides.
    const nics = await Promise.all(Array.from({ length: 200 }, (_, i) => one(i % 2 ? b : a)));
    const ips = nics.map(v4);
    assert.equal(new Set(ips).size, 200, 'no address twice');
    assert.equal(new Set(nics.map((n) => n[0]!.mac_address)).size, 200, 'no MAC twice');
    assert.ok(a.conflicts + b.conflicts > 0, 'the conductors did race for the same addresses');
    // The rest of the pool, then exhaustion, from either conductor.
    const rest = await Promise.all(Array.from({ length: 53 }, (_, i) => one(i % 2 ? a : b)));
    assert.equal(new Set([...ips, ...rest.map(v4)]).size, 253);
    await caughtUp(a, b);
    await assert.rejects(one(a), IpAddressesExhaustedError);
    await assert.rejects(one(b), (err: unknown) => err instanceof IpAddressesExhaustedError && /10\.7\.0\.0\/24/.test((err as Error).message));
    // Both views agree on who holds what.
    for (const c of [a, b]) {
      const held = [...c.view.networks.addresses.values()].filter((e) => !e.deleted && e.value.network_id === network.id);
      assert.equal(held.length, 253);
      assert.equal(new Set(held.map((e) => e.value.port_id)).size, 253);
    }

    // Releasing one port from both conductors at once: one release per entity stands, the address is free for either.
    const victim = nics[0]!;
    const port = a.view.networks.port(victim[0]!.port_id)!;
    await Promise.all([a.networks.releasePort(port), b.networks.releasePort(b.view.networks.port(port.id)!)]);
    await caughtUp(a, b);
    assert.equal(a.view.networks.port(port.id), undefined);
    assert.equal(b.view.networks.port(port.id), undefined);
    const again = await one(b);
    assert.equal(v4(again), v4(victim), 'the freed address is the only one left');

    // A stale release (the sequence it expects is gone) changes nothing, whatever the duplicate window says.
    await caughtUp(a, b);
    const [key, entry] = [...a.view.networks.addresses.entries()].map((e) => [String(e.key), e.value] as const).find(([, e]) => !e.deleted && e.value.port_id === again[0]!.port_id)!;
    await assert.rejects(a.log.appendIfLast('ipalloc', key, entry.generation + 5, 'delete', new Uint8Array(), entry.seq - 1), StateConflictError);
    await caughtUp(a, b);
    assert.ok(!a.view.networks.addresses.get(key)!.deleted, 'still held');
  });

  test('the reaper gives back claims and ports nothing holds (a conductor that died mid-allocation, a server that never got recorded)', async () => {
    const network = await b.networks.create({ name: 'reap', shared: false, external: false, subnets: [{ id: '', name: '', network_id: '', ip_version: 0, cidr: '10.8.0.0/29', gateway_ip: '', allocation_pools: [], dns_nameservers: [] }] }, ctx);
    await caughtUp(a, b);
    // Ports for servers that are never recorded (the conductor died before writing them).
    const orphans = await a.networks.allocate([randomUUID(), randomUUID()], [{ network }], ctx, '');
    await caughtUp(a, b);
    assert.equal(b.view.networks.portsOfNetwork(network.id).length, 2);
    // Young orphans are left alone (an allocation may be in progress) ...
    assert.equal(await b.networks.reapNow(), 0);
    // ... old ones are given back: these two ports (and the first test's, whose servers never existed either).
    const ports = [...b.view.networks.livePorts()].length;
    assert.equal(await b.networks.reapNow(Date.now() + 61_000), ports);
    await caughtUp(a, b);
    assert.equal(a.view.networks.portsOfNetwork(network.id).length, 0);
    assert.equal([...a.view.networks.livePorts()].length, 0);
    assert.equal([...a.view.networks.addresses.values()].filter((e) => !e.deleted).length, 0, 'every address given back');
    assert.equal([...a.view.networks.macs.values()].filter((e) => !e.deleted).length, 0, 'every MAC given back');
    for (const n of orphans) {
      const key = [...a.view.networks.addresses.entries()].find((e) => e.value.value.address === n[0]!.addresses[0]!.address && e.value.value.network_id === network.id)!;
      assert.ok(key.value.deleted, `${n[0]!.addresses[0]!.address} released`);
    }
    // A reaper on the other conductor afterwards finds nothing to do.
    assert.equal(await a.networks.reapNow(Date.now() + 61_000), 0);
  });
});
