// The scheduler's configuration (Nova's [filter_scheduler] section).
import type { PluginConfig } from './plugin.js';

export interface SchedulerConfig extends PluginConfig {
  /** "filter" (FilterScheduler) or "chance" (random among hosts that are up). */
  readonly driver: 'filter' | 'chance';
  readonly enabledFilters: readonly string[];
  /** Weigher name -> multiplier. */
  readonly weighers: Readonly<Record<string, number>>;
  /** Pick at random among the best N hosts. */
  readonly hostSubsetSize: number;
  /** Shuffle the hosts that tie for the best weight before picking. */
  readonly shuffleBestSameWeighedHosts: boolean;
  /** Build attempts per instance: the chosen host plus max_attempts - 1 alternates. */
  readonly maxAttempts: number;
  /**
   * With more hosts than this, a decision filters from a rotating start and
   * weighs the first this many that pass (0: every host). Nova's
   * max_placement_results, kube-scheduler's numFeasibleNodesToFind.
   */
  readonly hostsToWeigh: number;
}

export function defaultSchedulerConfig(over: Partial<SchedulerConfig> = {}): SchedulerConfig {
  return {
    driver: 'filter',
    enabledFilters: [],
    weighers: {},
    hostSubsetSize: 1,
    shuffleBestSameWeighedHosts: false,
    maxAttempts: 3,
    hostsToWeigh: 1000,
    serviceDownTimeMs: 60_000,
    maxInstancesPerHost: 50,
    maxIoOpsPerHost: 8,
    isolatedImages: [],
    isolatedHosts: [],
    restrictIsolatedHostsToIsolatedImages: true,
    metricsWeightSetting: [],
    defaultAvailabilityZone: 'nova',
    ...over,
  };
}
