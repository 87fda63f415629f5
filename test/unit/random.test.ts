// Pooled random values (pkg/util/random.ts): the right size, hex, and not
// repeating across refills of the pool.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { randomHex, take } from '../../pkg/util/random.js';
import { randomMac } from '../../pkg/network/ipam.js';

test('randomHex and take: sizes, format, no repeats across pool refills', () => {
  assert.match(randomHex(4), /^[0-9a-f]{8}$/);
  assert.equal(take(3).length, 3);
  assert.throws(() => take(257), RangeError);
  // 3,000 draws of 8 bytes cross the 4 KiB pool several times.
  const seen = new Set(Array.from({ length: 3000 }, () => randomHex(8)));
  assert.equal(seen.size, 3000);
  assert.match(randomMac(), /^fa:16:3e(:[0-9a-f]{2}){3}$/);
});
