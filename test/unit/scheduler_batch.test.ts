// The batch and column forms of filters and weighers (plugin.ts) decide
// exactly as their per-host forms, on hosts in the cache's columns with
// aggregates that change ratios, zones and multipliers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyHints } from '../../pkg/conductor/request_spec.js';
import type { HostReport__Output, RequestSpec__Output } from '../../pkg/gen/types.js';
import { FILTERS } from '../../pkg/scheduler/filters/registry.js';
import { HostStateCache } from '../../pkg/scheduler/host_state.js';
import type { RequestContext } from '../../pkg/scheduler/plugin.js';
import { WEIGHERS } from '../../pkg/scheduler/weighers/registry.js';
import { flavor, NOW, report, request, spec } from '../support/scheduler.js';

function cluster(): HostStateCache {
  let t = NOW;
  const c = new HostStateCache(() => t);
  // A service record that arrives before its host reports.
  c.setService('h38', { disabled: true, disabledReason: '', forcedDown: true });
  // Enough hosts to grow the columns past their first capacity.
  for (let i = 0; i < 150; i++) {
    // Every 17th host was last heard longer than service_down_time ago (on the cache's clock).
    t = i % 17 === 0 ? NOW - 120_000 : NOW;
    const over: Partial<HostReport__Output> = {
      availability_zone: ['', 'nova', 'az1'][i % 3]!,
      vcpus: [2, 4, 8][i % 3]!,
      vcpus_used: i % 9,
      memory_mb: 4096 + (i % 4) * 1024,
      memory_mb_used: (i * 977) % 6000,
      local_gb: 100,
      local_gb_used: (i * 13) % 120,
      running_vms: i % 60,
      io_ops: i % 11,
      cpu_allocation_ratio: [1, 1.5, 16][i % 3]!,
      ram_allocation_ratio: [1, 1.5][i % 2]!,
      disk_allocation_ratio: [1, 0.9][i % 2]!,
      enabled: i % 13 !== 0,
      // The host's own clock, skewed both ways: never compared.
      report_time_ms: i % 5 === 0 ? NOW + 3_600_000 : NOW - 3_600_000,
      failed_builds: i % 7 === 0 ? 2 : 0,
    };
    c.update(report(`h${i}`, over));
    if (i % 19 === 0) c.setService(`h${i}`, { disabled: true, disabledReason: i % 2 ? 'maintenance' : '', forcedDown: false });
    if (i % 23 === 0) c.setService(`h${i}`, { disabled: i % 3 === 0, disabledReason: 'rack power', forcedDown: true });
  }
  t = NOW;
  const agg = (id: string, metadata: Record<string, string>, hosts: string[]) =>
    c.setAggregate(id, { id, name: id, availability_zone: '', hosts, metadata, create_time: null, update_time: null });
  agg('a', { ram_allocation_ratio: '0.5', availability_zone: 'az2', ram_weight_multiplier: '-2' }, ['h1', 'h2', 'h3', 'h40']);
  agg('b', { cpu_allocation_ratio: '4', disk_allocation_ratio: '2', cpu_weight_multiplier: 'x' }, ['h2', 'h5', 'h99']);
  return c;
}

const group = (policy: NonNullable<RequestSpec__Output['group']>['policy']) => ({ id: 'g', policy, max_server_per_host: 1, member_hosts: ['h3', 'h4', 'h4'] });

const requests: Array<[string, RequestContext]> = [
  ['a small flavor', request(spec({ flavor: flavor({ vcpus: 1, ram_mb: 1024, disk_gb: 10 }) }))],
  ['a large flavor', request(spec({ flavor: flavor({ vcpus: 6, ram_mb: 5000, disk_gb: 80, swap_mb: 1500 }) }))],
  ['a zone', request(spec({ availability_zone: 'az2' }))],
  ['the default zone', request(spec({ availability_zone: 'nova' }))],
  ['tried hosts', request(spec({ tried_hosts: ['h1', 'h7'] }))],
  ['same host', request(spec({ scheduler_hints: { ...emptyHints(), same_host: ['s'] }, same_host_hosts: ['h2', 'h9'] }))],
  ['different host', request(spec({ different_host_hosts: ['h2', 'h9'] }))],
  ['affinity', request(spec({ group: group('SERVER_GROUP_POLICY_AFFINITY') }))],
  ['anti-affinity', request(spec({ group: group('SERVER_GROUP_POLICY_ANTI_AFFINITY') }))],
  ['soft affinity', request(spec({ group: group('SERVER_GROUP_POLICY_SOFT_AFFINITY') }))],
  ['soft anti-affinity', request(spec({ group: group('SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY') }))],
  ['low limits', request(spec(), { maxInstancesPerHost: 20, maxIoOpsPerHost: 4 })],
];

