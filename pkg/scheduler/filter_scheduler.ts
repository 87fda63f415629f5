// FilterScheduler: for each instance, filter the hosts, weigh the
// survivors (each weigher normalised to 0..1 over them, times its
// multiplier, summed), pick at random among the best host_subset_size, and
// consume the pick so the next instance of the request sees it. All or
// nothing: if one instance fits nowhere, every pick is given back.
//
// Pure: it reads a HostStateCache and a RequestSpec and nothing else. The
// same loop serves ExplainPlacement with recording switched on.
import type * as g from '../gen/types.js';
import type { SchedulerConfig } from './config.js';
import { NoValidHostError, UnknownPluginError } from './errors.js';
import { FILTERS } from './filters/registry.js';
import type { HostState, HostStateCache } from './host_state.js';
import type { HostCheck, HostFilter, HostWeigher, HostWeight, RequestContext } from './plugin.js';
import { WEIGHERS } from './weighers/registry.js';

interface WeigherEntry {
  weigher: HostWeigher;
  multiplier: number;
}

interface PreparedWeigher {
  name: string;
  weight: HostWeight;
  multiplier: number;
  key: string;
}

/** Per-filter bookkeeping: hosts seen, removed per reason, and (explaining) examples. */
interface FilterTally {
  name: string;
  before: number;
  removed: number;
  reasons: Map<string, number>;
  examples: Array<{ host: string; reason: string }>;
}

const EXAMPLES = 20;

export interface Placement {
  selections: g.Selection__Output[];
  /** Set when explaining: what each filter did and how the best hosts weighed, for the first instance. */
  explanation?: g.ExplainPlacementResponse__Output;
}

export class FilterScheduler {
  private readonly filters: HostFilter[];
  private readonly onceFilters: HostFilter[];
  private readonly perInstanceFilters: HostFilter[];
  private readonly weighers: WeigherEntry[];

  constructor(
    readonly config: SchedulerConfig,
    private readonly random: () => number = Math.random,
  ) {
    this.filters = config.enabledFilters.map((name) => {
      const f = FILTERS.get(name);
      if (!f) throw new UnknownPluginError('filter', name, [...FILTERS.keys()]);
      return f;
    });
    this.onceFilters = this.filters.filter((f) => f.runOncePerRequest);
    this.perInstanceFilters = this.filters.filter((f) => !f.runOncePerRequest);
    this.weighers = Object.entries(config.weighers).map(([name, multiplier]) => {
      const w = WEIGHERS.get(name);
      if (!w) throw new UnknownPluginError('weigher', name, [...WEIGHERS.keys()]);
      return { weigher: w, multiplier };
    });
  }

  /** Places every instance or throws NoValidHostError; consumes from `cache` as it goes. */
  select(cache: HostStateCache, spec: g.RequestSpec__Output, instanceIds: string[], nowMs = Date.now()): g.Selection__Output[] {
    return this.place(cache, spec, instanceIds, nowMs, false).selections;
  }

  /** A dry run: the explanation of the first instance and the hosts all would get; claims and consumes nothing. */
  explain(cache: HostStateCache, spec: g.RequestSpec__Output, count: number, top: number, nowMs = Date.now()): g.ExplainPlacementResponse__Output {
    const ids = Array.from({ length: Math.max(1, count) }, (_, i) => `dry-run-${i}`);
    let placement: Placement | undefined;
    let failure: NoValidHostError | undefined;
    const topN = top > 0 ? top : 5;
    try {
      placement = this.place(cache, spec, ids, nowMs, true, topN, true);
    } catch (err) {
      if (!(err instanceof NoValidHostError)) throw err;
      failure = err;
      placement = undefined;
    }
    if (placement?.explanation) return placement.explanation;
    // No host for some instance: explain the first one again without placing, to show the filters.
    const first = this.place(cache, spec, [ids[0]!], nowMs, true, topN, true, true);
    return { ...first.explanation!, selected_hosts: [], no_valid_host: failure?.message ?? '' };
  }

  private newRequest(spec: g.RequestSpec__Output, nowMs: number): RequestContext {
    const groupHosts = new Map<string, number>();
    for (const h of spec.group?.member_hosts ?? []) groupHosts.set(h, (groupHosts.get(h) ?? 0) + 1);
    return { spec, flavor: spec.flavor!, image: spec.image, nowMs, config: this.config, placed: new Map(), groupHosts };
  }

