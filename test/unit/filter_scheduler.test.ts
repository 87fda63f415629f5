import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Flavor__Output, HostReport__Output, RequestSpec__Output } from '../../pkg/gen/types.js';
import { emptyHints } from '../../pkg/conductor/request_spec.js';
import { UnknownPluginError, NoValidHostError } from '../../pkg/scheduler/errors.js';
import { FilterScheduler } from '../../pkg/scheduler/filter_scheduler.js';
import { CoreFilter } from '../../pkg/scheduler/filters/core.js';
import { DiskFilter } from '../../pkg/scheduler/filters/disk.js';
import { RamFilter } from '../../pkg/scheduler/filters/ram.js';
import { ComputeFilter } from '../../pkg/scheduler/filters/compute.js';
import { AvailabilityZoneFilter } from '../../pkg/scheduler/filters/availability_zone.js';
import { HostStateCache, hostStateFromReport } from '../../pkg/scheduler/host_state.js';
import type { HostFilter } from '../../pkg/scheduler/plugin.js';

const NOW = 1_000_000;

function report(host: string, over: Partial<HostReport__Output> = {}): HostReport__Output {
  return {
    host, hypervisor_hostname: host, hypervisor_type: 'fake', availability_zone: 'nova',
    vcpus: 4, vcpus_used: 0, memory_mb: 4096, memory_mb_used: 0, local_gb: 100, local_gb_used: 0, running_vms: 0,
    cpu_allocation_ratio: 1, ram_allocation_ratio: 1, disk_allocation_ratio: 1, enabled: true,
    report_time_ms: NOW, generation: 1, capabilities: {}, io_ops: 0, host_ip: '', hypervisor_version: 0, supported_instances: [], metrics: {},
    failed_builds: 0, project_instances: {}, ...over,
  };
}

function flavor(over: Partial<Flavor__Output> = {}): Flavor__Output {
  return { id: 'f', name: 'f', vcpus: 1, ram_mb: 1024, disk_gb: 10, ephemeral_gb: 0, swap_mb: 0, is_public: true, extra_specs: {}, description: '', ...over };
}

function spec(f: Flavor__Output, over: Partial<RequestSpec__Output> = {}): RequestSpec__Output {
  return {
    flavor: f, image: null, availability_zone: '', project_id: 'p', scheduler_hints: emptyHints(), ignore_hosts: [], tried_hosts: [],
    group: null, same_host_hosts: [], different_host_hosts: [], force_host: '', ...over,
  };
}

const ctx = { nowMs: NOW, serviceDownTimeMs: 60_000 };

describe('filters', () => {
  const cases: Array<{ name: string; filter: HostFilter; host: Partial<HostReport__Output>; flavor?: Partial<Flavor__Output>; spec?: Partial<RequestSpec__Output>; pass: boolean }> = [
    { name: 'ram fits', filter: RamFilter, host: {}, pass: true },
    { name: 'ram exhausted', filter: RamFilter, host: { memory_mb_used: 3500 }, pass: false },
    { name: 'ram overcommit ratio lets it fit', filter: RamFilter, host: { memory_mb_used: 3500, ram_allocation_ratio: 1.5 }, pass: true },
    { name: 'disk counts ephemeral and swap', filter: DiskFilter, host: { local_gb_used: 86 }, flavor: { disk_gb: 10, ephemeral_gb: 4, swap_mb: 1024 }, pass: false },
    { name: 'disk fits exactly', filter: DiskFilter, host: { local_gb_used: 90 }, pass: true },
    { name: 'cores within ratio', filter: CoreFilter, host: { vcpus_used: 7, cpu_allocation_ratio: 2 }, pass: true },
    { name: 'cores over ratio', filter: CoreFilter, host: { vcpus_used: 8, cpu_allocation_ratio: 2 }, pass: false },
    { name: 'more vcpus than the host has', filter: CoreFilter, host: { cpu_allocation_ratio: 16 }, flavor: { vcpus: 8 }, pass: false },
    { name: 'compute up', filter: ComputeFilter, host: {}, pass: true },
    { name: 'compute down', filter: ComputeFilter, host: { report_time_ms: NOW - 61_000 }, pass: false },
    { name: 'compute disabled', filter: ComputeFilter, host: { enabled: false }, pass: false },
    { name: 'zone any', filter: AvailabilityZoneFilter, host: { availability_zone: 'az2' }, pass: true },
    { name: 'zone match', filter: AvailabilityZoneFilter, host: { availability_zone: 'az2' }, spec: { availability_zone: 'az2' }, pass: true },
    { name: 'zone mismatch', filter: AvailabilityZoneFilter, host: { availability_zone: 'az1' }, spec: { availability_zone: 'az2' }, pass: false },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const reason = c.filter.filter(hostStateFromReport(report('h', c.host)), spec(flavor(c.flavor), c.spec), ctx);
      assert.equal(reason === undefined, c.pass, reason);
    });
  }
});

