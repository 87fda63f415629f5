// Builders for scheduler tests: host reports, flavors, specs and request contexts.
import { emptyHints } from '../../pkg/conductor/request_spec.js';
import type { Flavor__Output, HostReport__Output, RequestSpec__Output } from '../../pkg/gen/types.js';
import { defaultSchedulerConfig, type SchedulerConfig } from '../../pkg/scheduler/config.js';
import { hostStateFromReport, type AggregateInfo, type HostState, type ServiceInfo } from '../../pkg/scheduler/host_state.js';
import type { RequestContext } from '../../pkg/scheduler/plugin.js';

export const NOW = 1_000_000;

export function report(host: string, over: Partial<HostReport__Output> = {}): HostReport__Output {
  return {
    host, hypervisor_hostname: host, hypervisor_type: 'fake', availability_zone: 'nova',
    vcpus: 4, vcpus_used: 0, memory_mb: 4096, memory_mb_used: 0, local_gb: 100, local_gb_used: 0, running_vms: 0,
    cpu_allocation_ratio: 1, ram_allocation_ratio: 1, disk_allocation_ratio: 1, enabled: true,
    report_time_ms: NOW, generation: 1, capabilities: {}, io_ops: 0, host_ip: '10.0.0.1', hypervisor_version: 1000,
    supported_instances: [], metrics: {}, failed_builds: 0, project_instances: {}, boot_id: 'b1', ...over,
  };
}

/** A host heard at `heardAtMs` on the scheduler's clock (NOW: up for a request at NOW). */
export function host(name: string, over: Partial<HostReport__Output> = {}, aggregates: AggregateInfo[] = [], heardAtMs = NOW, service?: ServiceInfo): HostState {
  return hostStateFromReport(report(name, over), aggregates, heardAtMs, service);
}

export function aggregate(name: string, metadata: Record<string, string>, hosts: string[] = []): AggregateInfo {
  return { id: `agg-${name}`, name, hosts: new Set(hosts), metadata };
}

export function flavor(over: Partial<Flavor__Output> = {}): Flavor__Output {
  return { id: 'f', name: 'm1.test', vcpus: 1, ram_mb: 1024, disk_gb: 10, ephemeral_gb: 0, swap_mb: 0, is_public: true, extra_specs: {}, description: '', ...over };
}

export function spec(over: Partial<RequestSpec__Output> = {}): RequestSpec__Output {
  return {
    flavor: flavor(), image: null, availability_zone: '', project_id: 'p', scheduler_hints: emptyHints(), ignore_hosts: [], tried_hosts: [],
    group: null, same_host_hosts: [], different_host_hosts: [], force_host: '', ...over,
  };
}

export function config(over: Partial<SchedulerConfig> = {}): SchedulerConfig {
  return defaultSchedulerConfig(over);
}

export function request(s: RequestSpec__Output = spec(), over: Partial<SchedulerConfig> = {}): RequestContext {
  const groupHosts = new Map<string, number>();
  for (const h of s.group?.member_hosts ?? []) groupHosts.set(h, (groupHosts.get(h) ?? 0) + 1);
  return { spec: s, flavor: s.flavor!, image: s.image, nowMs: NOW, monotonicNowMs: NOW, config: config(over), placed: new Map(), groupHosts };
}
