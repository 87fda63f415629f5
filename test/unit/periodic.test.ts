// fuzzyPeriodic (pkg/util/periodic.ts): the first run at a random point of
// the period, then one per period; stop ends it, before or after the first.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { fuzzyPeriodic } from '../../pkg/util/periodic.js';

test('fuzzyPeriodic: first run after random() * period, then every period; stop ends it', (t) => {
  mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  t.after(() => mock.timers.reset());
  const runs: number[] = [];
  let now = 0;
  const p = fuzzyPeriodic(() => runs.push(now), 1_000, () => 0.25);
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
  const q = fuzzyPeriodic(() => never.push(now), 1_000, () => 0.9);
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
  for (let s = 0; s < 10; s++) {
    now += 1_000;
    mock.timers.tick(1_000);
  }
  for (const p of all) p.stop();
  // Ten one-second buckets of the period: each holds roughly a tenth of the hosts, none most of them.
  const buckets = Array.from({ length: 10 }, (_, b) => firstAt.filter((at) => at === (b + 1) * 1_000).length);
  assert.equal(
    buckets.reduce((a, b) => a + b, 0),
    1_000,
  );
  assert.ok(Math.max(...buckets) < 200, `first runs per second: ${buckets.join(', ')}`);
});