describe('FilterScheduler', () => {
  const config = { enabledFilters: ['ComputeFilter', 'RamFilter', 'DiskFilter', 'CoreFilter'], weighers: { RAMWeigher: 1 }, hostSubsetSize: 1, alternates: 2, serviceDownTimeMs: 60_000 };

  test('spreads by free RAM and consumes between instances of one request', () => {
    const cache = new HostStateCache();
    cache.update(report('a', { memory_mb_used: 1024 }));
    cache.update(report('b'));
    cache.update(report('c', { memory_mb_used: 2048 }));
    const sel = new FilterScheduler(config).select(cache, spec(flavor()), ['i1', 'i2', 'i3'], NOW);
    assert.deepEqual(sel.map((s) => s.host), ['b', 'a', 'b']);
    assert.deepEqual(sel[0]!.alternates, ['a', 'c']);
    assert.equal(cache.all().find((h) => h.host === 'b')!.memoryMbUsed, 2048);
  });

  test('a negative multiplier stacks (fill first)', () => {
    const cache = new HostStateCache();
    cache.update(report('a', { memory_mb_used: 1024 }));
    cache.update(report('b'));
    const sel = new FilterScheduler({ ...config, weighers: { RAMWeigher: -1 } }).select(cache, spec(flavor()), ['i1', 'i2'], NOW);
    assert.deepEqual(sel.map((s) => s.host), ['a', 'a']);
  });

  test('no valid host names how many hosts each filter removed, and rolls back', () => {
    const cache = new HostStateCache();
    cache.update(report('a'));
    cache.update(report('b', { enabled: false }));
    const scheduler = new FilterScheduler(config);
    assert.throws(
      () => scheduler.select(cache, spec(flavor({ ram_mb: 3000 })), ['i1', 'i2'], NOW),
      (err: unknown) => {
        assert.ok(err instanceof NoValidHostError);
        assert.equal(err.reason, 'NO_VALID_HOST');
        assert.match(err.message, /instance 2 of 2/);
        assert.match(err.message, /ComputeFilter: removed 1, RamFilter: removed 1/);
        return true;
      },
    );
    assert.equal(cache.all().find((h) => h.host === 'a')!.memoryMbUsed, 0, 'the first placement was given back');
  });

  test('ignore_hosts are never chosen', () => {
    const cache = new HostStateCache();
    cache.update(report('a'));
    cache.update(report('b', { memory_mb_used: 2000 }));
    const sel = new FilterScheduler(config).select(cache, spec(flavor(), { ignore_hosts: ['a'] }), ['i1'], NOW);
    assert.equal(sel[0]!.host, 'b');
  });

  test('an older report does not replace a newer one', () => {
    const cache = new HostStateCache();
    cache.update(report('a', { generation: 5, memory_mb_used: 100 }));
    cache.update(report('a', { generation: 4, memory_mb_used: 900 }));
    assert.equal(cache.all()[0]!.memoryMbUsed, 100);
  });

  test('unknown plugin names fail the start', () => {
    assert.throws(() => new FilterScheduler({ ...config, enabledFilters: ['NopeFilter'] }), UnknownPluginError);
    assert.throws(() => new FilterScheduler({ ...config, weighers: { NopeWeigher: 1 } }), /unknown scheduler weigher "NopeWeigher"/);
  });
});
