// The scheduler's in-memory view of every host, fed by the hosts' reports
// (kumo.v1.evt.host.*), by the aggregates and compute service records on the
// state log, and by the scheduler's own placements (Nova's
// consume_from_request), so the second instance of a multi-create sees what
// the first one took.
//
// Time: whether a host is up, and how long a pick waits for the host's
// claim, are judged on this scheduler's own monotonic clock (the cache's
// `clock`, performance.now()): the time each report *arrived*. The
// report_time_ms a host writes is kept for display only, so a host with a
// skewed clock neither looks down nor keeps a stale pick alive.
//
// Every number of every host lives in typed-array columns (host_columns.ts)
// that the pipeline and the batch forms of plugins loop over; a HostState
// is a view over one slot of them, so per-host plugins see the same
// HostState interface as before.
import { flavorDiskGb } from '../lifecycle/flavor.js';
import type { Aggregate__Output, Flavor__Output, HostReport__Output } from '../gen/types.js';
import { HostColumns, SERVICE_DISABLED, SERVICE_FORCED_DOWN, SERVICE_REPORT_DISABLED } from './host_columns.js';

/** An aggregate as the scheduler uses it. */
export interface AggregateInfo {
  readonly id: string;
  readonly name: string;
  readonly hosts: ReadonlySet<string>;
  readonly metadata: Readonly<Record<string, string>>;
}

/** The admin's record of a compute service (UpdateComputeService), as the scheduler uses it. */
export interface ServiceInfo {
  readonly disabled: boolean;
  readonly disabledReason: string;
  readonly forcedDown: boolean;
}

/** A monotonic clock in milliseconds. */
export type Clock = () => number;

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
  /** Enabled as the host's own report says (the admin's switch is `serviceDisabled`). */
  enabled: boolean;
  /** The host's clock in its latest report; not compared with anything (clocks skew). */
  reportTimeMs: number;
  /** The scheduler's monotonic clock when the latest report arrived; up/down is judged on it. */
  heardAtMs: number;
  /** An admin disabled the service (UpdateComputeService), with `disabledReason`. */
  serviceDisabled: boolean;
  disabledReason: string;
  /** An admin forced the service down: down whatever its heartbeats say. */
  forcedDown: boolean;
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

/**
 * Shared by every host in no aggregate, so "unchanged" is a reference
 * compare; frozen, so a push throws rather than joins every such host.
 */
const NO_AGGREGATES = Object.freeze([]) as unknown as AggregateInfo[];

/**
 * A HostState over one slot of HostColumns: numbers in the columns, strings
 * and objects here. Setters keep the derived columns (limits, what is
 * allocatable and free, the zone) current.
 */
class HostView implements HostState {
  readonly host: string;
  hypervisorHostname = '';
  hypervisorType = '';
  hostIp = '';
  capabilities: Record<string, string> = {};
  supportedInstances: SupportedInstance[] = [];
  metrics: Record<string, number> = {};
  projectInstances: Record<string, number> = {};
  private zone = '';
  private aggregateList: AggregateInfo[] = NO_AGGREGATES;

  constructor(
    private readonly cols: HostColumns,
    readonly slot: number,
    r: HostReport__Output,
    aggregates: AggregateInfo[],
  ) {
    this.host = r.host;
    cols.views[slot] = this;
    this.assign(r, aggregates);
  }

  /** Takes everything from a report (a new host, or a newer generation). */
  assign(r: HostReport__Output, aggregates: AggregateInfo[]): void {
    const c = this.cols;
    const s = this.slot;
    this.hypervisorHostname = r.hypervisor_hostname;
    this.hypervisorType = r.hypervisor_type;
    c.hypervisorVersion[s] = r.hypervisor_version;
    this.zone = r.availability_zone;
    c.vcpus[s] = r.vcpus;
    c.vcpusUsed[s] = r.vcpus_used;
    c.memoryMb[s] = r.memory_mb;
    c.memoryMbUsed[s] = r.memory_mb_used;
    c.localGb[s] = r.local_gb;
    c.localGbUsed[s] = r.local_gb_used;
    c.runningVms[s] = r.running_vms;
    c.ioOps[s] = r.io_ops;
    c.cpuAllocationRatio[s] = r.cpu_allocation_ratio;
    c.ramAllocationRatio[s] = r.ram_allocation_ratio;
    c.diskAllocationRatio[s] = r.disk_allocation_ratio;
    this.enabled = r.enabled;
    c.reportTimeMs[s] = r.report_time_ms;
    c.generation[s] = r.generation;
    this.hostIp = r.host_ip;
    c.failedBuilds[s] = r.failed_builds;
    this.capabilities = { ...r.capabilities };
    this.supportedInstances = r.supported_instances.map((x) => ({ architecture: x.architecture, hypervisorType: x.hypervisor_type, vmMode: x.vm_mode }));
    this.metrics = { ...r.metrics };
    this.projectInstances = { ...r.project_instances };
    if (aggregates !== this.aggregateList) {
      this.aggregateList = aggregates;
      c.aggregatesVersion++;
    }
    this.deriveAll();
  }

