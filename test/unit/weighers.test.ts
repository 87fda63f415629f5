// Table tests for the weighers' raw values (the pipeline normalises them).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestSpec__Output } from '../../pkg/gen/types.js';
import type { SchedulerConfig } from '../../pkg/scheduler/config.js';
import type { HostState } from '../../pkg/scheduler/host_state.js';
import { WEIGHERS } from '../../pkg/scheduler/weighers/registry.js';
import { aggregate, host, request, spec } from '../support/scheduler.js';

interface Row {
  weigher: string;
  name: string;
  host: HostState;
  spec?: Partial<RequestSpec__Output>;
  config?: Partial<SchedulerConfig>;
  /** undefined: the weigher does not apply to this request. */
  want: number | undefined;
}

const soft = (policy: 'SERVER_GROUP_POLICY_SOFT_AFFINITY' | 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY') => ({ id: 'g', policy, max_server_per_host: 1, member_hosts: ['h', 'h', 'x'] });

const rows: Row[] = [
  { weigher: 'RAMWeigher', name: 'free RAM in MB', host: host('h', { memory_mb: 4096, memory_mb_used: 1000 }), want: 3096 },
  { weigher: 'CPUWeigher', name: 'free vCPUs under the ratio', host: host('h', { vcpus: 4, vcpus_used: 3, cpu_allocation_ratio: 2 }), want: 5 },
  { weigher: 'CPUWeigher', name: 'aggregate ratio applies', host: host('h', { vcpus: 4, vcpus_used: 3, cpu_allocation_ratio: 2 }, [aggregate('a', { cpu_allocation_ratio: '1' })]), want: 1 },
  { weigher: 'DiskWeigher', name: 'free disk in MB', host: host('h', { local_gb: 100, local_gb_used: 40 }), want: 60 * 1024 },
  { weigher: 'IoOpsWeigher', name: 'I/O-heavy tasks', host: host('h', { io_ops: 3 }), want: 3 },
  { weigher: 'NumInstancesWeigher', name: 'instances', host: host('h', { running_vms: 7 }), want: 7 },
  { weigher: 'BuildFailureWeigher', name: 'failed builds count against the host', host: host('h', { failed_builds: 2 }), want: -2 },
  { weigher: 'ServerGroupSoftAffinityWeigher', name: 'no soft-affinity group', host: host('h'), want: undefined },
  { weigher: 'ServerGroupSoftAffinityWeigher', name: 'members on the host', host: host('h'), spec: { group: soft('SERVER_GROUP_POLICY_SOFT_AFFINITY') }, want: 2 },
  { weigher: 'ServerGroupSoftAntiAffinityWeigher', name: 'members count against the host', host: host('h'), spec: { group: soft('SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY') }, want: -2 },
  { weigher: 'ServerGroupSoftAntiAffinityWeigher', name: 'an empty host', host: host('y'), spec: { group: soft('SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY') }, want: -0 },
  { weigher: 'MetricsWeigher', name: 'no metrics weighed', host: host('h'), want: undefined },
  { weigher: 'MetricsWeigher', name: 'weighted sum of metrics', host: host('h', { metrics: { 'cpu.percent': 40, 'mem.free': 10 } }), config: { metricsWeightSetting: [{ name: 'cpu.percent', ratio: -1 }, { name: 'mem.free', ratio: 2 }] }, want: -20 },
];

for (const row of rows) {
  test(`${row.weigher}: ${row.name}`, () => {
    const w = WEIGHERS.get(row.weigher);
    assert.ok(w, `${row.weigher} is registered`);
    const weight = w.prepare(request(spec(row.spec), row.config));
    if (row.want === undefined) return assert.equal(weight, undefined);
    assert.ok(weight);
    assert.equal(weight(row.host), row.want);
  });
}

test('every weigher has an aggregate multiplier key and a default multiplier', () => {
  for (const w of WEIGHERS.values()) {
    assert.match(w.multiplierKey, /_weight_multiplier$/);
    assert.equal(typeof w.defaultMultiplier, 'number');
  }
});
