// Catalog names are unique by compare-and-set on the log, not by a check
// against one conductor's view: 50 creates of one name, spread over two API
// processes and two conductors at once, end with exactly one winner and 49
// ALREADY_EXISTS (pkg/conductor/name_claims.ts, Catalog.write).
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

  test('50 concurrent CreateKeypair of one name for one user: exactly one wins, 49 ALREADY_EXISTS', async () => {
    for (let round = 0; round < 3; round++) {
      const name = `race-key-${round}`;
      const { ok, codes } = await race(50, (c) => c.keypairs.CreateKeypair({ name }, { retry: false }));
      assert.equal(ok, 1, `round ${round}: ${ok} winners, ${JSON.stringify(codes)}`);
      assert.deepEqual(codes, { ALREADY_EXISTS: 49 });
    }
  });
});
