// Every number of every host, in typed-array columns indexed by the host's
// slot (a struct of arrays), plus what the hot filters and weighers derive
// from them.
//
// Why: at 10,000 hosts a pass over HostState objects is bound by loading
// the objects, not by arithmetic: each sits on its own cache lines among
// strings and maps the pass does not read. A pass over a column reads
// consecutive doubles. On the bench a RamFilter pass over objects cost
// ~19 ns per host at 10,000 hosts, over a column ~4 (docs/PERFORMANCE.md).
//
// HostState (host_state.ts) is a view over one slot, so plugins written
// against the HostState interface keep working unchanged; only the
// optional batch and column forms (plugin.ts) read the columns, and only
// the views write them, so the derived columns stay current.
import type { HostState } from './host_state.js';

/** The Float64 columns, so they can be grown together. */
const NUMBER_COLUMNS = [
  'vcpus',
  'vcpusUsed',
  'memoryMb',
  'memoryMbUsed',
  'localGb',
  'localGbUsed',
  'runningVms',
  'ioOps',
  'cpuAllocationRatio',
  'ramAllocationRatio',
  'diskAllocationRatio',
  'reportTimeMs',
  'heardAtMs',
  'generation',
  'hypervisorVersion',
  'failedBuilds',
  'vcpusLimit',
  'ramLimitMb',
  'diskLimitGb',
  'vcpusAllocatable',
  'ramAllocatableMb',
  'diskAllocatableGb',
  'freeRamMb',
  'freeDiskMb',
] as const;

/** Bits of `HostColumns.service`. */
export const SERVICE_REPORT_DISABLED = 1;
export const SERVICE_DISABLED = 2;
export const SERVICE_FORCED_DOWN = 4;

export class HostColumns {
  /** Slots in use: hosts are 0..size-1, in the order they were first reported. */
  size = 0;
  /** Name, view and effective zone (an aggregate's, else the reported one, else '') per slot. */
  readonly names: string[] = [];
  readonly views: HostState[] = [];
  readonly zones: string[] = [];
  /** The admin's disabled_reason per slot ('' when none). */
  readonly disabledReasons: string[] = [];
  /**
   * Why the host's service may not take instances, as bits: SERVICE_REPORT_DISABLED
   * (its own report), SERVICE_DISABLED and SERVICE_FORCED_DOWN (the admin's
   * record); 0 when none. One byte, so the ComputeFilter's pass reads one
   * byte and one double (heardAtMs) per host.
   */
  service = new Uint8Array(0);
  // As reported, then changed by the scheduler's own placements (the *Used ones, runningVms, ioOps).
  vcpus = new Float64Array(0);
  vcpusUsed = new Float64Array(0);
  memoryMb = new Float64Array(0);
  memoryMbUsed = new Float64Array(0);
  localGb = new Float64Array(0);
  localGbUsed = new Float64Array(0);
  runningVms = new Float64Array(0);
  ioOps = new Float64Array(0);
  /** The host's own ratios; aggregates can lower the effective ones (the limits below). */
  cpuAllocationRatio = new Float64Array(0);
  ramAllocationRatio = new Float64Array(0);
  diskAllocationRatio = new Float64Array(0);
  /** The host's own clock in its latest report: shown, never compared (clocks skew). */
  reportTimeMs = new Float64Array(0);
  /** The scheduler's monotonic clock when the host's latest report arrived: what up/down is judged on. */
  heardAtMs = new Float64Array(0);
  generation = new Float64Array(0);
  hypervisorVersion = new Float64Array(0);
  failedBuilds = new Float64Array(0);
  /** Totals times the effective allocation ratio (the host's, or the smallest of its aggregates'). */
  vcpusLimit = new Float64Array(0);
  ramLimitMb = new Float64Array(0);
  diskLimitGb = new Float64Array(0);
  /**
   * Limit minus used: what a filter compares with the flavor, kept current
   * on every change of a total, a ratio, the aggregates or the usage
   * rather than looked up per check. Computed by the same expressions as
   * the per-host forms, so the values are identical.
   */
  vcpusAllocatable = new Float64Array(0);
  ramAllocatableMb = new Float64Array(0);
  diskAllocatableGb = new Float64Array(0);
  /** Free RAM and disk without ratios, as freeRamMb() and freeDiskMb() of host_state.ts (what the weighers rank). */
  freeRamMb = new Float64Array(0);
  freeDiskMb = new Float64Array(0);
  /** Bumped whenever the aggregates of some host change, for what is derived from them. */
  aggregatesVersion = 0;

  constructor(private readonly initialCapacity = 64) {}

  /** A new slot for `name`; the caller sets its view and numbers. */
  allocate(name: string): number {
    if (this.size === this.service.length) this.grow();
    const slot = this.size++;
    this.names.push(name);
    this.zones.push('');
    this.disabledReasons.push('');
    return slot;
  }

  // Doubling keeps the copying amortised; views read the columns through
  // this object, so they follow the new arrays.
  private grow(): void {
    const capacity = Math.max(this.initialCapacity, this.service.length * 2);
    const service = new Uint8Array(capacity);
    service.set(this.service);
    this.service = service;
    for (const name of NUMBER_COLUMNS) {
      const grown = new Float64Array(capacity);
      grown.set(this[name]);
      this[name] = grown;
    }
  }
}