  private place(
    cache: HostStateCache,
    spec: g.RequestSpec__Output,
    instanceIds: string[],
    nowMs: number,
    explaining: boolean,
    top = 0,
    rollback = false,
    tolerateFailure = false,
  ): Placement {
    if (!spec.flavor) throw new Error('RequestSpec without a flavor');
    const req = this.newRequest(spec, nowMs);
    const tallies = new Map<string, FilterTally>();
    const tally = (f: HostFilter): FilterTally => {
      let t = tallies.get(f.name);
      if (!t) tallies.set(f.name, (t = { name: f.name, before: 0, removed: 0, reasons: new Map(), examples: [] }));
      return t;
    };

    // Candidates: every host but the ignored ones; a forced host skips the filters (Nova's force_hosts).
    const ignored = new Set(spec.ignore_hosts);
    let candidates: HostState[];
    if (spec.force_host) {
      const forced = cache.get(spec.force_host);
      candidates = forced && !ignored.has(forced.host) ? [forced] : [];
    } else {
      candidates = this.runFilters(this.onceFilters, req, cache.all(), ignored, tally, explaining);
    }
    const considered = spec.force_host ? candidates.length : cache.size - countIgnored(cache, ignored);

    const selections: g.Selection__Output[] = [];
    const chosen: HostState[] = [];
    let explanation: g.ExplainPlacementResponse__Output | undefined;
    try {
      for (const [index, instanceId] of instanceIds.entries()) {
        const perInstance = spec.force_host ? [] : this.perInstanceFilters;
        // Counts of per-instance filters describe the instance being placed, not a sum over the request.
        for (const f of perInstance) tallies.delete(f.name);
        // The first instance's tallies explain; later instances only count toward NoValidHost.
        const hosts = this.runFilters(perInstance, req, candidates, undefined, tally, explaining && index === 0);
        if (hosts.length === 0) {
          if (tolerateFailure) {
            explanation = this.describe(considered, tallies, [], [], top);
            break;
          }
          throw this.noValidHost(considered, tallies, index, instanceIds.length);
        }
        const ranked = this.rank(hosts, req, Math.max(this.config.hostSubsetSize, 1) + this.config.maxAttempts - 1 + (explaining ? top : 0), explaining);
        const pick = this.choose(ranked);
        const host = ranked[pick]!.host;
        const alternates = ranked
          .filter((_, i) => i !== pick)
          .slice(0, Math.max(0, this.config.maxAttempts - 1))
          .map((r) => r.host.host);
        if (explaining && index === 0) explanation = this.describe(considered, tallies, ranked.slice(0, top), [], top);
        cache.consume(host, req.flavor, spec.project_id);
        chosen.push(host);
        req.placed.set(host.host, (req.placed.get(host.host) ?? 0) + 1);
        if (spec.group) req.groupHosts.set(host.host, (req.groupHosts.get(host.host) ?? 0) + 1);
        selections.push({ instance_id: instanceId, host: host.host, alternates });
      }
    } catch (err) {
      for (const h of chosen) cache.release(h, req.flavor, spec.project_id);
      throw err;
    }
    if (rollback) for (const h of chosen) cache.release(h, req.flavor, spec.project_id);
    if (explanation) explanation.selected_hosts = selections.map((s) => s.host);
    return { selections, explanation };
  }

  /**
   * Runs the prepared checks of `filters` over `hosts` in one pass; a host
   * is charged to the first filter that rejects it, so counts match a
   * filter-by-filter run.
   */
  private runFilters(
    filters: HostFilter[],
    req: RequestContext,
    hosts: readonly HostState[],
    ignored: Set<string> | undefined,
    tally: (f: HostFilter) => FilterTally,
    recording: boolean,
  ): HostState[] {
    const checks: Array<{ filter: HostFilter; check: HostCheck; t: FilterTally; passed: number }> = [];
    for (const f of filters) {
      const check = f.prepare(req);
      const t = tally(f);
      if (check) checks.push({ filter: f, check, t, passed: 0 });
    }
    const kept: HostState[] = [];
    const n = checks.length;
    let total = 0;
    outer: for (const h of hosts) {
      if (ignored && ignored.has(h.host)) continue;
      total++;
      for (let i = 0; i < n; i++) {
        const c = checks[i]!;
        const reason = c.check(h);
        if (reason !== undefined) {
          c.t.removed++;
          c.t.reasons.set(reason, (c.t.reasons.get(reason) ?? 0) + 1);
          if (recording && c.t.examples.length < EXAMPLES) c.t.examples.push({ host: h.host, reason });
          continue outer;
        }
        c.passed++;
      }
      kept.push(h);
    }
    // hosts_before of each filter: what the previous ones let through.
    let before = total;
    for (const f of filters) {
      const c = checks.find((x) => x.filter === f);
      const t = tally(f);
      t.before += before;
      if (c) before = c.passed;
    }
    return kept;
  }

