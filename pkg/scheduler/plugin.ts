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
import type { Flavor__Output, Image__Output, RequestSpec__Output } from '../gen/types.js';
import type { HostState } from './host_state.js';

/** Scheduler settings the plugins read (Nova's [filter_scheduler] options). */
export interface PluginConfig {
  /** A host whose last report is older than this is down (Nova's service_down_time). */
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
  readonly nowMs: number;
  readonly config: PluginConfig;
  /** Hosts chosen so far for earlier instances of this request, with counts. */
  readonly placed: Map<string, number>;
  /** Members of the request's server group per host: existing members plus `placed`. */
  readonly groupHosts: Map<string, number>;
}

/** The per-host check of a filter for one request; undefined passes the host. */
export type HostCheck = (host: HostState) => string | undefined;

export interface HostFilter {
  readonly name: string;
  /** True when the answer cannot change between instances of one request. */
  readonly runOncePerRequest: boolean;
  /** The check for this request, or undefined when every host passes. */
  prepare(req: RequestContext): HostCheck | undefined;
}

/** The raw weight of one host for one request. */
export type HostWeight = (host: HostState) => number;

export interface HostWeigher {
  readonly name: string;
  /** Aggregate metadata key that overrides the multiplier per host, e.g. ram_weight_multiplier. */
  readonly multiplierKey: string;
  /** Multiplier when configuration names none. */
  readonly defaultMultiplier: number;
  /** The weight for this request, or undefined when the weigher does not apply (all hosts equal). */
  prepare(req: RequestContext): HostWeight | undefined;
}
