import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Store, type ValueCodec } from '../../pkg/store/store.js';
import { tempDir } from '../support/nats.js';

test('LMDB tables: typed values, transactions, ranges, and data survives reopening', async () => {
  const dir = tempDir('kumo-store-');
  try {
    let store = Store.open(dir.path);
    const t = store.table<{ n: number; tags: string[] }>('things');
    await store.transaction(() => {
      void t.put('h1/a', { n: 1, tags: ['x'] });
      void t.put('h1/b', { n: 2, tags: [] });
      void t.put('h2/a', { n: 3, tags: [] });
    });
    assert.deepEqual(t.get('h1/a'), { n: 1, tags: ['x'] });
    assert.deepEqual([...t.values({ start: 'h1/', end: 'h10' })].map((v) => v.n), [1, 2]);
    await t.remove('h1/b');
    assert.equal(t.count(), 2);
    await store.close();
    store = Store.open(dir.path);
    const again = store.table<{ n: number }>('things');
    assert.deepEqual([...again.entries()].map((e) => e.key), ['h1/a', 'h2/a']);
    await store.close();
  } finally {
    dir.remove();
  }
});

test('a codec table keeps its values encoded: get, ranges and putEncoded round-trip; a msgpack table moves into it once', async () => {
  const dir = tempDir('kumo-store-codec-');
  const json: ValueCodec<{ id: string; n: number }> = {
    encode: (v) => Buffer.from(JSON.stringify(v), 'utf8'),
    decode: (b) => JSON.parse(Buffer.from(b).toString('utf8')) as { id: string; n: number },
  };
  try {
    let store = Store.open(dir.path);
    const old = store.table<{ id: string; n: number }>('old_things');
    await store.transaction(() => {
      for (let i = 0; i < 5; i++) void old.put(`k${i}`, { id: `k${i}`, n: i });
    });
    await store.close();

    store = Store.open(dir.path);
    const t = store.table('things', { codec: json });
    assert.equal(store.table('things'), t, 'a name opened again is the same table');
    assert.throws(() => store.table('things', { codec: { ...json } }), /another encoding/);
    assert.equal(await store.moveTable('old_things', t), 5);
    assert.equal(await store.moveTable('old_things', t), 0, 'moved once: the old table is gone');
    assert.deepEqual(t.get('k3'), { id: 'k3', n: 3 });
    assert.equal(Buffer.from(t.getBytes('k3')!).toString('utf8'), '{"id":"k3","n":3}', 'stored as the codec encodes');
    await t.putEncoded('k9', Buffer.from('{"id":"k9","n":9}'));
    assert.deepEqual([...t.values({ start: 'k3' })].map((v) => v.n), [3, 4, 9]);
    assert.deepEqual(store.tableNames(), ['things']);
    await store.close();

    store = Store.open(dir.path);
    assert.deepEqual([...store.table('things', { codec: json }).entries()].map((e) => e.value.n), [0, 1, 2, 3, 4, 9]);
    await store.close();
  } finally {
    dir.remove();
  }
});
