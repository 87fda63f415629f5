// bench:scheduler — the in-process FilterScheduler with the default filters
// and weighers, every host evaluated (hostsToWeigh 0, unless
// --hosts-to-weigh N: then a decision filters from a rotating start until N
// hosts pass and weighs those, as kumo-scheduler does by default with 1,000),
// at 1,000 and 10,000 hosts. Prints decisions/s, µs per host in the cloud
// and scheduler memory per host (JS heap and typed arrays), one JSON line
// per host count.
//
//   npm run bench:scheduler [-- --hosts 1000,10000 --decisions 20000 --hosts-to-weigh 1000]
import { parseArgs } from 'node:util';
import { emptyHints } from '../../pkg/conductor/request_spec.js';
import type { HostReport__Output, RequestSpec__Output } from '../../pkg/gen/types.js';
import { defaultSchedulerConfig } from '../../pkg/scheduler/config.js';
import { FilterScheduler } from '../../pkg/scheduler/filter_scheduler.js';
import { DEFAULT_FILTERS } from '../../pkg/scheduler/filters/registry.js';
import { HostStateCache } from '../../pkg/scheduler/host_state.js';
import { DEFAULT_WEIGHERS } from '../../pkg/scheduler/weighers/registry.js';

const { values } = parseArgs({ options: { hosts: { type: 'string', default: '1000,10000' }, decisions: { type: 'string', default: '' }, 'hosts-to-weigh': { type: 'string', default: '0' } } });
const hostsToWeigh = Number(values['hosts-to-weigh']);

function hostReport(i: number): HostReport__Output {
  return {
    host: `host-${i}`,
    hypervisor_hostname: `host-${i}`,
    hypervisor_type: 'fake',
    availability_zone: i % 3 === 0 ? 'az1' : 'nova',
    vcpus: 64,
    vcpus_used: i % 17,
    memory_mb: 262144,
    memory_mb_used: (i * 7919) % 131072,
    local_gb: 2000,
    local_gb_used: i % 500,
    running_vms: i % 40,
    cpu_allocation_ratio: 16,
    ram_allocation_ratio: 1.5,
    disk_allocation_ratio: 1,
    enabled: i % 97 !== 0,
    report_time_ms: Date.now() + 3_600_000,
    generation: 1,
    capabilities: { hypervisor_type: 'fake', 'cpu_info:arch': 'x86_64' },
    io_ops: i % 5,
    host_ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    hypervisor_version: 1000,
    supported_instances: [{ architecture: 'x86_64', hypervisor_type: 'fake', vm_mode: 'hvm' }],
    metrics: {},
    failed_builds: i % 50 === 0 ? 1 : 0,
    project_instances: {},
    boot_id: 'bench',
  };
}

function spec(): RequestSpec__Output {
  return {
    flavor: { id: '1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1, ephemeral_gb: 0, swap_mb: 0, is_public: true, extra_specs: {}, description: '' },
    image: null,
    availability_zone: '',
    project_id: 'bench',
    scheduler_hints: emptyHints(),
    ignore_hosts: [],
    tried_hosts: [],
    group: null,
    same_host_hosts: [],
    different_host_hosts: [],
    force_host: '',
  };
}

// The cache keeps its numbers in typed arrays, whose memory is outside the
// JS heap (ArrayBuffers): count both. Freed ArrayBuffers are released after
// the collection that finds them, so collect and yield until the figure is
// settled (arrays the columns outgrew would otherwise count).
async function memory(): Promise<number> {
  let last = Infinity;
  for (let i = 0; i < 10; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
    const m = process.memoryUsage();
    const now = m.heapUsed + m.arrayBuffers;
    if (now === last) break;
    last = now;
  }
  return last;
}

for (const hosts of values.hosts!.split(',').map(Number)) {
  const before = await memory();
  const cache = new HostStateCache();
  for (let i = 0; i < hosts; i++) cache.update(hostReport(i));
  const bytesPerHost = Math.max(0, (await memory()) - before) / hosts;
  const scheduler = new FilterScheduler(defaultSchedulerConfig({ enabledFilters: DEFAULT_FILTERS, weighers: DEFAULT_WEIGHERS, hostsToWeigh }));
  const s = spec();
  const decisions = Number(values.decisions) || Math.max(2000, Math.round(20_000_000 / hosts));
  // Warm up the JIT, then measure; each decision consumes, like a real boot storm.
  for (let i = 0; i < 200; i++) scheduler.select(cache, s, ['w'], Date.now());
  const started = process.hrtime.bigint();
  for (let i = 0; i < decisions; i++) scheduler.select(cache, s, ['x'], Date.now());
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result = {
    bench: 'scheduler',
    hosts,
    decisions,
    filters: DEFAULT_FILTERS.length,
    weighers: Object.keys(DEFAULT_WEIGHERS).length,
    hosts_to_weigh: hostsToWeigh,
    decisions_per_s: Math.round(decisions / seconds),
    us_per_decision: Math.round((seconds / decisions) * 1e6 * 10) / 10,
    us_per_host: Math.round(((seconds / decisions) * 1e6 * 1000) / hosts) / 1000,
    bytes_per_host: Math.round(bytesPerHost),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