  /** The best `k` hosts, best first, with their weights (and per-weigher scores when explaining). */
  private rank(hosts: HostState[], req: RequestContext, k: number, explaining: boolean): Ranked[] {
    const prepared: PreparedWeigher[] = [];
    for (const { weigher, multiplier } of this.weighers) {
      const weight = weigher.prepare(req);
      if (weight && (multiplier !== 0 || hasOverride(hosts, weigher.multiplierKey))) {
        prepared.push({ name: weigher.name, weight, multiplier, key: weigher.multiplierKey });
      }
    }
    const n = hosts.length;
    const total = new Float64Array(n);
    const raws: Float64Array[] = [];
    const mins: number[] = [];
    const spans: number[] = [];
    for (const w of prepared) {
      const raw = new Float64Array(n);
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < n; i++) {
        const v = w.weight(hosts[i]!);
        raw[i] = v;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      const span = max - min;
      if (span !== 0) {
        for (let i = 0; i < n; i++) {
          const h = hosts[i]!;
          const m = h.aggregates.length ? multiplierFor(h, w.key, w.multiplier) : w.multiplier;
          total[i]! += (m * (raw[i]! - min)) / span;
        }
      }
      raws.push(raw);
      mins.push(min);
      spans.push(span);
    }
    // Partial selection of the best k: k is small (subset + alternates), n may be 10,000.
    const best: number[] = [];
    for (let i = 0; i < n; i++) {
      const w = total[i]!;
      if (best.length === k && !better(w, hosts[i]!, total[best[k - 1]!]!, hosts[best[k - 1]!]!)) continue;
      let j = best.length < k ? best.length : k - 1;
      while (j > 0 && better(w, hosts[i]!, total[best[j - 1]!]!, hosts[best[j - 1]!]!)) {
        if (j < k) best[j] = best[j - 1]!;
        j--;
      }
      best[j] = i;
      if (best.length > k) best.length = k;
    }
    return best.map((i) => ({
      host: hosts[i]!,
      weight: total[i]!,
      scores: explaining
        ? prepared.map((w, wi) => {
            const normalized = spans[wi] === 0 ? 0 : (raws[wi]![i]! - mins[wi]!) / spans[wi]!;
            const multiplier = multiplierFor(hosts[i]!, w.key, w.multiplier);
            return { weigher: w.name, raw: raws[wi]![i]!, normalized, multiplier, weighted: normalized * multiplier };
          })
        : [],
    }));
  }

  /** Index into `ranked` of the host to use: random among the best host_subset_size (ties shuffled if asked). */
  private choose(ranked: Ranked[]): number {
    const subset = Math.max(1, Math.min(this.config.hostSubsetSize, ranked.length));
    if (this.config.shuffleBestSameWeighedHosts) {
      let ties = 1;
      while (ties < ranked.length && ranked[ties]!.weight === ranked[0]!.weight) ties++;
      if (ties > 1 && subset === 1) return Math.floor(this.random() * ties);
    }
    return subset === 1 ? 0 : Math.floor(this.random() * subset);
  }

  private describe(considered: number, tallies: Map<string, FilterTally>, ranked: Ranked[], selected: string[], top: number): g.ExplainPlacementResponse__Output {
    return {
      hosts_considered: considered,
      filters: this.filters.map((f) => {
        const t = tallies.get(f.name);
        const before = t?.before ?? 0;
        return {
          filter: f.name,
          hosts_before: before,
          hosts_after: before - (t?.removed ?? 0),
          rejected: t?.examples ?? [],
          reasons: Object.fromEntries(t?.reasons ?? []),
        };
      }),
      weighed: ranked.slice(0, top).map((r) => ({ host: r.host.host, weight: r.weight, scores: r.scores })),
      selected_hosts: selected,
      no_valid_host: '',
    };
  }

  private noValidHost(considered: number, tallies: Map<string, FilterTally>, index: number, count: number): NoValidHostError {
    const which = count > 1 ? ` for instance ${index + 1} of ${count}` : '';
    const parts: string[] = [];
    const metadata: Record<string, string> = { hosts_considered: String(considered) };
    for (const f of this.filters) {
      const t = tallies.get(f.name);
      if (!t || t.removed === 0) continue;
      const reasons = [...t.reasons].map(([r, n]) => (t.reasons.size > 1 ? `${r} (${n})` : r)).join(', ');
      parts.push(`${f.name} removed ${t.removed} of ${t.before} hosts: ${reasons}`);
      metadata[f.name] = `${t.removed}/${t.before}: ${reasons}`;
    }
    const detail = considered === 0 ? 'no hosts are known' : parts.length ? parts.join('; ') : 'every host was removed';
    return new NoValidHostError(`No valid host was found${which}. ${considered} host(s) considered; ${detail}`, metadata);
  }
}

interface Ranked {
  host: HostState;
  weight: number;
  scores: g.WeigherScore__Output[];
}

/** Higher weight first; ties by host name so a decision is reproducible. */
function better(w: number, h: HostState, ow: number, oh: HostState): boolean {
  return w > ow || (w === ow && h.host < oh.host);
}

function multiplierFor(h: HostState, key: string, fallback: number): number {
  let min = Infinity;
  for (const a of h.aggregates) {
    const v = a.metadata[key];
    if (v === undefined) continue;
    const n = Number(v);
    if (Number.isFinite(n) && n < min) min = n;
  }
  return min === Infinity ? fallback : min;
}

function hasOverride(hosts: HostState[], key: string): boolean {
  return hosts.some((h) => h.aggregates.some((a) => a.metadata[key] !== undefined));
}

function countIgnored(cache: HostStateCache, ignored: Set<string>): number {
  let n = 0;
  for (const h of ignored) if (cache.get(h)) n++;
  return n;
}
