// The scheduler's in-memory view of every host, fed by the hosts' reports
// and by the scheduler's own placements (Nova's consume_from_request), so the
// second instance of a multi-create sees what the first one took.
import type { HostReport__Output, Flavor__Output } from '../gen/types.js';

export interface HostState {
  readonly host: string;
  hypervisorHostname: string;
  hypervisorType: string;
  availabilityZone: string;
  vcpus: number;
  vcpusUsed: number;
  memoryMb: number;
  memoryMbUsed: number;
  localGb: number;
  localGbUsed: number;
  runningVms: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
  enabled: boolean;
  reportTimeMs: number;
  generation: number;
  capabilities: Record<string, string>;
}

export function hostStateFromReport(r: HostReport__Output): HostState {
  return {
    host: r.host,
    hypervisorHostname: r.hypervisor_hostname,
    hypervisorType: r.hypervisor_type,
    availabilityZone: r.availability_zone,
    vcpus: r.vcpus,
    vcpusUsed: r.vcpus_used,
    memoryMb: r.memory_mb,
    memoryMbUsed: r.memory_mb_used,
    localGb: r.local_gb,
    localGbUsed: r.local_gb_used,
    runningVms: r.running_vms,
    cpuAllocationRatio: r.cpu_allocation_ratio,
    ramAllocationRatio: r.ram_allocation_ratio,
    diskAllocationRatio: r.disk_allocation_ratio,
    enabled: r.enabled,
    reportTimeMs: r.report_time_ms,
    generation: r.generation,
    capabilities: { ...r.capabilities },
  };
}

/** Disk a flavor takes on a host, in GiB (root + ephemeral + swap rounded up). */
export function flavorDiskGb(f: Flavor__Output): number {
  return f.disk_gb + f.ephemeral_gb + Math.ceil(f.swap_mb / 1024);
}

export class HostStateCache {
  private readonly hosts = new Map<string, HostState>();

  /** Applies a host report unless it is older than what the cache holds. */
  update(report: HostReport__Output): void {
    const known = this.hosts.get(report.host);
    if (known && report.generation < known.generation) return;
    if (known && report.generation === known.generation && report.report_time_ms <= known.reportTimeMs) {
      // Same claims: refresh liveness only, keep local consumption.
      known.reportTimeMs = report.report_time_ms;
      known.enabled = report.enabled;
      return;
    }
    this.hosts.set(report.host, hostStateFromReport(report));
  }

  all(): HostState[] {
    return [...this.hosts.values()];
  }

  get size(): number {
    return this.hosts.size;
  }

  /** Gives back what `consume` took (a request that failed part-way). */
  release(host: HostState, flavor: Flavor__Output): void {
    host.vcpusUsed -= flavor.vcpus;
    host.memoryMbUsed -= flavor.ram_mb;
    host.localGbUsed -= flavorDiskGb(flavor);
    host.runningVms -= 1;
  }

  /** Takes the flavor's resources from the host's free view. */
  consume(host: HostState, flavor: Flavor__Output): void {
    host.vcpusUsed += flavor.vcpus;
    host.memoryMbUsed += flavor.ram_mb;
    host.localGbUsed += flavorDiskGb(flavor);
    host.runningVms += 1;
  }
}
