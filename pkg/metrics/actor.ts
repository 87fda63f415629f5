// Metrics of the actor runtime: messages served (by actor kind, method and
// outcome), handler time, time spent waiting in the mailbox, and, read at
// scrape time, how many actors this process serves and their mailbox depth.
import { defaultRegistry, type CounterChild, type HistogramChild, type Registry } from './registry.js';

/** Label of a message whose method the actor's protocol does not have. */
export const UNKNOWN_METHOD = '(unknown)';

const RPC_PREFIX = 'kumo.v1.rpc.';

/** The kind of actor serving `subject`: conductor, scheduler, host, inst (the subject's fourth token), or "other". */
export function actorKind(subject: string): string {
  if (!subject.startsWith(RPC_PREFIX)) return 'other';
  const end = subject.indexOf('.', RPC_PREFIX.length);
  return subject.slice(RPC_PREFIX.length, end < 0 ? undefined : end) || 'other';
}

const messages = defaultRegistry.counter({
  name: 'kumo_actor_messages_total',
  help: 'Actor messages served, by actor kind, protocol method and outcome (OK or the error code).',
  labelNames: ['actor', 'method', 'outcome'],
});
const handleDuration = defaultRegistry.histogram({
  name: 'kumo_actor_handle_duration_seconds',
  help: 'Time an actor spent handling a message (decode, handler, reply), by actor kind and method.',
  labelNames: ['actor', 'method'],
});
const mailboxWait = defaultRegistry.histogram({
  name: 'kumo_actor_mailbox_wait_seconds',
  help: 'Time a message waited in its actor mailbox before it ran, by actor kind.',
  labelNames: ['actor'],
});

interface MethodStats {
  ok: CounterChild;
  handle: HistogramChild;
}

/** The instruments of one actor kind, with the children of each method cached. */
export class ActorKindMetrics {
  private readonly methods = new Map<string, MethodStats>();
  private readonly wait: HistogramChild;

  constructor(readonly kind: string) {
    this.wait = mailboxWait.labels(kind);
  }

  /** One message done: `queuedAt` when it entered the mailbox, `startedAt` when it began to run (performance.now()). */
  done(method: string, outcome: string, queuedAt: number, startedAt: number): void {
    let m = this.methods.get(method);
    if (!m) {
      m = { ok: messages.labels(this.kind, method, 'OK'), handle: handleDuration.labels(this.kind, method) };
      this.methods.set(method, m);
    }
    m.handle.observe((performance.now() - startedAt) / 1000);
    this.wait.observe((startedAt - queuedAt) / 1000);
    if (outcome === 'OK') m.ok.inc();
    else messages.labels(this.kind, method, outcome).inc();
  }
}

const byKind = new Map<string, ActorKindMetrics>();

export function actorKindMetrics(kind: string): ActorKindMetrics {
  let m = byKind.get(kind);
  if (!m) byKind.set(kind, (m = new ActorKindMetrics(kind)));
  return m;
}

/** What the scrape needs of a served actor. */
export interface ServedActor {
  readonly subject: string;
  readonly mailbox: { readonly depth: number };
}

/**
 * Actor count and mailbox depth (sum and max) by kind, computed at scrape
 * time from the actors `served()` returns. Returns its removal.
 */
export function registerActorGauges(registry: Registry, served: () => Iterable<ServedActor>): () => void {
  const count = registry.gauge({ name: 'kumo_actor_count', help: 'Actors this process serves, by kind.', labelNames: ['actor'] });
  const depth = registry.gauge({
    name: 'kumo_actor_mailbox_depth',
    help: 'Messages queued or running in the mailboxes of this process, summed over the actors of each kind.',
    labelNames: ['actor'],
  });
  const depthMax = registry.gauge({ name: 'kumo_actor_mailbox_depth_max', help: 'The deepest mailbox among the actors of each kind.', labelNames: ['actor'] });
  const collect = (): void => {
    const stats = new Map<string, { n: number; sum: number; max: number }>();
    for (const a of served()) {
      const kind = actorKind(a.subject);
      let s = stats.get(kind);
      if (!s) stats.set(kind, (s = { n: 0, sum: 0, max: 0 }));
      const d = a.mailbox.depth;
      s.n++;
      s.sum += d;
      if (d > s.max) s.max = d;
    }
    // Kinds seen before but gone now (every instance actor stopped) read 0.
    for (const c of count.children()) c.set(0);
    for (const c of depth.children()) c.set(0);
    for (const c of depthMax.children()) c.set(0);
    for (const [kind, s] of stats) {
      count.labels(kind).set(s.n);
      depth.labels(kind).set(s.sum);
      depthMax.labels(kind).set(s.max);
    }
  };
  return registry.addCollector(collect);
}
