// fuzzyPeriodic (pkg/util/periodic.ts): the first run at a random point of
// the period, on the wall clock's slot grid, then one per period; stop ends
// it, before or after the first.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { fuzzyPeriodic, SLOT_MS } from '../../pkg/util/periodic.js';

test('fuzzyPeriodic: first run after random() * period, then every period; stop ends it', (t) => {
  mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  t.after(() => mock.timers.reset());
  const runs: number[] = [];
  let now = 0;
  const p = fuzzyPeriodic(() => runs.push(now), 1_000, () => 0.25, () => 0);
  const tick = (ms: number): void => {
    now += ms;
    mock.timers.tick(ms);
  };
  tick(249);
  assert.deepEqual(runs, []);
  tick(1);
  assert.deepEqual(runs, [250]);
  tick(1_000);
  tick(1_000);
  assert.deepEqual(runs, [250, 1_250, 2_250]);
  p.stop();
  tick(5_000);
  assert.equal(runs.length, 3);

  const never: number[] = [];
  const q = fuzzyPeriodic(() => never.push(now), 1_000, () => 0.9, () => 0);
  tick(500);
  q.stop();
  tick(5_000);
  assert.deepEqual(never, []);
});

test('fuzzyPeriodic: hosts started together spread over the period', (t) => {
  mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  t.after(() => mock.timers.reset());
  const firstAt: number[] = [];
  let now = 0;
  const all = Array.from({ length: 1_000 }, (_, i) => {
    let seen = false;
    return fuzzyPeriodic(() => {
      if (!seen) firstAt[i] = now;
      seen = true;
    }, 10_000);
  });
  // The period, and a slot more: a first run rounds up to the slot grid.
  for (let s = 0; s < 11; s++) {
    now += 1_000;
    mock.timers.tick(1_000);
  }
  for (const p of all) p.stop();
  // One-second buckets of the period: each holds roughly a tenth of the hosts, none most of them.
  const buckets = Array.from({ length: 11 }, (_, b) => firstAt.filter((at) => at === (b + 1) * 1_000).length);
  assert.equal(
    buckets.reduce((a, b) => a + b, 0),
    1_000,
  );
  assert.ok(Math.max(...buckets) < 200, `first runs per second: ${buckets.join(', ')}`);
});

test('fuzzyPeriodic: first runs round up to the slot grid, so hosts started a few ms apart run in one turn', (t) => {
  mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  t.after(() => mock.timers.reset());
  const runs: Array<[string, number]> = [];
  let now = 1_000_010;
  const tick = (ms: number): void => {
    for (let i = 0; i < ms; i++) {
      now += 1;
      mock.timers.tick(1);
    }
  };
  // Started 10 and 37 ms past a slot boundary, the same random point of the period: both run at the next slot after it.
  const a = fuzzyPeriodic(() => runs.push(['a', now]), 10_000, () => 0.1, () => now);
  tick(27);
  const b = fuzzyPeriodic(() => runs.push(['b', now]), 10_000, () => 0.1, () => now);
  tick(1_300);
  a.stop();
  b.stop();
  assert.equal(SLOT_MS, 250);
  assert.deepEqual(runs, [
    ['a', 1_001_250],
    ['b', 1_001_250],
  ]);
});