  // After a change of totals, ratios, reported zone or aggregates. The
  // expressions are those of the per-host filters and weighers (RamFilter,
  // freeRamMb...), so the batch forms see the very same numbers.
  private deriveAll(): void {
    const c = this.cols;
    const s = this.slot;
    c.vcpusLimit[s] = c.vcpus[s]! * cpuRatio(this);
    c.ramLimitMb[s] = c.memoryMb[s]! * ramRatio(this);
    c.diskLimitGb[s] = c.localGb[s]! * diskRatio(this);
    c.zones[s] = availabilityZone(this, '');
    this.deriveCpu();
    this.deriveRam();
    this.deriveDisk();
  }
  private deriveCpu(): void {
    const c = this.cols;
    const s = this.slot;
    c.vcpusAllocatable[s] = c.vcpusLimit[s]! - c.vcpusUsed[s]!;
  }
  private deriveRam(): void {
    const c = this.cols;
    const s = this.slot;
    c.ramAllocatableMb[s] = c.ramLimitMb[s]! - c.memoryMbUsed[s]!;
    c.freeRamMb[s] = c.memoryMb[s]! - c.memoryMbUsed[s]!;
  }
  private deriveDisk(): void {
    const c = this.cols;
    const s = this.slot;
    c.diskAllocatableGb[s] = c.diskLimitGb[s]! - c.localGbUsed[s]!;
    c.freeDiskMb[s] = (c.localGb[s]! - c.localGbUsed[s]!) * 1024;
  }

  get aggregates(): AggregateInfo[] {
    return this.aggregateList;
  }
  set aggregates(v: AggregateInfo[]) {
    if (v === this.aggregateList) return;
    this.aggregateList = v;
    this.cols.aggregatesVersion++;
    this.deriveAll();
  }
  get reportedZone(): string {
    return this.zone;
  }
  set reportedZone(v: string) {
    this.zone = v;
    this.deriveAll();
  }

  // Totals and ratios: their limits follow.
  get vcpus(): number {
    return this.cols.vcpus[this.slot]!;
  }
  set vcpus(v: number) {
    this.cols.vcpus[this.slot] = v;
    this.deriveAll();
  }
  get memoryMb(): number {
    return this.cols.memoryMb[this.slot]!;
  }
  set memoryMb(v: number) {
    this.cols.memoryMb[this.slot] = v;
    this.deriveAll();
  }
  get localGb(): number {
    return this.cols.localGb[this.slot]!;
  }
  set localGb(v: number) {
    this.cols.localGb[this.slot] = v;
    this.deriveAll();
  }
  get cpuAllocationRatio(): number {
    return this.cols.cpuAllocationRatio[this.slot]!;
  }
  set cpuAllocationRatio(v: number) {
    this.cols.cpuAllocationRatio[this.slot] = v;
    this.deriveAll();
  }
  get ramAllocationRatio(): number {
    return this.cols.ramAllocationRatio[this.slot]!;
  }
  set ramAllocationRatio(v: number) {
    this.cols.ramAllocationRatio[this.slot] = v;
    this.deriveAll();
  }
  get diskAllocationRatio(): number {
    return this.cols.diskAllocationRatio[this.slot]!;
  }
  set diskAllocationRatio(v: number) {
    this.cols.diskAllocationRatio[this.slot] = v;
    this.deriveAll();
  }

  // Usage: what is allocatable and free follows.
  get vcpusUsed(): number {
    return this.cols.vcpusUsed[this.slot]!;
  }
  set vcpusUsed(v: number) {
    this.cols.vcpusUsed[this.slot] = v;
    this.deriveCpu();
  }
  get memoryMbUsed(): number {
    return this.cols.memoryMbUsed[this.slot]!;
  }
  set memoryMbUsed(v: number) {
    this.cols.memoryMbUsed[this.slot] = v;
    this.deriveRam();
  }
  get localGbUsed(): number {
    return this.cols.localGbUsed[this.slot]!;
  }
  set localGbUsed(v: number) {
    this.cols.localGbUsed[this.slot] = v;
    this.deriveDisk();
  }

