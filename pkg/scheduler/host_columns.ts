// The numbers the hot filters and weighers read, for every host, in
// typed-array columns indexed by the host's slot (a struct of arrays).
//
// Why: at 10,000 hosts a pass over HostState objects is bound by memory,
// not arithmetic. Each object sits on its own cache lines among strings
// and maps the pass does not read, so every host costs a cache miss; a pass
// over a column reads consecutive doubles. Measured on the bench, the same
// batch loops went from ~19 ns to ~1 ns per host (docs/PERFORMANCE.md).
//
// HostState (host_state.ts) is a view over one slot, so plugins written
// against the HostState interface keep working unchanged; only the
// optional batch forms (plugin.ts) read the columns. Columns are read-only
// to plugins: the cache writes them, through the views.
import type { HostState } from './host_state.js';

export class HostColumns {
  /** Slots in use: hosts are 0..size-1, in the order they were first reported. */
  size = 0;
  private capacity: number;
  /** Name, view and effective zone (aggregate's, else reported, else '') per slot. */
  readonly names: string[] = [];
  readonly views: HostState[] = [];
  readonly zones: string[] = [];
  /** 1 when the service is enabled. */
  enabled: Uint8Array;
  reportTimeMs: Float64Array;
  /** Physical vCPUs. */
  vcpus: Float64Array;
  runningVms: Float64Array;
  ioOps: Float64Array;
  failedBuilds: Float64Array;
  /**
   * What is left under the effective allocation ratio (the host's, or the
   * smallest of its aggregates'): total × ratio − used. Kept current on
   * every change of a total, a ratio, the aggregates or the usage, so a
   * check reads one number instead of looking ratios up per host. Each is
   * computed by the same expression the per-host forms use, so the values
   * are identical.
   */
  vcpusAllocatable: Float64Array;
  ramAllocatableMb: Float64Array;
  diskAllocatableGb: Float64Array;
  /** Free RAM and disk without ratios: freeRamMb() and freeDiskMb() of host_state.ts. */
  freeRamMb: Float64Array;
  freeDiskMb: Float64Array;
  /** Bumped whenever the aggregates of some host change, for what is derived from them. */
  aggregatesVersion = 0;

  constructor(capacity = 64) {
    this.capacity = Math.max(1, capacity);
    const c = this.capacity;
    this.enabled = new Uint8Array(c);
    this.reportTimeMs = new Float64Array(c);
    this.vcpus = new Float64Array(c);
    this.runningVms = new Float64Array(c);
    this.ioOps = new Float64Array(c);
    this.failedBuilds = new Float64Array(c);
    this.vcpusAllocatable = new Float64Array(c);
    this.ramAllocatableMb = new Float64Array(c);
    this.diskAllocatableGb = new Float64Array(c);
    this.freeRamMb = new Float64Array(c);
    this.freeDiskMb = new Float64Array(c);
  }

  /** A new slot for `name`; `view` is set by the caller once built. */
  allocate(name: string): number {
    if (this.size === this.capacity) this.grow();
    const slot = this.size++;
    this.names.push(name);
    this.zones.push('');
    return slot;
  }

  // Doubling keeps the copying amortised; views read the columns through
  // this object, so they follow the new arrays.
  private grow(): void {
    const c = this.capacity * 2;
    const f64 = (a: Float64Array): Float64Array => {
      const b = new Float64Array(c);
      b.set(a);
      return b;
    };
    const enabled = new Uint8Array(c);
    enabled.set(this.enabled);
    this.enabled = enabled;
    this.reportTimeMs = f64(this.reportTimeMs);
    this.vcpus = f64(this.vcpus);
    this.runningVms = f64(this.runningVms);
    this.ioOps = f64(this.ioOps);
    this.failedBuilds = f64(this.failedBuilds);
    this.vcpusAllocatable = f64(this.vcpusAllocatable);
    this.ramAllocatableMb = f64(this.ramAllocatableMb);
    this.diskAllocatableGb = f64(this.diskAllocatableGb);
    this.freeRamMb = f64(this.freeRamMb);
    this.freeDiskMb = f64(this.freeDiskMb);
    this.capacity = c;
  }
}
