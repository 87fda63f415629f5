// The scheduler actor: a pooled actor (queue group "scheduler") answering
// SelectDestinations and ExplainPlacement from its HostStateCache, which
// host reports (core pub/sub) and aggregates and compute service records
// (the state log) keep fresh, so no decision reads a database.
import { DeliverPolicy, type ConsumerMessages, type Subscription } from 'nats';
import { InvalidArgumentError } from '../actor/errors.js';
import type { ActorHandle, ActorSystem } from '../actor/runtime.js';
import { STATE_STREAM, subjects, type EntityKind } from '../actor/subjects.js';
import { followHostReports } from '../compute/report.js';
import { aggregateCodec, serviceCodec } from '../conductor/view.js';
import type * as g from '../gen/types.js';
import { schedulerMetrics } from '../metrics/kumo.js';
import { STATE_HDR, ensureStateStream } from '../statelog/statelog.js';
import { ChanceScheduler } from './chance_scheduler.js';
import type { SchedulerConfig } from './config.js';
import { UnknownPluginError } from './errors.js';
import { FilterScheduler } from './filter_scheduler.js';
import { HostStateCache } from './host_state.js';
import { SchedulerProtocol } from './protocol.js';

export class SchedulerActor {
  readonly cache = new HostStateCache();
  private readonly pipeline: FilterScheduler;
  private readonly chance?: ChanceScheduler;
  private handle?: ActorHandle;
  private reports?: Subscription;
  private beats?: Subscription;
  private readonly followed: ConsumerMessages[] = [];
  private readonly metrics = schedulerMetrics();
  private untrackHosts?: () => void;

  constructor(
    private readonly system: ActorSystem,
    config: SchedulerConfig,
  ) {
    if (config.driver !== 'filter' && config.driver !== 'chance') throw new UnknownPluginError('driver', config.driver, ['filter', 'chance']);
    // The FilterScheduler is built either way: it validates the plugin names and serves ExplainPlacement.
    this.pipeline = new FilterScheduler(config);
    if (config.driver === 'chance') this.chance = new ChanceScheduler(config);
  }

  async start(): Promise<void> {
    const nc = this.system.nc;
    this.reports = followHostReports(nc, 'report', (r) => this.cache.update(r), this.system.log);
    this.beats = followHostReports(nc, 'beat', (b) => this.cache.beat(b), this.system.log);
    await Promise.all([
      this.followLatest('aggregate', 'zones and aggregate limits', (data, deleted) => {
        const a = aggregateCodec.decode(data);
        this.cache.setAggregate(a.id, deleted ? undefined : a);
      }),
      this.followLatest('service', 'disabled and forced-down hosts', (data, deleted) => {
        const s = serviceCodec.decode(data);
        this.cache.setService(s.host, deleted ? undefined : { disabled: s.status === 'disabled', disabledReason: s.disabled_reason, forcedDown: s.forced_down });
      }),
    ]);
    // Ask every host for a report now rather than waiting for heartbeats.
    nc.publish(subjects.hostResync());
    this.untrackHosts = this.metrics.trackHosts(() => this.cache.size);
    this.handle = this.system.serve(
      subjects.scheduler(),
      SchedulerProtocol,
      {
        SelectDestinations: async (req, ctx) => {
          const spec = requireSpec(req.spec);
          const started = performance.now();
          let selections: ReturnType<FilterScheduler['select']>;
          try {
            selections = this.chance
              ? this.chance.select(this.cache, spec, req.instance_ids)
              : this.pipeline.select(this.cache, spec, req.instance_ids);
          } catch (err) {
            this.metrics.decided(started, 0, err);
            throw err;
          }
          this.metrics.decided(started, selections.length);
          ctx.log.debug({ instances: req.instance_ids.length, ms: performance.now() - started }, 'placed');
          return { selections };
        },
        ExplainPlacement: async (req) => this.pipeline.explain(this.cache, requireSpec(req.spec), req.count, req.top),
      },
      // Decisions must not interleave: each consumes from the shared cache.
      { queue: 'scheduler', concurrency: 1 },
    );
  }

  /**
   * Replays the latest record of every entity of `kind` (aggregates,
   * compute service records) from the state log, then follows changes;
   * resolves once caught up.
   */
  private async followLatest(kind: EntityKind, what: string, apply: (data: Uint8Array, deleted: boolean) => void): Promise<void> {
    const nc = this.system.nc;
    await ensureStateStream(nc);
    const filter = subjects.allStatesOf(kind);
    // One message per subject will be replayed: count the subjects to know when we caught up.
    const info = await (await nc.jetstreamManager()).streams.info(STATE_STREAM, { subjects_filter: filter });
    const pending = Object.keys(info.state.subjects ?? {}).length;
    const consumer = await nc.jetstream().consumers.get(STATE_STREAM, {
      filterSubjects: filter, // one subject: nats-server 2.9 has no multi-filter consumers
      deliver_policy: DeliverPolicy.LastPerSubject,
    });
    let seen = 0;
    let caughtUp!: () => void;
    const ready = new Promise<void>((r) => (caughtUp = r));
    if (pending === 0) caughtUp();
    const messages = await consumer.consume();
    this.followed.push(messages);
    void (async () => {
      for await (const m of messages) {
        try {
          apply(m.data, m.headers?.get(STATE_HDR.op) === 'delete');
        } catch (err) {
          this.system.log.warn({ err, subject: m.subject }, `bad ${kind} record`);
        }
        if (++seen === pending) caughtUp();
      }
    })();
    const caught = await Promise.race([ready.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
    if (!caught) this.system.log.warn({ kind, pending, seen }, `serving before every ${kind} record was replayed; ${what} may lag`);
  }

  async stop(): Promise<void> {
    this.untrackHosts?.();
    await this.handle?.stop();
    if (this.reports && !this.reports.isClosed()) this.reports.unsubscribe();
    if (this.beats && !this.beats.isClosed()) this.beats.unsubscribe();
    await Promise.all(this.followed.map((m) => m.close()));
  }
}

function requireSpec(spec: g.RequestSpec__Output | null): g.RequestSpec__Output {
  if (!spec) throw InvalidArgumentError.field('spec', 'required');
  if (!spec.flavor) throw InvalidArgumentError.field('spec.flavor', 'required');
  return spec;
}