  // Plain numbers.
  get runningVms(): number {
    return this.cols.runningVms[this.slot]!;
  }
  set runningVms(v: number) {
    this.cols.runningVms[this.slot] = v;
  }
  get ioOps(): number {
    return this.cols.ioOps[this.slot]!;
  }
  set ioOps(v: number) {
    this.cols.ioOps[this.slot] = v;
  }
  get failedBuilds(): number {
    return this.cols.failedBuilds[this.slot]!;
  }
  set failedBuilds(v: number) {
    this.cols.failedBuilds[this.slot] = v;
  }
  get reportTimeMs(): number {
    return this.cols.reportTimeMs[this.slot]!;
  }
  set reportTimeMs(v: number) {
    this.cols.reportTimeMs[this.slot] = v;
  }
  get generation(): number {
    return this.cols.generation[this.slot]!;
  }
  set generation(v: number) {
    this.cols.generation[this.slot] = v;
  }
  get hypervisorVersion(): number {
    return this.cols.hypervisorVersion[this.slot]!;
  }
  set hypervisorVersion(v: number) {
    this.cols.hypervisorVersion[this.slot] = v;
  }
  get enabled(): boolean {
    return (this.cols.service[this.slot]! & SERVICE_REPORT_DISABLED) === 0;
  }
  set enabled(v: boolean) {
    this.setServiceBit(SERVICE_REPORT_DISABLED, !v);
  }
  get heardAtMs(): number {
    return this.cols.heardAtMs[this.slot]!;
  }
  set heardAtMs(v: number) {
    this.cols.heardAtMs[this.slot] = v;
  }

  // The admin's service record.
  get serviceDisabled(): boolean {
    return (this.cols.service[this.slot]! & SERVICE_DISABLED) !== 0;
  }
  set serviceDisabled(v: boolean) {
    this.setServiceBit(SERVICE_DISABLED, v);
  }
  get forcedDown(): boolean {
    return (this.cols.service[this.slot]! & SERVICE_FORCED_DOWN) !== 0;
  }
  set forcedDown(v: boolean) {
    this.setServiceBit(SERVICE_FORCED_DOWN, v);
  }
  get disabledReason(): string {
    return this.cols.disabledReasons[this.slot]!;
  }
  set disabledReason(v: string) {
    this.cols.disabledReasons[this.slot] = v;
  }
  private setServiceBit(bit: number, on: boolean): void {
    const c = this.cols.service;
    c[this.slot] = on ? c[this.slot]! | bit : c[this.slot]! & ~bit;
  }

  /** Takes the admin's record (undefined: none, so enabled and not forced down). */
  setService(info: ServiceInfo | undefined): void {
    this.serviceDisabled = info?.disabled ?? false;
    this.disabledReason = info?.disabled ? info.disabledReason : '';
    this.forcedDown = info?.forcedDown ?? false;
  }
}

/**
 * A HostState outside any cache (tests, tools): a view over columns of its
 * own, heard at `heardAtMs` on the caller's clock, with the admin's record
 * `service` (none: enabled, not forced down).
 */
export function hostStateFromReport(r: HostReport__Output, aggregates: AggregateInfo[] = NO_AGGREGATES, heardAtMs = performance.now(), service?: ServiceInfo): HostState {
  const cols = new HostColumns(1);
  const view = new HostView(cols, cols.allocate(r.host), r, aggregates);
  view.heardAtMs = heardAtMs;
  view.setService(service);
  return view;
}

// Disk a flavor takes on a host, in GiB: the same count as the host's resource tracker.
export { flavorDiskGb };

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

/**
 * For one aggregate metadata key, per slot: whether an aggregate of the
 * host sets the key, and the smallest numeric value they set (NaN: none).
 */
export interface AggregateOverrides {
  readonly defined: Uint8Array;
  readonly value: Float64Array;
}

/** How long a pick may wait for the host's claim before the host's own numbers win again. */
export const CONSUMPTION_TTL_MS = 10_000;

export class HostStateCache {
  private readonly hosts = new Map<string, HostView>();
  private readonly columns = new HostColumns();
  private aggregatesById = new Map<string, AggregateInfo>();
  private aggregatesByHost = new Map<string, AggregateInfo[]>();
  /** overrides() per key, valid while the columns' aggregatesVersion is `overridesVersion`; null: no host has the key. */
  private overridesByKey = new Map<string, AggregateOverrides | null>();
  private overridesVersion = -1;
  private overridesSize = -1;

  /** Boot id of each host's latest report: a new boot resets generations. */
  private readonly bootIds = new Map<string, string>();
  /** When this scheduler last consumed from each host (its own clock). */
  private readonly consumedAt = new Map<string, number>();
  /** The admin's service records by host, kept for hosts that have not reported yet too. */
  private readonly services = new Map<string, ServiceInfo>();

