import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Store } from '../../pkg/store/store.js';
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
