// The scheduler's in-memory view of every host, fed by the hosts' reports
// (kumo.v1.evt.host.*), by the aggregates on the state log, and by the
// scheduler's own placements (Nova's consume_from_request), so the second
// instance of a multi-create sees what the first one took.
import type { Aggregate__Output, Flavor__Output, HostReport__Output } from '../gen/types.js';

/** An aggregate as the scheduler uses it. */
export interface AggregateInfo {
  readonly id: string;
  readonly name: string;
  readonly hosts: ReadonlySet<string>;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface SupportedInstance {
  readonly architecture: string;
  readonly hypervisorType: string;
  readonly vmMode: string;
}

export interface HostState {
  readonly host: string;
  hypervisorHostname: string;
  hypervisorType: string;
  hypervisorVersion: number;
  /** The zone the host reports; see `availabilityZone()` for the effective one. */
  reportedZone: string;
  vcpus: number;
  vcpusUsed: number;
  memoryMb: number;
  memoryMbUsed: number;
  localGb: number;
  localGbUsed: number;
  runningVms: number;
  ioOps: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
  enabled: boolean;
  reportTimeMs: number;
  generation: number;
  hostIp: string;
  failedBuilds: number;
  capabilities: Record<string, string>;
  supportedInstances: SupportedInstance[];
  metrics: Record<string, number>;
  projectInstances: Record<string, number>;
  /** Aggregates the host is in (shared objects, replaced when an aggregate changes). */
  aggregates: AggregateInfo[];
}

export function hostStateFromReport(r: HostReport__Output, aggregates: AggregateInfo[] = []): HostState {
  return {
    host: r.host,
    hypervisorHostname: r.hypervisor_hostname,
    hypervisorType: r.hypervisor_type,
    hypervisorVersion: r.hypervisor_version,
    reportedZone: r.availability_zone,
    vcpus: r.vcpus,
    vcpusUsed: r.vcpus_used,
    memoryMb: r.memory_mb,
    memoryMbUsed: r.memory_mb_used,
    localGb: r.local_gb,
    localGbUsed: r.local_gb_used,
    runningVms: r.running_vms,
    ioOps: r.io_ops,
    cpuAllocationRatio: r.cpu_allocation_ratio,
    ramAllocationRatio: r.ram_allocation_ratio,
    diskAllocationRatio: r.disk_allocation_ratio,
    enabled: r.enabled,
    reportTimeMs: r.report_time_ms,
    generation: r.generation,
    hostIp: r.host_ip,
    failedBuilds: r.failed_builds,
    capabilities: { ...r.capabilities },
    supportedInstances: r.supported_instances.map((s) => ({ architecture: s.architecture, hypervisorType: s.hypervisor_type, vmMode: s.vm_mode })),
    metrics: { ...r.metrics },
    projectInstances: { ...r.project_instances },
    aggregates,
  };
}

/** Disk a flavor takes on a host, in GiB (root + ephemeral + swap rounded up). */
export function flavorDiskGb(f: Flavor__Output): number {
  return f.disk_gb + f.ephemeral_gb + Math.ceil(f.swap_mb / 1024);
}

/** Every value of `key` in the metadata of the host's aggregates. */
export function aggregateValues(host: HostState, key: string): string[] {
  const out: string[] = [];
  for (const a of host.aggregates) {
    const v = a.metadata[key];
    if (v !== undefined) out.push(v);
  }
  return out;
}

/**
 * The smallest numeric value of `key` over the host's aggregates, or
 * `fallback` when none sets it (Nova's validate_num_values with min).
 */
export function aggregateMin(host: HostState, key: string, fallback: number): number {
  let min = Infinity;
  for (const a of host.aggregates) {
    const v = a.metadata[key];
    if (v === undefined) continue;
    const n = Number(v);
    if (Number.isFinite(n) && n < min) min = n;
  }
  return min === Infinity ? fallback : min;
}

/** The host's zone: its aggregate's availability_zone, else what it reports, else the default. */
export function availabilityZone(host: HostState, defaultZone: string): string {
  for (const a of host.aggregates) {
    const z = a.metadata['availability_zone'];
    if (z) return z;
  }
  return host.reportedZone || defaultZone;
}

/** Resources with per-aggregate allocation ratios applied. */
export function cpuRatio(host: HostState): number {
  return aggregateMin(host, 'cpu_allocation_ratio', host.cpuAllocationRatio);
}
export function ramRatio(host: HostState): number {
  return aggregateMin(host, 'ram_allocation_ratio', host.ramAllocationRatio);
}
export function diskRatio(host: HostState): number {
  return aggregateMin(host, 'disk_allocation_ratio', host.diskAllocationRatio);
}
export function freeRamMb(host: HostState): number {
  return host.memoryMb - host.memoryMbUsed;
}
export function freeDiskMb(host: HostState): number {
  return (host.localGb - host.localGbUsed) * 1024;
}

export class HostStateCache {
  private readonly hosts = new Map<string, HostState>();
  private list: HostState[] | undefined;
  private aggregatesById = new Map<string, AggregateInfo>();
  private aggregatesByHost = new Map<string, AggregateInfo[]>();

