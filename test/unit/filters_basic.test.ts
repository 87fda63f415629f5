// Table tests for the resource, liveness, zone, group, hint and limit filters.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emptyHints } from '../../pkg/conductor/request_spec.js';
import type { RequestSpec__Output } from '../../pkg/gen/types.js';
import type { SchedulerConfig } from '../../pkg/scheduler/config.js';
import { FILTERS } from '../../pkg/scheduler/filters/registry.js';
import { HostStateCache, type HostState } from '../../pkg/scheduler/host_state.js';
import { aggregate, flavor, host, NOW, report, request, spec } from '../support/scheduler.js';

interface Row {
  name: string;
  filter: string;
  host: HostState;
  spec?: Partial<RequestSpec__Output>;
  config?: Partial<SchedulerConfig>;
  /** undefined: the filter has nothing to check for this request. */
  want: 'pass' | 'reject' | 'skip';
}

const group = (policy: 'SERVER_GROUP_POLICY_AFFINITY' | 'SERVER_GROUP_POLICY_ANTI_AFFINITY', member_hosts: string[], max = 1) => ({ id: 'g', policy, max_server_per_host: max, member_hosts });

const rows: Row[] = [
  { name: 'all hosts: nothing to check', filter: 'AllHostsFilter', host: host('h'), want: 'skip' },
  { name: 'compute: up and enabled', filter: 'ComputeFilter', host: host('h'), want: 'pass' },
  { name: 'compute: last report arrived longer than service_down_time ago', filter: 'ComputeFilter', host: host('h', {}, [], NOW - 60_001), want: 'reject' },
  { name: 'compute: last report arrived exactly service_down_time ago', filter: 'ComputeFilter', host: host('h', {}, [], NOW - 60_000), want: 'pass' },
  { name: 'compute: host clock far behind, report just arrived', filter: 'ComputeFilter', host: host('h', { report_time_ms: NOW - 86_400_000 }), want: 'pass' },
  { name: 'compute: host clock far ahead, no report for long', filter: 'ComputeFilter', host: host('h', { report_time_ms: NOW + 86_400_000 }, [], NOW - 61_000), want: 'reject' },
  { name: 'compute: disabled by its report', filter: 'ComputeFilter', host: host('h', { enabled: false }), want: 'reject' },
  { name: 'compute: disabled by an admin', filter: 'ComputeFilter', host: host('h', {}, [], NOW, { disabled: true, disabledReason: 'maintenance', forcedDown: false }), want: 'reject' },
  { name: 'compute: forced down by an admin, heartbeats fresh', filter: 'ComputeFilter', host: host('h', {}, [], NOW, { disabled: false, disabledReason: '', forcedDown: true }), want: 'reject' },
  { name: 'compute: an admin record that changes nothing', filter: 'ComputeFilter', host: host('h', {}, [], NOW, { disabled: false, disabledReason: '', forcedDown: false }), want: 'pass' },
  { name: 'zone: none asked', filter: 'AvailabilityZoneFilter', host: host('h'), want: 'skip' },
  { name: 'zone: reported zone matches', filter: 'AvailabilityZoneFilter', host: host('h', { availability_zone: 'az1' }), spec: { availability_zone: 'az1' }, want: 'pass' },
  { name: 'zone: aggregate zone wins over the reported one', filter: 'AvailabilityZoneFilter', host: host('h', { availability_zone: 'nova' }, [aggregate('a', { availability_zone: 'az2' })]), spec: { availability_zone: 'az2' }, want: 'pass' },
  { name: 'zone: other zone', filter: 'AvailabilityZoneFilter', host: host('h', { availability_zone: 'az1' }), spec: { availability_zone: 'az2' }, want: 'reject' },
  { name: 'ram: fits', filter: 'RamFilter', host: host('h', { memory_mb_used: 3072 }), want: 'pass' },
  { name: 'ram: full', filter: 'RamFilter', host: host('h', { memory_mb_used: 3500 }), want: 'reject' },
  { name: 'ram: host ratio lets it fit', filter: 'RamFilter', host: host('h', { memory_mb_used: 3500, ram_allocation_ratio: 1.5 }), want: 'pass' },
  { name: 'ram: aggregate ratio overrides', filter: 'RamFilter', host: host('h', { memory_mb_used: 3500, ram_allocation_ratio: 1.5 }, [aggregate('a', { ram_allocation_ratio: '1.0' })]), want: 'reject' },
  { name: 'disk: root+ephemeral+swap fits exactly', filter: 'DiskFilter', host: host('h', { local_gb_used: 85 }), spec: { flavor: flavor({ disk_gb: 10, ephemeral_gb: 4, swap_mb: 1024 }) }, want: 'pass' },
  { name: 'disk: one GB short', filter: 'DiskFilter', host: host('h', { local_gb_used: 86 }), spec: { flavor: flavor({ disk_gb: 10, ephemeral_gb: 4, swap_mb: 1024 }) }, want: 'reject' },
  { name: 'disk: aggregate ratio overrides', filter: 'DiskFilter', host: host('h', { local_gb_used: 95 }, [aggregate('a', { disk_allocation_ratio: '2' })]), want: 'pass' },
  { name: 'core: within ratio', filter: 'CoreFilter', host: host('h', { vcpus_used: 7, cpu_allocation_ratio: 2 }), want: 'pass' },
  { name: 'core: over ratio', filter: 'CoreFilter', host: host('h', { vcpus_used: 8, cpu_allocation_ratio: 2 }), want: 'reject' },
  { name: 'core: aggregate ratio overrides', filter: 'CoreFilter', host: host('h', { vcpus_used: 8, cpu_allocation_ratio: 2 }, [aggregate('a', { cpu_allocation_ratio: '4' })]), want: 'pass' },
  { name: 'core: more vCPUs than physical', filter: 'CoreFilter', host: host('h', { cpu_allocation_ratio: 16 }), spec: { flavor: flavor({ vcpus: 8 }) }, want: 'reject' },
  { name: 'affinity: no group', filter: 'ServerGroupAffinityFilter', host: host('h'), want: 'skip' },
  { name: 'affinity: first member anywhere', filter: 'ServerGroupAffinityFilter', host: host('h'), spec: { group: group('SERVER_GROUP_POLICY_AFFINITY', []) }, want: 'skip' },
  { name: 'affinity: the members host', filter: 'ServerGroupAffinityFilter', host: host('h'), spec: { group: group('SERVER_GROUP_POLICY_AFFINITY', ['h']) }, want: 'pass' },
  { name: 'affinity: another host', filter: 'ServerGroupAffinityFilter', host: host('x'), spec: { group: group('SERVER_GROUP_POLICY_AFFINITY', ['h']) }, want: 'reject' },
  { name: 'anti-affinity: empty host', filter: 'ServerGroupAntiAffinityFilter', host: host('x'), spec: { group: group('SERVER_GROUP_POLICY_ANTI_AFFINITY', ['h']) }, want: 'pass' },
  { name: 'anti-affinity: a member is there', filter: 'ServerGroupAntiAffinityFilter', host: host('h'), spec: { group: group('SERVER_GROUP_POLICY_ANTI_AFFINITY', ['h']) }, want: 'reject' },
  { name: 'anti-affinity: max_server_per_host 2 allows a second', filter: 'ServerGroupAntiAffinityFilter', host: host('h'), spec: { group: group('SERVER_GROUP_POLICY_ANTI_AFFINITY', ['h'], 2) }, want: 'pass' },
  { name: 'anti-affinity: max_server_per_host 2 reached', filter: 'ServerGroupAntiAffinityFilter', host: host('h'), spec: { group: group('SERVER_GROUP_POLICY_ANTI_AFFINITY', ['h', 'h'], 2) }, want: 'reject' },
  { name: 'same host: no hint', filter: 'SameHostFilter', host: host('h'), want: 'skip' },
  { name: 'same host: the named servers host', filter: 'SameHostFilter', host: host('h'), spec: { scheduler_hints: { ...emptyHints(), same_host: ['s1'] }, same_host_hosts: ['h'] }, want: 'pass' },
  { name: 'same host: another host', filter: 'SameHostFilter', host: host('x'), spec: { scheduler_hints: { ...emptyHints(), same_host: ['s1'] }, same_host_hosts: ['h'] }, want: 'reject' },
  { name: 'different host: no hint', filter: 'DifferentHostFilter', host: host('h'), want: 'skip' },
  { name: 'different host: away from them', filter: 'DifferentHostFilter', host: host('x'), spec: { different_host_hosts: ['h'] }, want: 'pass' },
  { name: 'different host: their host', filter: 'DifferentHostFilter', host: host('h'), spec: { different_host_hosts: ['h'] }, want: 'reject' },
  { name: 'retry: nothing tried', filter: 'RetryFilter', host: host('h'), want: 'skip' },
  { name: 'retry: tried', filter: 'RetryFilter', host: host('h'), spec: { tried_hosts: ['h'] }, want: 'reject' },
  { name: 'retry: not tried', filter: 'RetryFilter', host: host('x'), spec: { tried_hosts: ['h'] }, want: 'pass' },
  { name: 'num instances: below the limit', filter: 'NumInstancesFilter', host: host('h', { running_vms: 49 }), want: 'pass' },
  { name: 'num instances: at the limit', filter: 'NumInstancesFilter', host: host('h', { running_vms: 50 }), want: 'reject' },
  { name: 'aggregate num instances: aggregate limit', filter: 'AggregateNumInstancesFilter', host: host('h', { running_vms: 5 }, [aggregate('a', { max_instances_per_host: '5' })]), want: 'reject' },
  { name: 'aggregate num instances: config limit without metadata', filter: 'AggregateNumInstancesFilter', host: host('h', { running_vms: 5 }), want: 'pass' },
  { name: 'io ops: below the limit', filter: 'IoOpsFilter', host: host('h', { io_ops: 7 }), want: 'pass' },
  { name: 'io ops: at the limit', filter: 'IoOpsFilter', host: host('h', { io_ops: 8 }), want: 'reject' },
  { name: 'aggregate io ops: smallest aggregate limit', filter: 'AggregateIoOpsFilter', host: host('h', { io_ops: 3 }, [aggregate('a', { max_io_ops_per_host: '9' }), aggregate('b', { max_io_ops_per_host: '3' })]), want: 'reject' },
  { name: 'isolated: plain image on plain host', filter: 'IsolatedHostsFilter', host: host('h'), config: { isolatedHosts: ['iso'], isolatedImages: ['img-iso'] }, spec: { image: null }, want: 'pass' },
  { name: 'isolated: plain image on isolated host (restricted)', filter: 'IsolatedHostsFilter', host: host('iso'), config: { isolatedHosts: ['iso'], isolatedImages: ['img-iso'] }, want: 'reject' },
  { name: 'isolated: plain image on isolated host (unrestricted)', filter: 'IsolatedHostsFilter', host: host('iso'), config: { isolatedHosts: ['iso'], isolatedImages: ['img-iso'], restrictIsolatedHostsToIsolatedImages: false }, want: 'pass' },
  { name: 'isolated: nothing isolated', filter: 'IsolatedHostsFilter', host: host('h'), want: 'skip' },
  { name: 'tenancy: unrestricted host', filter: 'AggregateMultiTenancyIsolation', host: host('h'), want: 'pass' },
  { name: 'tenancy: the project is listed', filter: 'AggregateMultiTenancyIsolation', host: host('h', {}, [aggregate('a', { filter_tenant_id: 'q,p' })]), want: 'pass' },
  { name: 'tenancy: listed under a second key', filter: 'AggregateMultiTenancyIsolation', host: host('h', {}, [aggregate('a', { filter_tenant_id: 'q', filter_tenant_id2: 'p' })]), want: 'pass' },
  { name: 'tenancy: reserved for others', filter: 'AggregateMultiTenancyIsolation', host: host('h', {}, [aggregate('a', { filter_tenant_id: 'q' })]), want: 'reject' },
  { name: 'type affinity: no instance_type', filter: 'AggregateTypeAffinityFilter', host: host('h'), want: 'pass' },
  { name: 'type affinity: flavor listed', filter: 'AggregateTypeAffinityFilter', host: host('h', {}, [aggregate('a', { instance_type: 'm1.big, m1.test' })]), want: 'pass' },
  { name: 'type affinity: flavor not listed', filter: 'AggregateTypeAffinityFilter', host: host('h', {}, [aggregate('a', { instance_type: 'm1.big' })]), want: 'reject' },
  { name: 'metrics: none weighed', filter: 'MetricsFilter', host: host('h'), want: 'skip' },
  { name: 'metrics: reported', filter: 'MetricsFilter', host: host('h', { metrics: { 'cpu.percent': 3 } }), config: { metricsWeightSetting: [{ name: 'cpu.percent', ratio: -1 }] }, want: 'pass' },
  { name: 'metrics: missing', filter: 'MetricsFilter', host: host('h'), config: { metricsWeightSetting: [{ name: 'cpu.percent', ratio: -1 }] }, want: 'reject' },
];