  /** `clock`: the monotonic clock liveness is judged on (tests pass their own). */
  constructor(private readonly clock: Clock = () => performance.now()) {}

  /** The cache's clock now: what a request compares `heardAtMs` with. */
  now(): number {
    return this.clock();
  }

  /** Applies a host report unless it is older than what the cache holds; either way it arrived now. */
  update(report: HostReport__Output): void {
    const heardAt = this.clock();
    const known = this.hosts.get(report.host);
    const newBoot = this.bootIds.get(report.host) !== report.boot_id;
    this.bootIds.set(report.host, report.boot_id);
    if (known && !newBoot && report.generation < known.generation) return;
    // Local consumption waits for the host to confirm the claim; a pick that
    // was never claimed (its server deleted first) must not count forever.
    const stale = heardAt - (this.consumedAt.get(report.host) ?? -Infinity) > CONSUMPTION_TTL_MS;
    if (known && !newBoot && report.generation === known.generation && !stale) {
      // Same claims: refresh liveness and soft state only, keep local consumption.
      known.reportTimeMs = report.report_time_ms;
      known.heardAtMs = heardAt;
      known.enabled = report.enabled;
      known.ioOps = report.io_ops;
      known.failedBuilds = report.failed_builds;
      known.metrics = { ...report.metrics };
      return;
    }
    const aggregates = this.aggregatesByHost.get(report.host) ?? NO_AGGREGATES;
    // A newer generation replaces the host's state in its slot, so every list of hosts stays current.
    if (known) {
      known.assign(report, aggregates);
      known.heardAtMs = heardAt;
    } else {
      const view = new HostView(this.columns, this.columns.allocate(report.host), report, aggregates);
      view.heardAtMs = heardAt;
      view.setService(this.services.get(report.host));
      this.hosts.set(report.host, view);
    }
  }

  /**
   * A host's beat (subjects.hostBeat): it is alive. Counts only when it
   * matches the report held (same boot, same claim generation); a beat
   * after a report this cache missed waits for the next full report.
   */
  beat(beat: HostReport__Output): void {
    const known = this.hosts.get(beat.host);
    if (!known || this.bootIds.get(beat.host) !== beat.boot_id || known.generation !== beat.generation) return;
    known.heardAtMs = this.clock();
    known.reportTimeMs = beat.report_time_ms;
  }

  /** Replaces (or, with undefined, removes) the admin's record of a host's service. */
  setService(host: string, info: ServiceInfo | undefined): void {
    if (info) this.services.set(host, info);
    else this.services.delete(host);
    this.hosts.get(host)?.setService(info);
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
    for (const h of this.hosts.values()) h.aggregates = this.aggregatesByHost.get(h.host) ?? NO_AGGREGATES;
  }

  aggregates(): AggregateInfo[] {
    return [...this.aggregatesById.values()];
  }

  /**
   * Per-slot aggregate values of `key` (a weigher's multiplier key), or
   * undefined when no host's aggregates set it, the common case, in which
   * the scheduler skips per-host lookups. Computed once per key until some
   * host's aggregates change.
   */
  overrides(key: string): AggregateOverrides | undefined {
    if (this.overridesVersion !== this.columns.aggregatesVersion || this.overridesSize !== this.columns.size) {
      this.overridesByKey.clear();
      this.overridesVersion = this.columns.aggregatesVersion;
      this.overridesSize = this.columns.size;
    }
    let o = this.overridesByKey.get(key);
    if (o === undefined) {
      o = null;
      const views = this.columns.views;
      for (let s = 0; s < this.columns.size; s++) {
        const h = views[s]!;
        if (!h.aggregates.some((a) => a.metadata[key] !== undefined)) continue;
        if (!o) o = { defined: new Uint8Array(this.columns.size), value: new Float64Array(this.columns.size).fill(NaN) };
        o.defined[s] = 1;
        o.value[s] = aggregateMin(h, key, NaN);
      }
      this.overridesByKey.set(key, o);
    }
    return o ?? undefined;
  }

  /** The hosts' columns, indexed by slot (read them, do not write them). */
  get table(): HostColumns {
    return this.columns;
  }

  /** Every host, by slot (do not mutate the array). */
  all(): readonly HostState[] {
    return this.columns.views;
  }

  get(host: string): HostState | undefined {
    return this.hosts.get(host);
  }

  /** The host's slot in `table`, if it is known. */
  slotOf(host: string): number | undefined {
    return this.hosts.get(host)?.slot;
  }

  get size(): number {
    return this.hosts.size;
  }

  /** Takes the flavor's resources from the host's free view. */
  consume(host: HostState, flavor: Flavor__Output, projectId: string): void {
    this.consumedAt.set(host.host, this.clock());
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
