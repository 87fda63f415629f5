// FilterScheduler: for each instance, filter the hosts, weigh the survivors
// (each weigher normalised to 0..1, times its multiplier), pick at random
// among the best host_subset_size, and consume the pick so the next instance
// of the request sees it. Pure: it reads a HostStateCache and nothing else.
import type { RequestSpec__Output, Selection } from '../gen/types.js';
import { NoValidHostError, UnknownPluginError } from './errors.js';
import { FILTERS } from './filters/registry.js';
import type { HostState, HostStateCache } from './host_state.js';
import type { HostFilter, HostWeigher, SchedulerContext } from './plugin.js';
import { WEIGHERS } from './weighers/registry.js';

export interface FilterSchedulerConfig {
  enabledFilters: string[];
  /** Weigher name -> multiplier. */
  weighers: Record<string, number>;
  hostSubsetSize: number;
  /** Alternates returned per instance (Nova: max_attempts - 1). */
  alternates: number;
  serviceDownTimeMs: number;
}

interface WeigherEntry {
  weigher: HostWeigher;
  multiplier: number;
}

export class FilterScheduler {
  private readonly filters: HostFilter[];
  private readonly weighers: WeigherEntry[];

  constructor(
    private readonly config: FilterSchedulerConfig,
    private readonly random: () => number = Math.random,
  ) {
    this.filters = config.enabledFilters.map((name) => {
      const f = FILTERS.get(name);
      if (!f) throw new UnknownPluginError('filter', name, [...FILTERS.keys()]);
      return f;
    });
    this.weighers = Object.entries(config.weighers).map(([name, multiplier]) => {
      const w = WEIGHERS.get(name);
      if (!w) throw new UnknownPluginError('weigher', name, [...WEIGHERS.keys()]);
      return { weigher: w, multiplier };
    });
  }

  /** Places every instance or throws NoValidHostError; consumes from `cache` as it goes. */
  select(cache: HostStateCache, spec: RequestSpec__Output, instanceIds: string[], nowMs = Date.now()): Selection[] {
    const ctx: SchedulerContext = { nowMs, serviceDownTimeMs: this.config.serviceDownTimeMs };
    const ignored = new Set(spec.ignore_hosts);
    let candidates = cache.all().filter((h) => !ignored.has(h.host));
    const removedBy = new Map<string, number>();
    const total = candidates.length;

    // Filters whose answer cannot change within the request run once, up front.
    for (const f of this.filters.filter((f) => f.runOncePerRequest)) {
      candidates = this.applyFilter(f, candidates, spec, ctx, removedBy);
    }
    const perInstance = this.filters.filter((f) => !f.runOncePerRequest);

    const selections: Selection[] = [];
    const chosenHosts: HostState[] = [];
    for (const [index, instanceId] of instanceIds.entries()) {
      let hosts = candidates;
      const removedThisRound = new Map<string, number>();
      for (const f of perInstance) hosts = this.applyFilter(f, hosts, spec, ctx, removedThisRound);
      if (hosts.length === 0) {
        for (const [k, v] of removedThisRound) removedBy.set(k, (removedBy.get(k) ?? 0) + v);
        // All or nothing, as Nova: give back what the earlier instances took.
        if (spec.flavor) for (const h of chosenHosts) cache.release(h, spec.flavor);
        throw this.noValidHost(total, removedBy, index, instanceIds.length);
      }
      const ranked = this.rank(hosts, spec);
      const subset = Math.max(1, Math.min(this.config.hostSubsetSize, ranked.length));
      const chosenIndex = Math.floor(this.random() * subset);
      const chosen = ranked[chosenIndex]!;
      const alternates = ranked.filter((h) => h !== chosen).slice(0, this.config.alternates).map((h) => h.host);
      if (spec.flavor) cache.consume(chosen, spec.flavor);
      chosenHosts.push(chosen);
      selections.push({ instance_id: instanceId, host: chosen.host, alternates });
    }
    return selections;
  }

  private applyFilter(
    f: HostFilter,
    hosts: HostState[],
    spec: RequestSpec__Output,
    ctx: SchedulerContext,
    removedBy: Map<string, number>,
  ): HostState[] {
    const kept = hosts.filter((h) => f.filter(h, spec, ctx) === undefined);
    if (kept.length !== hosts.length) removedBy.set(f.name, (removedBy.get(f.name) ?? 0) + hosts.length - kept.length);
    return kept;
  }

  /** Hosts best first: each weigher normalised to 0..1 over the candidates, times its multiplier, summed. */
  private rank(hosts: HostState[], spec: RequestSpec__Output): HostState[] {
    const score = new Map<HostState, number>(hosts.map((h) => [h, 0]));
    for (const { weigher, multiplier } of this.weighers) {
      const raw = hosts.map((h) => weigher.weigh(h, spec));
      const min = Math.min(...raw);
      const max = Math.max(...raw);
      const span = max - min;
      hosts.forEach((h, i) => {
        const normalised = span === 0 ? 0 : (raw[i]! - min) / span;
        score.set(h, score.get(h)! + multiplier * normalised);
      });
    }
    // Ties break by name so a decision is reproducible.
    return [...hosts].sort((a, b) => score.get(b)! - score.get(a)! || a.host.localeCompare(b.host));
  }

  private noValidHost(total: number, removedBy: Map<string, number>, index: number, count: number): NoValidHostError {
    const parts = this.filters.map((f) => `${f.name}: removed ${removedBy.get(f.name) ?? 0}`);
    const which = count > 1 ? ` for instance ${index + 1} of ${count}` : '';
    const message = `No valid host was found${which}. ${total} host(s) considered; ${parts.join(', ')}`;
    const metadata: Record<string, string> = { hosts_considered: String(total) };
    for (const f of this.filters) metadata[f.name] = String(removedBy.get(f.name) ?? 0);
    return new NoValidHostError(message, metadata);
  }
}
