// Kumo's own instruments, by component. Each is registered when the
// component that records it is made (so a process exposes only the metrics
// it can move), and each hands out cached children so a hot path records
// with a Map lookup or none.
import type { NatsConnection } from 'nats';
import { STATE_STREAM } from '../actor/subjects.js';
import { defaultRegistry, type CounterChild, type HistogramChild } from './registry.js';

/** gRPC status code names by number. */
const GRPC_CODES = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
] as const;

export function grpcCodeName(code: number | undefined): string {
  return GRPC_CODES[code ?? 2] ?? 'UNKNOWN';
}

// ---- kumo-api -------------------------------------------------------------

export class ApiMetrics {
  private readonly requests = defaultRegistry.counter({
    name: 'kumo_api_requests_total',
    help: 'gRPC API calls finished, by method and status code (a stream counts when it ends).',
    labelNames: ['method', 'code'],
  });
  private readonly duration = defaultRegistry.histogram({
    name: 'kumo_api_request_duration_seconds',
    help: 'gRPC API call latency by method (for a stream, from open to end).',
    labelNames: ['method'],
  });
  readonly openStreams = defaultRegistry.gauge({ name: 'kumo_api_open_streams', help: 'Server-streaming calls (watches) open now, by method.', labelNames: ['method'] });
  private readonly methods = new Map<string, { ok: CounterChild; duration: HistogramChild }>();

  /** A call of `method` ended with gRPC status `code` (a number); `startedAt` is its performance.now() at arrival. */
  done(method: string, code: number, startedAt: number): void {
    let m = this.methods.get(method);
    if (!m) this.methods.set(method, (m = { ok: this.requests.labels(method, 'OK'), duration: this.duration.labels(method) }));
    m.duration.observe((performance.now() - startedAt) / 1000);
    if (code === 0) m.ok.inc();
    else this.requests.labels(method, grpcCodeName(code)).inc();
  }
}

let api: ApiMetrics | undefined;
export function apiMetrics(): ApiMetrics {
  return (api ??= new ApiMetrics());
}

// ---- kumo-scheduler -------------------------------------------------------

export class SchedulerMetrics {
  private readonly decisions = defaultRegistry.counter({
    name: 'kumo_scheduler_decisions_total',
    help: 'SelectDestinations decisions, by outcome: selected, no_valid_host, error.',
    labelNames: ['outcome'],
  });
  private readonly duration = defaultRegistry.histogram({
    name: 'kumo_scheduler_decision_duration_seconds',
    help: 'Time to decide one SelectDestinations request (filters, weighers, consumption), in the mailbox.',
    buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  });
  private readonly instances = defaultRegistry.counter({ name: 'kumo_scheduler_instances_selected_total', help: 'Instances given a host (every instance of a selected decision).' });
  // Made now so they read 0 before the first decision.
  private readonly selected = this.decisions.labels('selected');
  private readonly noValidHost = this.decisions.labels('no_valid_host');
  private readonly failed = this.decisions.labels('error');
  private readonly timing = this.duration.labels();
  private readonly placed = this.instances.labels();

  /** One decision: `instances` placed, or the error it threw (NoValidHost is told apart by its reason). */
  decided(startedAt: number, instances: number, err?: unknown): void {
    this.timing.observe((performance.now() - startedAt) / 1000);
    if (err === undefined) {
      this.selected.inc();
      this.placed.inc(instances);
    } else if ((err as { reason?: string }).reason === 'NO_VALID_HOST') this.noValidHost.inc();
    else this.failed.inc();
  }

  /** Reports the size of the scheduler's host cache at scrape time; returns its removal. */
  trackHosts(size: () => number): () => void {
    const hosts = defaultRegistry.gauge({ name: 'kumo_scheduler_hosts', help: 'Hosts in the scheduler cache (every host that reported).' });
    return defaultRegistry.addCollector(() => hosts.set(size()));
  }
}

let scheduler: SchedulerMetrics | undefined;
export function schedulerMetrics(): SchedulerMetrics {
  return (scheduler ??= new SchedulerMetrics());
}

// ---- kumo-conductor: the view's lag behind the state log ------------------

/**
 * kumo_statelog_last_sequence (the stream's last sequence, asked of
 * JetStream at scrape time, so nothing is added per message),
 * kumo_view_applied_sequence and kumo_view_lag (messages behind).
 * Returns its removal.
 */
export function trackViewLag(nc: NatsConnection, applied: () => number): () => void {
  const last = defaultRegistry.gauge({ name: 'kumo_statelog_last_sequence', help: 'Last sequence of the state-log stream (KUMO_STATE), read at scrape time.' });
  const appliedSeq = defaultRegistry.gauge({ name: 'kumo_view_applied_sequence', help: "Last state-log sequence applied to this conductor's view." });
  const lag = defaultRegistry.gauge({ name: 'kumo_view_lag', help: "State-log messages this conductor's view has not applied yet (last sequence - applied)." });
  let lastSeq: number | undefined;
  let jsm: ReturnType<NatsConnection['jetstreamManager']> | undefined;
  const update = (): void => {
    const a = applied();
    appliedSeq.set(a);
    if (lastSeq !== undefined) {
      last.set(lastSeq);
      lag.set(Math.max(0, lastSeq - a));
    }
  };
  return defaultRegistry.addCollector(async () => {
    update(); // with the last known stream sequence, should JetStream not answer in time
    try {
      const info = await (await (jsm ??= nc.jetstreamManager())).streams.info(STATE_STREAM);
      lastSeq = info.state.last_seq;
    } catch (err) {
      jsm = undefined;
      throw err;
    }
    update();
  });
}

// ---- LMDB -----------------------------------------------------------------

const LMDB_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

/** The commit-time child of one write kind: op put/remove with its table, or op transaction. */
export function lmdbCommitTimer(op: 'put' | 'remove' | 'transaction', table: string): HistogramChild {
  return defaultRegistry
    .histogram({
      name: 'kumo_lmdb_commit_duration_seconds',
      help: 'Time from an LMDB write to its durable commit (lmdb-js batches writes), by op (put, remove outside a transaction; transaction) and table.',
      labelNames: ['op', 'table'],
      buckets: LMDB_BUCKETS,
    })
    .labels(op, table);
}
