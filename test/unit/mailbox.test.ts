import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Mailbox } from '../../pkg/actor/mailbox.js';

test('a mailbox runs one message at a time, in order, and survives a failing one', async () => {
  const m = new Mailbox(1);
  const log: string[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  for (let i = 0; i < 5; i++) {
    m.post(async () => {
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise((r) => setTimeout(r, 5 - i));
      log.push(`m${i}`);
      concurrent--;
      if (i === 2) throw new Error('boom');
    });
  }
  assert.equal(m.depth, 5);
  await m.idle();
  assert.deepEqual(log, ['m0', 'm1', 'm2', 'm3', 'm4']);
  assert.equal(maxConcurrent, 1);
  assert.equal(m.depth, 0);
});

test('a pooled mailbox runs up to its concurrency at once', async () => {
  const m = new Mailbox(3);
  let concurrent = 0;
  let maxConcurrent = 0;
  for (let i = 0; i < 9; i++) {
    m.post(async () => {
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise((r) => setTimeout(r, 5));
      concurrent--;
    });
  }
  await m.idle();
  assert.equal(maxConcurrent, 3);
});
