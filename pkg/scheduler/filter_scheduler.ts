// FilterScheduler: for each instance, filter the hosts, weigh the
// survivors (each weigher normalised to 0..1 over them, times its
// multiplier, summed), pick at random among the best host_subset_size, and
// consume the pick so the next instance of the request sees it. All or
// nothing: if one instance fits nowhere, every pick is given back.
//
// Pure: it reads a HostStateCache and a RequestSpec and nothing else. The
// same loop serves ExplainPlacement with recording switched on.
//
// A decision looks at every host, or, with more hosts than hostsToWeigh
// (default 1,000, as Nova's max_placement_results), scans them from a
// rotating start, every filter chunk by chunk, until that many passed
// (kube-scheduler's numFeasibleNodesToFind), and weighs those: the cost of a
// decision stops growing with the cloud, and the start moves on so every
// host has its turn. A host that fits is found whenever one exists: the scan
// only stops early once enough have passed. Requests in a server group
// (their weighers compare hosts with the group's) and ExplainPlacement look
// at every host. The loops are kept tight: candidates are slots into the
// cache's typed-array columns (host_columns.ts) in reused scratch arrays,
// plugins with a batch form loop over the whole list themselves, and nothing
// is allocated per host.
import type * as g from '../gen/types.js';
import type { SchedulerConfig } from './config.js';
import { BestHosts } from './best_hosts.js';
import { NoValidHostError, UnknownPluginError } from './errors.js';
import { FILTERS } from './filters/registry.js';
import type { HostColumns } from './host_columns.js';
import type { AggregateOverrides, HostState, HostStateCache } from './host_state.js';
import type { HostFilter, HostWeigher, Rejections, RequestContext } from './plugin.js';
import { WEIGHERS } from './weighers/registry.js';

interface WeigherEntry {
  weigher: HostWeigher;
  multiplier: number;
}

interface PreparedWeigher {
  name: string;
  multiplier: number;
  key: string;
  /** Per-host multipliers from aggregates; undefined when no host's aggregates set the key. */
  overrides: AggregateOverrides | undefined;
  /**
   * Raw weights by slot, times `sign`: the weigher's own column, or a
   * scratch column its batch or per-host form filled for the candidates.
   */
  values: Float64Array;
  sign: number;
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
/** The smallest chunk a capped scan filters at once. */
const MIN_SCAN_CHUNK = 64;

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
  // Scratch reused across decisions (decisions never overlap: place() is
  // synchronous), sized to the largest host count seen; allocating them per
  // decision was a tenth of the time at 10,000 hosts.
  /** Candidate slots after the once-per-request filters, and per instance. */
  private requestSlots = new Int32Array(0);
  private instanceSlots = new Int32Array(0);
  /** Total weight by candidate index. */
  private total = new Float64Array(0);
  /** Raw weights by slot of the weighers that are not columns. */
  private raws: Float64Array[] = [];
  /** [min, max] of the weigher being normalised. */
  private readonly range = new Float64Array(2);
  private readonly best = new BestHosts();
  private readonly rejections = new RejectionTally();
  /** Where the next capped scan starts, as an index into the candidates (hostsToWeigh). */
  private cursor = 0;

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