function allSlots(c: HostStateCache): Int32Array {
  return Int32Array.from({ length: c.size }, (_, s) => s);
}

describe('batch forms', () => {
  const c = cluster();
  const views = c.all();
  for (const [name, filter] of FILTERS) {
    if (!filter.prepareBatch) continue;
    test(`${name} decides as its per-host check`, () => {
      for (const [what, req] of requests) {
        const check = filter.prepare(req);
        const batch = filter.prepareBatch!(req);
        assert.equal(batch === undefined, check === undefined, `${what}: both or neither apply`);
        if (!check || !batch) continue;
        const want = { kept: [] as string[], rejected: [] as Array<[string, string]> };
        for (const h of views) {
          const reason = check(h);
          if (reason === undefined) want.kept.push(h.host);
          else want.rejected.push([h.host, reason]);
        }
        const slots = allSlots(c);
        const got = { kept: [] as string[], rejected: [] as Array<[string, string]> };
        const n = batch(c.table, slots, slots.length, { reject: (s, reason) => got.rejected.push([c.table.names[s]!, reason]) });
        for (let i = 0; i < n; i++) got.kept.push(c.table.names[slots[i]!]!);
        assert.deepEqual(got, want, what);
      }
    });
  }
  for (const [name, weigher] of WEIGHERS) {
    if (!weigher.prepareBatch && !weigher.prepareColumn) continue;
    test(`${name} weighs as its per-host form`, () => {
      for (const [what, req] of requests) {
        const weight = weigher.prepare(req);
        const column = weigher.prepareColumn?.(req, c.table);
        const batch = weigher.prepareBatch?.(req);
        assert.equal((column ?? batch) === undefined, weight === undefined, `${what}: both or neither apply`);
        if (!weight) continue;
        const slots = allSlots(c);
        const out = new Float64Array(slots.length);
        if (!column) batch!(c.table, slots, slots.length, out);
        for (const h of views) {
          const s = c.slotOf(h.host)!;
          const got = column ? column.column[s]! * column.sign : out[s]!;
          assert.ok(Object.is(got, weight(h)), `${what}: ${h.host} weighs ${got}, per host ${weight(h)}`);
        }
      }
    });
  }
});

describe('host columns', () => {
  test('usage, totals, ratios and aggregates keep what filters and weighers read current', () => {
    const c = cluster();
    const h = c.get('h10')!;
    const s = c.slotOf('h10')!;
    c.consume(h, flavor({ vcpus: 2, ram_mb: 512, disk_gb: 10, swap_mb: 1024 }), 'p');
    assert.equal(c.table.ramAllocatableMb[s], h.memoryMb * h.ramAllocationRatio - h.memoryMbUsed);
    assert.equal(c.table.freeDiskMb[s], (h.localGb - h.localGbUsed) * 1024);
    h.cpuAllocationRatio = 3;
    assert.equal(c.table.vcpusAllocatable[s], h.vcpus * 3 - h.vcpusUsed);
    c.setAggregate('z', { id: 'z', name: 'z', availability_zone: '', hosts: ['h10'], metadata: { cpu_allocation_ratio: '2', availability_zone: 'az9' }, create_time: null, update_time: null });
    assert.equal(c.table.vcpusAllocatable[s], h.vcpus * 2 - h.vcpusUsed);
    assert.equal(c.table.zones[s], 'az9');
    c.setAggregate('z', undefined);
    assert.equal(c.table.vcpusAllocatable[s], h.vcpus * 3 - h.vcpusUsed);
  });

  test('a newer generation replaces the host in place, so every list of hosts sees it', () => {
    const c = new HostStateCache();
    c.update(report('a', { generation: 1, memory_mb_used: 100 }));
    c.update(report('b'));
    c.update(report('a', { generation: 2, memory_mb_used: 900 }));
    assert.equal(c.all().find((h) => h.host === 'a')!.memoryMbUsed, 900);
    assert.equal(c.get('a')!.memoryMbUsed, 900);
  });
});
