// The contracts of scheduler plugins (see README.md for the pipeline).
//
// A filter is asked once per request to `prepare` a check: it returns
// undefined when it has nothing to check for this request (no group, no
// hint, no extra spec...), which costs nothing per host; otherwise a
// function that passes a host (undefined) or rejects it with a reason. A
// rejection is not an error. Reasons are short constant strings per cause
// (like Nomad's FilterConstraint* constants) so they count and compare.
//
// A weigher returns a raw value per host; the pipeline normalises each
// weigher to 0..1 over the candidates and applies its multiplier, which
// aggregate metadata can override per host (`<weigher key>` below).
//
// Both may also offer a batch form (`prepareBatch`) that handles the whole
// candidate list in one call, reading the hosts' numbers from typed-array
// columns (host_columns.ts), and a weigher whose raw value is stored per
// host can just name that column (`prepareColumn`). The per-host form is
// the contract and the reference; the others are optional equivalents the
// pipeline prefers when present. At 10,000 hosts per decision the
// difference is one tight loop over a column against one indirect call and
// one object load per host.
import type { Flavor__Output, Image__Output, RequestSpec__Output } from '../gen/types.js';
import type { HostColumns } from './host_columns.js';
import type { HostState } from './host_state.js';

/** Scheduler settings the plugins read (Nova's [filter_scheduler] options). */
export interface PluginConfig {
  /** A host whose last report arrived longer ago than this (the scheduler's clock) is down (Nova's service_down_time). */
  readonly serviceDownTimeMs: number;
  readonly maxInstancesPerHost: number;
  readonly maxIoOpsPerHost: number;
  readonly isolatedImages: readonly string[];
  readonly isolatedHosts: readonly string[];
  readonly restrictIsolatedHostsToIsolatedImages: boolean;
  /** Metric names every host must report (MetricsFilter) and their weights (MetricsWeigher). */
  readonly metricsWeightSetting: ReadonlyArray<{ name: string; ratio: number }>;
  /** Zone of hosts that are in no zoned aggregate and report none. */
  readonly defaultAvailabilityZone: string;
}

/**
 * One request being placed. The pipeline updates `placed` after every pick,
 * so the filters and weighers of the next instance of a multi-create see
 * the earlier ones (server group members in particular).
 */
export interface RequestContext {
  readonly spec: RequestSpec__Output;
  readonly flavor: Flavor__Output;
  readonly image: Image__Output | null;
  /** Wall clock (Date.now()) when the request started. */
  readonly nowMs: number;
  /**
   * The scheduler's monotonic clock (its HostStateCache's) when the request
   * started: compare it with `HostState.heardAtMs`, never with a time a
   * host wrote.
   */
  readonly monotonicNowMs: number;
  readonly config: PluginConfig;
  /** Hosts chosen so far for earlier instances of this request, with counts. */
  readonly placed: Map<string, number>;
  /** Members of the request's server group per host: existing members plus `placed`. */
  readonly groupHosts: Map<string, number>;
}

/** The per-host check of a filter for one request; undefined passes the host. */
export type HostCheck = (host: HostState) => string | undefined;

/** Where a batch check reports each host (by slot) it rejects, in candidate order. */
export interface Rejections {
  reject(slot: number, reason: string): void;
}

/**
 * The batch form of a check. The candidates are `slots[0..n)`, slots into
 * the columns of `hosts`; it keeps the passing ones at the front of
 * `slots`, in order, reports every other one to `rejections`, and returns
 * how many passed.
 */
export type BatchCheck = (hosts: HostColumns, slots: Int32Array, n: number, rejections: Rejections) => number;

export interface HostFilter {
  readonly name: string;
  /** True when the answer cannot change between instances of one request. */
  readonly runOncePerRequest: boolean;
  /** The check for this request, or undefined when every host passes. */
  prepare(req: RequestContext): HostCheck | undefined;
  /**
   * Optional: the same check over the whole candidate list in one call, so
   * the loop runs inside the plugin (monomorphic, inlinable) rather than
   * through one call per host. Must pass and reject exactly as `prepare`'s
   * check, with the same reasons, and be undefined exactly when it is.
   */
  prepareBatch?(req: RequestContext): BatchCheck | undefined;
}

/** The raw weight of one host for one request. */
export type HostWeight = (host: HostState) => number;

/**
 * The batch form of a weight: for each candidate slot s in `slots[0..n)`,
 * writes the host's raw weight to `out[s]` (indexed by slot, like a column).
 */
export type BatchWeight = (hosts: HostColumns, slots: Int32Array, n: number, out: Float64Array) => void;

/**
 * A raw weight that is already a column of HostColumns, times `sign`: the
 * pipeline reads it in place while normalising, so the weigher costs no
 * pass of its own.
 */
export interface ColumnWeight {
  readonly column: Float64Array;
  readonly sign: 1 | -1;
}

export interface HostWeigher {
  readonly name: string;
  /** Aggregate metadata key that overrides the multiplier per host, e.g. ram_weight_multiplier. */
  readonly multiplierKey: string;
  /** Multiplier when configuration names none. */
  readonly defaultMultiplier: number;
  /** The weight for this request, or undefined when the weigher does not apply (all hosts equal). */
  prepare(req: RequestContext): HostWeight | undefined;
  /** Optional: the same weights for the whole candidate list in one call (see `HostFilter.prepareBatch`). */
  prepareBatch?(req: RequestContext): BatchWeight | undefined;
  /**
   * Optional, preferred over both: the same weights as a column of `hosts`
   * (with the same undefined-ness as `prepare`).
   */
  prepareColumn?(req: RequestContext, hosts: HostColumns): ColumnWeight | undefined;
}
