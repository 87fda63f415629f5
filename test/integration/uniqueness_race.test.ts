// Catalog names are unique by compare-and-set on the log, not by a check
// against one conductor's view: 50 creates of one name, spread over two API
// processes and two conductors at once, end with exactly one winner and 49
// ALREADY_EXISTS (pkg/conductor/name_claims.ts, Catalog.write); the same
// for aggregate names and keypair names.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KumoClient } from '../../pkg/client/client.js';
import { KumoApiError } from '../../pkg/client/errors.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';

let cloud: TestCloud;
let second: KumoClient;

/** Runs `n` calls at once, half through each API process; counts successes and error codes. */
async function race(n: number, call: (client: KumoClient, i: number) => Promise<unknown>): Promise<{ ok: number; codes: Record<string, number> }> {
  const outcomes = await Promise.allSettled(Array.from({ length: n }, (_, i) => call(i % 2 === 0 ? cloud.client : second, i)));
  const codes: Record<string, number> = {};
  let ok = 0;
  for (const o of outcomes) {
    if (o.status === 'fulfilled') ok++;
    else {
      const code = o.reason instanceof KumoApiError ? o.reason.codeName : String(o.reason);
      codes[code] = (codes[code] ?? 0) + 1;
    }
  }
  return { ok, codes };
}

describe('uniqueness races across processes', { timeout: 180_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'u', hosts: 1 }], conductors: 2 });
    const api2 = await spawnService('kumo-api', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' },
      args: ['--port', '0', '--auth', 'noauth'],
      label: 'api-2',
    });
    cloud.processes.push(api2);
    second = new KumoClient({ url: String(api2.ready['endpoint']) });
  });
  after(async () => {
    second?.close();
    await cloud?.stop();
  });

  test('50 concurrent CreateFlavor of one name (each its own id): exactly one wins, 49 ALREADY_EXISTS', async () => {
    for (let round = 0; round < 3; round++) {
      const name = `race-flavor-${round}`;
      const { ok, codes } = await race(50, (c) => c.flavors.CreateFlavor({ flavor: { name, vcpus: 1, ram_mb: 64, disk_gb: 1 } }, { retry: false }));
      assert.equal(ok, 1, `round ${round}: ${ok} winners, ${JSON.stringify(codes)}`);
      assert.deepEqual(codes, { ALREADY_EXISTS: 49 });
      const named = (await cloud.client.flavors.ListFlavors({})).flavors.filter((f) => f.name === name);
      assert.equal(named.length, 1);
      const viaOther = (await second.flavors.ListFlavors({})).flavors.filter((f) => f.name === name);
      assert.equal(viaOther.length, 1);
    }
  });

  test('a deleted flavor frees its name for the next create', async () => {
    const { flavor } = await cloud.client.flavors.CreateFlavor({ flavor: { name: 'reused', vcpus: 1, ram_mb: 64, disk_gb: 1 } });
    await second.flavors.DeleteFlavor({ id: flavor!.id });
    const again = await cloud.client.flavors.CreateFlavor({ flavor: { name: 'reused', vcpus: 2, ram_mb: 64, disk_gb: 1 } });
    assert.notEqual(again.flavor!.id, flavor!.id);
  });

  test('50 concurrent CreateAggregate of one name: exactly one wins, 49 ALREADY_EXISTS; its delete frees the name', async () => {
    for (let round = 0; round < 2; round++) {
      const name = `race-agg-${round}`;
      const { ok, codes } = await race(50, (c) => c.aggregates.CreateAggregate({ name }, { retry: false }));
      assert.equal(ok, 1, `round ${round}: ${ok} winners, ${JSON.stringify(codes)}`);
      assert.deepEqual(codes, { ALREADY_EXISTS: 49 });
      const named = (await second.aggregates.ListAggregates({})).aggregates.filter((a) => a.name === name);
      assert.equal(named.length, 1);
    }
    const { aggregates } = await cloud.client.aggregates.ListAggregates({});
    const first = aggregates.find((a) => a.name === 'race-agg-0')!;
    await second.aggregates.DeleteAggregate({ id: first.id });
    const again = await cloud.client.aggregates.CreateAggregate({ name: 'race-agg-0' });
    assert.notEqual(again.aggregate!.id, first.id);
  });

  test('one host added at once to 10 aggregates of 10 zones: exactly one wins, 9 zone conflicts', async () => {
    const { hypervisors } = await cloud.client.hypervisors.ListHypervisors({});
    const host = hypervisors[0]!.hypervisor_hostname;
    for (let round = 0; round < 3; round++) {
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) ids.push((await cloud.client.aggregates.CreateAggregate({ name: `zoned-${round}-${i}`, availability_zone: `zone-${round}-${i}` })).aggregate!.id);
      const { ok, codes } = await race(10, (c, i) => c.aggregates.AddAggregateHost({ id: ids[i]!, host }, { retry: false }));
      assert.equal(ok, 1, `round ${round}: ${ok} winners, ${JSON.stringify(codes)}`);
      assert.deepEqual(codes, { FAILED_PRECONDITION: 9 });
      const holding = (await second.aggregates.ListAggregates({})).aggregates.filter((a) => a.hosts.includes(host));
      assert.equal(holding.length, 1);
      // Leaving the zone frees the host for the next round's zones.
      await cloud.client.aggregates.RemoveAggregateHost({ id: holding[0]!.id, host });
    }
  });

  test('50 concurrent CreateKeypair of one name for one user: exactly one wins, 49 ALREADY_EXISTS', async () => {
    for (let round = 0; round < 3; round++) {
      const name = `race-key-${round}`;
      const { ok, codes } = await race(50, (c) => c.keypairs.CreateKeypair({ name }, { retry: false }));
      assert.equal(ok, 1, `round ${round}: ${ok} winners, ${JSON.stringify(codes)}`);
      assert.deepEqual(codes, { ALREADY_EXISTS: 49 });
    }
  });
});
