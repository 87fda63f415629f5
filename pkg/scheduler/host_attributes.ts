// The host state variables users can name: unscoped flavor extra specs and
// `capabilities:` ones (ComputeCapabilitiesFilter) and `$variables` of the
// JsonFilter query hint. Names follow Nova's HostState attributes so
// flavors and hints written for Nova keep working.
import { availabilityZone, freeDiskMb, freeRamMb, type HostState } from './host_state.js';

export type HostAttributeValue = string | number | boolean;

// A Map, not an object literal, so names like "constructor" find nothing.
const ATTRIBUTES: ReadonlyMap<string, (h: HostState) => HostAttributeValue> = new Map<string, (h: HostState) => HostAttributeValue>([
  ['host', (h) => h.host],
  ['nodename', (h) => h.hypervisorHostname],
  ['hypervisor_hostname', (h) => h.hypervisorHostname],
  ['hypervisor_type', (h) => h.hypervisorType],
  ['hypervisor_version', (h) => h.hypervisorVersion],
  ['host_ip', (h) => h.hostIp],
  // The zone of the host as the AvailabilityZoneFilter sees it; 'nova' is Nova's default zone name.
  ['availability_zone', (h) => availabilityZone(h, 'nova')],
  ['free_ram_mb', (h) => freeRamMb(h)],
  ['free_disk_mb', (h) => freeDiskMb(h)],
  ['total_usable_ram_mb', (h) => h.memoryMb],
  ['total_usable_disk_gb', (h) => h.localGb],
  ['disk_mb_used', (h) => h.localGbUsed * 1024],
  ['vcpus_total', (h) => h.vcpus],
  ['vcpus_used', (h) => h.vcpusUsed],
  ['num_instances', (h) => h.runningVms],
  ['num_io_ops', (h) => h.ioOps],
  ['cpu_allocation_ratio', (h) => h.cpuAllocationRatio],
  ['ram_allocation_ratio', (h) => h.ramAllocationRatio],
  ['disk_allocation_ratio', (h) => h.diskAllocationRatio],
  ['failed_builds', (h) => h.failedBuilds],
]);

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The value of a host state variable, or undefined when the host has none:
 * a Nova HostState name (free_ram_mb, vcpus_total, ...), `capabilities.<key>`,
 * `metrics.<name>` (names may contain dots, e.g. metrics.cpu.percent), or
 * any key the host reports in its capabilities (e.g. cpu_info:arch).
 */
export function hostAttribute(host: HostState, path: string): HostAttributeValue | undefined {
  const known = ATTRIBUTES.get(path);
  if (known) return known(host);
  const dot = path.indexOf('.');
  if (dot > 0) {
    const head = path.slice(0, dot);
    const rest = path.slice(dot + 1);
    if (head === 'capabilities') return own(host.capabilities, rest);
    if (head === 'metrics') return own(host.metrics, rest);
  }
  return own(host.capabilities, path);
}
