// A small, dependency-free Prometheus registry: counters, gauges and
// histograms (fixed buckets) with labels, rendered in the text exposition
// format version 0.0.4. Recording is cheap (a child per label set, looked
// up through nested Maps; a histogram keeps per-bucket counts and makes them
// cumulative only when rendered), so it can sit on hot paths.

export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Latency buckets in seconds, 0.1 ms to 10 s. */
export const DEFAULT_BUCKETS: readonly number[] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type MetricType = 'counter' | 'gauge' | 'histogram';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export class MetricsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricsError';
  }
}

/** A sample value as the text format writes it. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** Label values: backslash, double quote and line feed are escaped. */
export function escapeLabelValue(v: string): string {
  return /[\\"\n]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') : v;
}

/** HELP text: backslash and line feed are escaped. */
export function escapeHelp(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** `{a="x",b="y"}`, or '' without labels. */
function labelString(names: readonly string[], values: readonly string[]): string {
  if (names.length === 0) return '';
  return `{${names.map((n, i) => `${n}="${escapeLabelValue(values[i]!)}"`).join(',')}}`;
}

export interface MetricOptions {
  name: string;
  help: string;
  labelNames?: readonly string[];
  /** Runs before every render (may be async): sets values kept elsewhere (gauges of current state, totals mirrored from a library). */
  collect?: () => void | Promise<void>;
}

export interface HistogramOptions extends MetricOptions {
  /** Upper bounds, strictly increasing; +Inf is implicit. */
  buckets?: readonly number[];
}

export class CounterChild {
  value = 0;
  constructor(readonly labels: string) {}

  inc(n = 1): void {
    if (!(n >= 0)) throw new MetricsError(`a counter can only go up (inc by ${n})`);
    this.value += n;
  }

  /** For collectors mirroring a total kept elsewhere (e.g. NATS byte counts). */
  setTotal(total: number): void {
    this.value = total;
  }
}

export class GaugeChild {
  value = 0;
  constructor(readonly labels: string) {}

  set(v: number): void {
    this.value = v;
  }

  inc(n = 1): void {
    this.value += n;
  }

  dec(n = 1): void {
    this.value -= n;
  }
}

export class HistogramChild {
  /** Per-bucket (not cumulative) counts; the last is the +Inf bucket. */
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(
    readonly labels: string,
    private readonly bounds: readonly number[],
  ) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  observe(v: number): void {
    if (Number.isNaN(v)) return;
    const b = this.bounds;
    const n = b.length;
    let i = 0;
    while (i < n && v > b[i]!) i++;
    this.counts[i]!++;
    this.sum += v;
    this.count++;
  }

  /** Observes the seconds elapsed since `startMs` (a performance.now() reading). */
  observeSince(startMs: number): void {
    this.observe((performance.now() - startMs) / 1000);
  }
}

type Child = CounterChild | GaugeChild | HistogramChild;

/** A metric family: one name, its label names, a child per label set. */
export abstract class Family<C extends Child> {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly string[];
  readonly collect?: () => void | Promise<void>;
  abstract readonly type: MetricType;
  /** Nested maps, one level per label; the last level holds the children. */
  private readonly root = new Map<string, unknown>();
  private readonly all: C[] = [];
  private single?: C;

  constructor(opts: MetricOptions, reserved: readonly string[] = []) {
    if (!METRIC_NAME.test(opts.name)) throw new MetricsError(`invalid metric name "${opts.name}"`);
    const labelNames = opts.labelNames ?? [];
    for (const l of labelNames) {
      if (!LABEL_NAME.test(l) || l.startsWith('__')) throw new MetricsError(`invalid label name "${l}" on ${opts.name}`);
      if (reserved.includes(l)) throw new MetricsError(`label name "${l}" is reserved on ${opts.name}`);
    }
    if (new Set(labelNames).size !== labelNames.length) throw new MetricsError(`duplicate label names on ${opts.name}`);
    this.name = opts.name;
    this.help = opts.help;
    this.labelNames = [...labelNames];
    this.collect = opts.collect;
  }

  protected abstract newChild(labels: string): C;

  /** The child for these label values, in the order of labelNames (made on first use). */
  labels(...values: string[]): C {
    const names = this.labelNames;
    if (values.length !== names.length) throw new MetricsError(`${this.name} takes ${names.length} label value(s) (${names.join(', ')}), got ${values.length}`);
    if (names.length === 0) return (this.single ??= this.add([]));
    let level = this.root;
    const last = names.length - 1;
    for (let i = 0; i < last; i++) {
      const v = values[i]!;
      let next = level.get(v) as Map<string, unknown> | undefined;
      if (!next) level.set(v, (next = new Map()));
      level = next;
    }
    let child = level.get(values[last]!) as C | undefined;
    if (!child) level.set(values[last]!, (child = this.add(values)));
    return child;
  }

  /** Every child made so far, in the order they were made. */
  children(): readonly C[] {
    return this.all;
  }

  private add(values: readonly string[]): C {
    for (const v of values) if (typeof v !== 'string') throw new MetricsError(`label values of ${this.name} must be strings`);
    const child = this.newChild(labelString(this.labelNames, values));
    this.all.push(child);
    return child;
  }

  /** The sample lines of this family (after HELP and TYPE). */
  abstract render(out: string[]): void;
}

export class Counter extends Family<CounterChild> {
  readonly type = 'counter';

  protected newChild(labels: string): CounterChild {
    return new CounterChild(labels);
  }

  /** The unlabelled counter. */
  inc(n = 1): void {
    this.labels().inc(n);
  }

  render(out: string[]): void {
    for (const c of this.children()) out.push(`${this.name}${c.labels} ${formatValue(c.value)}`);
  }
}

export class Gauge extends Family<GaugeChild> {
  readonly type = 'gauge';

  protected newChild(labels: string): GaugeChild {
    return new GaugeChild(labels);
  }

  set(v: number): void {
    this.labels().set(v);
  }

  inc(n = 1): void {
    this.labels().inc(n);
  }

  dec(n = 1): void {
    this.labels().dec(n);
  }

  render(out: string[]): void {
    for (const c of this.children()) out.push(`${this.name}${c.labels} ${formatValue(c.value)}`);
  }
}

export class Histogram extends Family<HistogramChild> {
  readonly type = 'histogram';
  readonly buckets: readonly number[];
  private readonly leLabels: string[];

  constructor(opts: HistogramOptions) {
    super(opts, ['le']);
    const buckets = [...(opts.buckets ?? DEFAULT_BUCKETS)];
    if (buckets[buckets.length - 1] === Infinity) buckets.pop();
    if (buckets.length === 0) throw new MetricsError(`${opts.name} needs at least one finite bucket`);
    for (let i = 0; i < buckets.length; i++) {
      if (!Number.isFinite(buckets[i]!)) throw new MetricsError(`bucket bounds of ${opts.name} must be finite numbers`);
      if (i > 0 && buckets[i]! <= buckets[i - 1]!) throw new MetricsError(`bucket bounds of ${opts.name} must be strictly increasing`);
    }
    this.buckets = buckets;
    this.leLabels = [...buckets.map(formatValue), '+Inf'];
  }

  protected newChild(labels: string): HistogramChild {
    return new HistogramChild(labels, this.buckets);
  }

  observe(v: number): void {
    this.labels().observe(v);
  }

  render(out: string[]): void {
    for (const c of this.children()) {
      // `le` goes last, after the child's own labels.
      const prefix = c.labels ? `${c.labels.slice(0, -1)},` : '{';
      let cumulative = 0;
      for (let i = 0; i < this.leLabels.length; i++) {
        cumulative += c.counts[i]!;
        out.push(`${this.name}_bucket${prefix}le="${this.leLabels[i]}"} ${formatValue(cumulative)}`);
      }
      out.push(`${this.name}_sum${c.labels} ${formatValue(c.sum)}`);
      out.push(`${this.name}_count${c.labels} ${formatValue(c.count)}`);
    }
  }
}

type AnyFamily = Counter | Gauge | Histogram;

export class Registry {
  private readonly families = new Map<string, AnyFamily>();
  private readonly collectors = new Set<() => void | Promise<void>>();

  /** The counter of this name, made on first use; the same options must be given every time. */
  counter(opts: MetricOptions): Counter {
    return this.getOrAdd(opts, 'counter', () => new Counter(opts));
  }

  gauge(opts: MetricOptions): Gauge {
    return this.getOrAdd(opts, 'gauge', () => new Gauge(opts));
  }

  histogram(opts: HistogramOptions): Histogram {
    const h = this.getOrAdd(opts, 'histogram', () => new Histogram(opts));
    if (opts.buckets && h.buckets.join() !== opts.buckets.filter((b) => b !== Infinity).join()) {
      throw new MetricsError(`${opts.name} is already registered with other buckets`);
    }
    return h;
  }

  get(name: string): AnyFamily | undefined {
    return this.families.get(name);
  }

  /** Runs `fn` before every render (e.g. to set gauges from a live object); returns its removal. */
  addCollector(fn: () => void | Promise<void>): () => void {
    this.collectors.add(fn);
    return () => this.collectors.delete(fn);
  }

  /**
   * The text exposition of every family. Collectors run first; one that
   * fails (or takes longer than `collectTimeoutMs`) leaves the values it
   * set last time, so a scrape always answers.
   */
  async metrics(collectTimeoutMs = 2000): Promise<string> {
    const hooks = [...this.collectors];
    for (const f of this.families.values()) if (f.collect) hooks.push(f.collect);
    await Promise.all(hooks.map((h) => bounded(h, collectTimeoutMs)));
    const out: string[] = [];
    for (const f of this.families.values()) {
      out.push(`# HELP ${f.name} ${escapeHelp(f.help)}`);
      out.push(`# TYPE ${f.name} ${f.type}`);
      f.render(out);
    }
    return out.length ? `${out.join('\n')}\n` : '';
  }

  private getOrAdd<F extends AnyFamily>(opts: MetricOptions, type: MetricType, make: () => F): F {
    const known = this.families.get(opts.name);
    if (known) {
      if (known.type !== type) throw new MetricsError(`${opts.name} is already registered as a ${known.type}`);
      if (known.labelNames.join() !== (opts.labelNames ?? []).join()) throw new MetricsError(`${opts.name} is already registered with labels (${known.labelNames.join(', ')})`);
      return known as F;
    }
    const f = make();
    this.families.set(opts.name, f);
    return f;
  }
}

async function bounded(fn: () => void | Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([Promise.resolve().then(fn), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  } catch {
    // a failed collector keeps its previous values
  } finally {
    clearTimeout(timer);
  }
}

/** The registry every Kumo process serves on /metrics. */
export const defaultRegistry = new Registry();
