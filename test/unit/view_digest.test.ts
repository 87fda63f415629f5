// The digests convergence and anti-entropy compare: a view digest depends on
// what the tables hold, not on the order it was written in; a host digest is
// order-independent and follows adds and removes exactly.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { InstancesDigest } from '../../pkg/compute/instances_digest.js';
import { viewDigest } from '../../pkg/conductor/view_digest.js';
import { Store } from '../../pkg/store/store.js';
import { tempDir } from '../support/nats.js';

async function storeWith(dir: string, rows: Array<[string, string, unknown]>, applied: number): Promise<Store> {
  const store = Store.open(dir);
  for (const name of ['servers', 'flavors', 'meta']) store.table(name);
  await store.transaction(() => {
    for (const [table, key, value] of rows) void store.table(table).put(key, value);
    void store.table<number>('meta').put('last_seq', applied);
  });
  return store;
}

describe('view digest', () => {
  test('the same content in another order, and another applied sequence, digests the same; any change does not', async () => {
    const tmp = tempDir('kumo-digest-');
    try {
      const rows: Array<[string, string, unknown]> = [
        ['servers', 'a', { server: { id: 'a', name: 'x', power_state: 'POWER_STATE_RUNNING' }, generation: 3, user_data: new Uint8Array([1, 2]) }],
        ['servers', 'b', { generation: 1, server: { name: 'y', id: 'b' } }],
        ['flavors', 'f1', { generation: 2, value: { id: 'f1', vcpus: 1 } }],
      ];
      const one = await storeWith(join(tmp.path, '1'), rows, 10);
      const two = await storeWith(join(tmp.path, '2'), [...rows].reverse(), 12);
      const d1 = viewDigest(one, 'c1');
      const d2 = viewDigest(two, 'c2');
      assert.equal(d1.digest, d2.digest);
      assert.deepEqual(
        d1.tables.map((t) => [t.name, t.entries]),
        [
          ['flavors', 1],
          ['servers', 2],
        ],
        'meta is left out; every other table is in',
      );
      assert.equal(d1.applied_seq, 10);
      // Key order inside a value does not matter; a value does.
      await two.table('servers').put('b', { server: { id: 'b', name: 'y' }, generation: 1 });
      assert.equal(viewDigest(two, 'c2').digest, d1.digest);
      await two.table('servers').put('b', { server: { id: 'b', name: 'y' }, generation: 2 });
      const changed = viewDigest(two, 'c2');
      assert.notEqual(changed.digest, d1.digest);
      assert.equal(changed.tables.find((t) => t.name === 'flavors')!.digest, d1.tables.find((t) => t.name === 'flavors')!.digest, 'only the changed table differs');
      await one.close();
      await two.close();
    } finally {
      tmp.remove();
    }
  });
});

describe('host instances digest', () => {
  const e = (id: string, generation: number, powerState = 'POWER_STATE_RUNNING'): { id: string; generation: number; powerState: string } => ({ id, generation, powerState });

  test('order-independent, and a remove undoes an add', () => {
    const a = new InstancesDigest();
    const b = new InstancesDigest();
    for (const x of [e('s1', 1), e('s2', 4), e('s3', 2)]) a.add(x);
    for (const x of [e('s3', 2), e('s1', 1), e('s2', 4)]) b.add(x);
    assert.equal(a.hex, b.hex);
    assert.equal(a.count, 3);
    b.remove(e('s2', 4));
    b.add(e('s2', 5));
    assert.notEqual(a.hex, b.hex, 'a new generation changes the digest');
    b.remove(e('s2', 5));
    b.add(e('s2', 4, 'POWER_STATE_SHUTDOWN'));
    assert.notEqual(a.hex, b.hex, 'a power state changes the digest');
    b.remove(e('s2', 4, 'POWER_STATE_SHUTDOWN'));
    b.add(e('s2', 4));
    assert.equal(a.hex, b.hex);
    const empty = new InstancesDigest();
    for (const x of [e('s1', 1), e('s2', 4), e('s3', 2)]) a.remove(x);
    assert.equal(a.hex, empty.hex);
    assert.equal(a.count, 0);
  });
});