describe('filters', () => {
  for (const row of rows) {
    test(`${row.filter}: ${row.name}`, () => {
      const filter = FILTERS.get(row.filter);
      assert.ok(filter, `${row.filter} is registered`);
      const check = filter.prepare(request(spec(row.spec), row.config));
      if (row.want === 'skip') return assert.equal(check, undefined);
      assert.ok(check, 'the filter has something to check');
      const reason = check(row.host);
      if (row.want === 'pass') assert.equal(reason, undefined);
      else assert.equal(typeof reason, 'string');
    });
  }
});

describe('ComputeFilter reasons', () => {
  const rec = (disabled: boolean, disabledReason: string, forcedDown: boolean) => ({ disabled, disabledReason, forcedDown });
  const cases: Array<[string, HostState, string | undefined]> = [
    ['up and enabled', host('ok'), undefined],
    ['disabled with a reason', host('d1', {}, [], NOW, rec(true, 'maintenance', false)), 'service disabled: maintenance'],
    ['disabled without one', host('d2', {}, [], NOW, rec(true, '', false)), 'service disabled'],
    ['disabled and forced down: disabled is named first', host('d3', {}, [], NOW, rec(true, 'rack', true)), 'service disabled: rack'],
    ['forced down', host('f', {}, [], NOW, rec(false, '', true)), 'service forced down'],
    ['silent', host('s', {}, [], NOW - 60_001), 'service down'],
    ['report says disabled', host('r', { enabled: false }), 'service disabled'],
  ];
  const filter = FILTERS.get('ComputeFilter')!;

  for (const [name, h, want] of cases) {
    test(name, () => assert.equal(filter.prepare(request())!(h), want));
  }

  test('the batch form gives the same reasons, on the cache clock', () => {
    let t = NOW - 60_001;
    const c = new HostStateCache(() => t);
    c.update(report('s'));
    t = NOW;
    c.setService('d1', rec(true, 'maintenance', false)); // before the host reports
    c.update(report('d1'));
    c.update(report('ok'));
    c.update(report('f'));
    c.setService('f', rec(false, '', true));
    c.update(report('d3'));
    c.setService('d3', rec(true, 'rack', true));
    const slots = Int32Array.from({ length: c.size }, (_, s) => s);
    const rejected: Array<[string, string]> = [];
    const n = filter.prepareBatch!(request())!(c.table, slots, slots.length, { reject: (s, reason) => rejected.push([c.table.names[s]!, reason]) });
    assert.deepEqual([...slots.subarray(0, n)].map((s) => c.table.names[s]), ['ok']);
    assert.deepEqual(rejected, [
      ['s', 'service down'],
      ['d1', 'service disabled: maintenance'],
      ['f', 'service forced down'],
      ['d3', 'service disabled: rack'],
    ]);
    // Enabling and un-forcing brings them back; a fresh report brings back the silent one.
    c.setService('d1', undefined);
    c.setService('f', rec(false, '', false));
    c.update(report('s', { generation: 2 }));
    const again = Int32Array.from({ length: c.size }, (_, s) => s);
    const kept = filter.prepareBatch!(request())!(c.table, again, again.length, { reject: () => undefined });
    assert.deepEqual([...again.subarray(0, kept)].map((s) => c.table.names[s]).sort(), ['d1', 'f', 'ok', 's']);
  });
});