  /** Applies a host report unless it is older than what the cache holds. */
  update(report: HostReport__Output): void {
    const known = this.hosts.get(report.host);
    if (known && report.generation < known.generation) return;
    if (known && report.generation === known.generation) {
      // Same claims: refresh liveness and soft state only, keep local consumption.
      known.reportTimeMs = Math.max(known.reportTimeMs, report.report_time_ms);
      known.enabled = report.enabled;
      known.ioOps = report.io_ops;
      known.failedBuilds = report.failed_builds;
      known.metrics = { ...report.metrics };
      return;
    }
    this.hosts.set(report.host, hostStateFromReport(report, this.aggregatesByHost.get(report.host) ?? []));
    if (!known) this.list = undefined;
  }

  /** Replaces (or, with undefined, removes) an aggregate and re-links its hosts. */
  setAggregate(id: string, aggregate: Aggregate__Output | undefined): void {
    if (aggregate) {
      this.aggregatesById.set(id, { id, name: aggregate.name, hosts: new Set(aggregate.hosts), metadata: { ...aggregate.metadata } });
    } else {
      this.aggregatesById.delete(id);
    }
    this.aggregatesByHost = new Map();
    for (const a of this.aggregatesById.values()) {
      for (const h of a.hosts) {
        const list = this.aggregatesByHost.get(h);
        if (list) list.push(a);
        else this.aggregatesByHost.set(h, [a]);
      }
    }
    for (const h of this.hosts.values()) h.aggregates = this.aggregatesByHost.get(h.host) ?? [];
  }

  aggregates(): AggregateInfo[] {
    return [...this.aggregatesById.values()];
  }

  /** Every host; the array is cached until the host set changes (do not mutate it). */
  all(): readonly HostState[] {
    return (this.list ??= [...this.hosts.values()]);
  }

  get(host: string): HostState | undefined {
    return this.hosts.get(host);
  }

  get size(): number {
    return this.hosts.size;
  }

  /** Takes the flavor's resources from the host's free view. */
  consume(host: HostState, flavor: Flavor__Output, projectId: string): void {
    host.vcpusUsed += flavor.vcpus;
    host.memoryMbUsed += flavor.ram_mb;
    host.localGbUsed += flavorDiskGb(flavor);
    host.runningVms += 1;
    host.ioOps += 1;
    host.projectInstances[projectId] = (host.projectInstances[projectId] ?? 0) + 1;
  }

  /** Gives back what `consume` took (a request that failed part-way). */
  release(host: HostState, flavor: Flavor__Output, projectId: string): void {
    host.vcpusUsed -= flavor.vcpus;
    host.memoryMbUsed -= flavor.ram_mb;
    host.localGbUsed -= flavorDiskGb(flavor);
    host.runningVms -= 1;
    host.ioOps -= 1;
    host.projectInstances[projectId] = (host.projectInstances[projectId] ?? 1) - 1;
  }
}
