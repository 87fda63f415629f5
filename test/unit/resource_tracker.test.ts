import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResourceTracker } from '../../pkg/compute/resource_tracker.js';
import type { Flavor__Output } from '../../pkg/gen/types.js';

const f = (vcpus: number, ram_mb: number, disk_gb: number): Flavor__Output => ({ id: 'x', name: 'x', vcpus, ram_mb, disk_gb, ephemeral_gb: 0, swap_mb: 0, is_public: true, extra_specs: {}, description: '' });

test('claims add up and over-commit is refused', () => {
  const t = new ResourceTracker({ vcpus: 4, memoryMb: 4096, localGb: 100, cpuAllocationRatio: 2, ramAllocationRatio: 1, diskAllocationRatio: 1 });
  assert.equal(t.check(f(2, 2048, 50)), undefined);
  t.claim('a', f(2, 2048, 50));
  t.claim('a', f(2, 2048, 50)); // a repeated claim counts once
  assert.deepEqual(t.used, { vcpus: 2, memoryMb: 2048, localGb: 50, instances: 1 });
  t.claim('b', f(2, 2048, 50));
  assert.match(t.check(f(1, 1, 1))!, /RAM/);
  assert.match(t.check(f(5, 1, 1))!, /exceed the host's 4/);
  t.release('a');
  assert.equal(t.check(f(1, 1024, 10)), undefined);
  assert.deepEqual(t.used, { vcpus: 2, memoryMb: 2048, localGb: 50, instances: 1 });
  assert.ok(t.generation >= 3);
});