  private newRequest(spec: g.RequestSpec__Output, nowMs: number, monotonicNowMs: number): RequestContext {
    const groupHosts = new Map<string, number>();
    for (const h of spec.group?.member_hosts ?? []) groupHosts.set(h, (groupHosts.get(h) ?? 0) + 1);
    return { spec, flavor: spec.flavor!, image: spec.image, nowMs, monotonicNowMs, config: this.config, placed: new Map(), groupHosts };
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
    const req = this.newRequest(spec, nowMs, cache.now());
    const tallies = new Map<string, FilterTally>();
    const tally = (f: HostFilter): FilterTally => {
      let t = tallies.get(f.name);
      if (!t) tallies.set(f.name, (t = { name: f.name, before: 0, removed: 0, reasons: new Map(), examples: [] }));
      return t;
    };

    // Candidates: every host but the ignored ones; a forced host skips the filters (Nova's force_hosts).
    const table = cache.table;
    this.reserve(table.size);
    const ignored = new Set(spec.ignore_hosts);
    const candidates = this.requestSlots;
    let count = 0;
    if (spec.force_host) {
      const forced = cache.slotOf(spec.force_host);
      if (forced !== undefined && !ignored.has(spec.force_host)) candidates[count++] = forced;
    } else {
      const size = table.size;
      if (ignored.size === 0) {
        for (let s = 0; s < size; s++) candidates[s] = s;
        count = size;
      } else {
        const names = table.names;
        for (let s = 0; s < size; s++) if (!ignored.has(names[s]!)) candidates[count++] = s;
      }
    }
    const limit = this.config.hostsToWeigh;
    const capped = !spec.force_host && !explaining && !spec.group && limit > 0 && count > limit;
    if (!spec.force_host && !capped) count = this.runFilters(this.onceFilters, req, table, candidates, count, tally, explaining);
    const considered = spec.force_host ? count : cache.size - countIgnored(cache, ignored);

    const selections: g.Selection__Output[] = [];
    const chosen: HostState[] = [];
    let explanation: g.ExplainPlacementResponse__Output | undefined;
    try {
      for (const [index, instanceId] of instanceIds.entries()) {
        const perInstance = spec.force_host ? [] : capped ? this.filters : this.perInstanceFilters;
        // Counts of per-instance filters describe the instance being placed, not a sum over the request.
        for (const f of perInstance) tallies.delete(f.name);
        // The first instance's tallies explain; later instances only count toward NoValidHost.
        const slots = this.instanceSlots;
        let n: number;
        if (capped) n = this.scan(req, table, candidates, count, limit, tally);
        else {
          slots.set(candidates.subarray(0, count));
          n = this.runFilters(perInstance, req, table, slots, count, tally, explaining && index === 0);
        }
        if (n === 0) {
          if (tolerateFailure) {
            explanation = this.describe(considered, tallies, [], [], top);
            break;
          }
          throw this.noValidHost(considered, tallies, index, instanceIds.length);
        }
        const ranked = this.rank(cache, slots, n, req, Math.max(this.config.hostSubsetSize, 1) + this.config.maxAttempts - 1 + (explaining ? top : 0), explaining);
        const pick = this.choose(ranked);
        const host = ranked[pick]!.host;
        const alternates: string[] = [];
        for (let i = 0; i < ranked.length && alternates.length < this.config.maxAttempts - 1; i++) if (i !== pick) alternates.push(ranked[i]!.host.host);
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

  /** Grows the scratch arrays to hold `hosts` candidates. */
  private reserve(hosts: number): void {
    if (this.requestSlots.length >= hosts) return;
    const size = Math.max(hosts, this.requestSlots.length * 2, 64);
    this.requestSlots = new Int32Array(size);
    this.instanceSlots = new Int32Array(size);
    this.total = new Float64Array(size);
    this.raws = [];
  }

  /**
   * Runs every filter over the candidates from the cursor on, wrapping, a
   * chunk at a time, until `limit` hosts passed or every candidate was
   * seen; the hosts that passed end up at the front of instanceSlots, and
   * the cursor moves past what was scanned. Returns how many passed.
   */
  private scan(req: RequestContext, table: HostColumns, candidates: Int32Array, count: number, limit: number, tally: (f: HostFilter) => FilterTally): number {
    const slots = this.instanceSlots;
    let at = this.cursor < count ? this.cursor : 0;
    let found = 0;
    let scanned = 0;
    while (found < limit && scanned < count) {
      // As many as are still missing (most hosts pass), but not chunks so small that preparing the filters dominates.
      const len = Math.min(Math.max(limit - found, MIN_SCAN_CHUNK), count - scanned);
      const head = Math.min(len, count - at);
      slots.set(candidates.subarray(at, at + head), found);
      if (head < len) slots.set(candidates.subarray(0, len - head), found + head);
      at = (at + len) % count;
      scanned += len;
      found += this.runFilters(this.filters, req, table, slots.subarray(found, found + len), len, tally, false);
    }
    this.cursor = at;
    return found;
  }

  /**
   * Runs `filters` over the candidates `slots[0..n)`, one filter after the
   * other, each on the survivors of the previous ones (so a host is
   * charged to the first filter that rejects it). The survivors end up at
   * the front of `slots`, in order; returns how many there are.
   */
  private runFilters(
    filters: HostFilter[],
    req: RequestContext,
    table: HostColumns,
    slots: Int32Array,
    n: number,
    tally: (f: HostFilter) => FilterTally,
    recording: boolean,
  ): number {
    const rejections = this.rejections;
    rejections.names = table.names;
    rejections.recording = recording;
    for (const f of filters) {
      const t = tally(f);
      // hosts_before of each filter: what the previous ones let through.
      t.before += n;
      rejections.tally = t;
      if (f.prepareBatch) {
        const batch = f.prepareBatch(req);
        if (batch) n = batch(table, slots, n, rejections);
        continue;
      }
      const check = f.prepare(req);
      if (!check) continue;
      const views = table.views;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        const reason = check(views[s]!);
        if (reason === undefined) slots[kept++] = s;
        else rejections.reject(s, reason);
      }
      n = kept;
    }
    rejections.tally = undefined;
    return n;
  }

  /** The best `k` hosts, best first, with their weights (and per-weigher scores when explaining). */
  private rank(cache: HostStateCache, slots: Int32Array, n: number, req: RequestContext, k: number, explaining: boolean): Ranked[] {
    const table = cache.table;
    const prepared = this.weigh(cache, req, slots, n);
    const count = prepared.length;
    // Normalising a weigher needs its range over the candidates first. Each
    // pass adds one weigher's normalised values and measures the next one's
    // range, and the last one also offers each total to the selection of
    // the best: W weighers take W + 1 passes rather than 3W + 1. At 10,000
    // hosts the per-element overhead, not the arithmetic, is the cost.
    const total = this.total;
    total.fill(0, 0, n);
    const best = this.best;
    best.reset(k, slots, table.names);
    let selected = false;
    const range = this.range;
    const mins: number[] = [];
    const spans: number[] = [];
    if (count > 0) measure(prepared[0]!.values, prepared[0]!.sign, slots, n, range);
    for (let wi = 0; wi < count; wi++) {
      const w = prepared[wi]!;
      const min = range[0]!;
      const span = range[1]! - min;
      mins.push(min);
      spans.push(span);
      const next = wi + 1 < count ? prepared[wi + 1]! : undefined;
      if (span !== 0 && !w.overrides) {
        if (next) addMeasuring(total, w.values, w.sign, slots, n, min, span, w.multiplier, next.values, next.sign, range);
        else {
          addSelecting(total, w.values, w.sign, slots, n, min, span, w.multiplier, best);
          selected = true;
        }
        continue;
      }
      if (span !== 0 && w.overrides) addOverridden(total, w.values, w.sign, slots, n, min, span, w.multiplier, w.overrides.value);
      if (next) measure(next.values, next.sign, slots, n, range);
    }
    if (!selected) for (let i = 0; i < n; i++) best.offer(i, total[i]!);
    const ranked: Ranked[] = [];
    for (let b = 0; b < best.count; b++) {
      const slot = slots[best.index[b]!]!;
      const host = table.views[slot]!;
      const scores: g.WeigherScore__Output[] = [];
      if (explaining) {
        for (const [wi, w] of prepared.entries()) {
          const raw = w.values[slot]! * w.sign;
          const normalized = spans[wi] === 0 ? 0 : (raw - mins[wi]!) / spans[wi]!;
          const multiplier = multiplierFor(host, w.key, w.multiplier);
          scores.push({ weigher: w.name, raw, normalized, multiplier, weighted: normalized * multiplier });
        }
      }
      ranked.push({ host, weight: best.weight[b]!, scores });
    }
    return ranked;
  }

  /**
   * The weighers that apply to this request, each with its raw weights by
   * slot: a column it names, or scratch filled by its batch form (one call)
   * or its per-host form (one call per candidate).
   */
  private weigh(cache: HostStateCache, req: RequestContext, slots: Int32Array, n: number): PreparedWeigher[] {
    const table = cache.table;
    const prepared: PreparedWeigher[] = [];
    for (const { weigher, multiplier } of this.weighers) {
      // A weigher configured off (0) still counts where an aggregate sets its multiplier.
      const overrides = cache.overrides(weigher.multiplierKey);
      const on = multiplier !== 0 || (overrides !== undefined && anyDefined(overrides, slots, n));
      const use = (values: Float64Array, sign: number): void => {
        prepared.push({ name: weigher.name, multiplier, key: weigher.multiplierKey, overrides, values, sign });
      };
      if (weigher.prepareColumn) {
        const column = weigher.prepareColumn(req, table);
        if (column && on) use(column.column, column.sign);
      } else if (weigher.prepareBatch) {
        const batch = weigher.prepareBatch(req);
        if (!batch || !on) continue;
        const values = this.scratch(prepared.length);
        batch(table, slots, n, values);
        use(values, 1);
      } else {
        const weight = weigher.prepare(req);
        if (!weight || !on) continue;
        const values = this.scratch(prepared.length);
        const views = table.views;
        for (let i = 0; i < n; i++) {
          const s = slots[i]!;
          values[s] = weight(views[s]!);
        }
        use(values, 1);
      }
    }
    return prepared;
  }

  /** Scratch raw weights by slot, the `index`th (at most one per weigher). */
  private scratch(index: number): Float64Array {
    while (this.raws.length <= index) this.raws.push(new Float64Array(this.requestSlots.length));
    return this.raws[index]!;
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

// The normalising loops. Weights are read by slot (values[slots[i]]) times
// `sign`, which is ±1 and so exact; the expressions are the reference ones,
// so totals are bit-for-bit what a per-host pipeline computes.

/** The smallest and largest candidate weight into range[0] and range[1] (NaN is never either). */
function measure(values: Float64Array, sign: number, slots: Int32Array, n: number, range: Float64Array): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[slots[i]!]! * sign;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  range[0] = min;
  range[1] = max;
}

/**
 * total[i] += the weight normalised to 0..1 over [min, min + span], times
 * m; and measure() of the next weigher in the same pass.
 */
function addMeasuring(
  total: Float64Array,
  values: Float64Array,
  sign: number,
  slots: Int32Array,
  n: number,
  min: number,
  span: number,
  m: number,
  next: Float64Array,
  nextSign: number,
  range: Float64Array,
): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = slots[i]!;
    total[i]! += (m * (values[s]! * sign - min)) / span;
    const v = next[s]! * nextSign;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  range[0] = lo;
  range[1] = hi;
}

/** The normalised weight added as in addMeasuring(), offering each candidate's final total to `best`. */
function addSelecting(total: Float64Array, values: Float64Array, sign: number, slots: Int32Array, n: number, min: number, span: number, m: number, best: BestHosts): void {
  for (let i = 0; i < n; i++) {
    const t = total[i]! + (m * (values[slots[i]!]! * sign - min)) / span;
    total[i] = t;
    best.offer(i, t);
  }
}

/** The normalised weight added with a per-host multiplier where the host's aggregates set one (own[slot], NaN when not). */
function addOverridden(total: Float64Array, values: Float64Array, sign: number, slots: Int32Array, n: number, min: number, span: number, m: number, own: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const s = slots[i]!;
    const o = own[s]!;
    total[i]! += ((Number.isNaN(o) ? m : o) * (values[s]! * sign - min)) / span;
  }
}

function anyDefined(o: AggregateOverrides, slots: Int32Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (o.defined[slots[i]!] === 1) return true;
  return false;
}

/** Counts each rejection against the filter being run (`tally`), with examples when explaining. */
class RejectionTally implements Rejections {
  tally: FilterTally | undefined;
  names: readonly string[] = [];
  recording = false;

  reject(slot: number, reason: string): void {
    const t = this.tally!;
    t.removed++;
    t.reasons.set(reason, (t.reasons.get(reason) ?? 0) + 1);
    if (this.recording && t.examples.length < EXAMPLES) t.examples.push({ host: this.names[slot]!, reason });
  }
}

function countIgnored(cache: HostStateCache, ignored: Set<string>): number {
  let n = 0;
  for (const h of ignored) if (cache.get(h)) n++;
  return n;
}
