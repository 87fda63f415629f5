// The scheduler actor: a pooled actor (queue group "scheduler") answering
// SelectDestinations from its HostStateCache, which host reports keep fresh.
import type { Subscription } from 'nats';
import { InvalidArgumentError } from '../actor/errors.js';
import type { ActorHandle, ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { hostReportCodec } from '../compute/report.js';
import { FilterScheduler, type FilterSchedulerConfig } from './filter_scheduler.js';
import { HostStateCache } from './host_state.js';
import { SchedulerProtocol } from './protocol.js';

export class SchedulerActor {
  readonly cache = new HostStateCache();
  private readonly pipeline: FilterScheduler;
  private handle?: ActorHandle;
  private reports?: Subscription;

  constructor(
    private readonly system: ActorSystem,
    config: FilterSchedulerConfig,
  ) {
    this.pipeline = new FilterScheduler(config);
  }

  start(): void {
    this.reports = this.system.nc.subscribe(subjects.allHostEvents(), {
      callback: (err, msg) => {
        if (err) return;
        try {
          this.cache.update(hostReportCodec.decode(msg.data));
        } catch (e) {
          this.system.log.warn({ err: e, subject: msg.subject }, 'bad host report');
        }
      },
    });
    // Ask every host for a report now rather than waiting for heartbeats.
    this.system.nc.publish(subjects.hostResync());
    this.handle = this.system.serve(
      subjects.scheduler(),
      SchedulerProtocol,
      {
        SelectDestinations: async (req, ctx) => {
          const started = performance.now();
          if (!req.spec) throw InvalidArgumentError.field('spec', 'required');
          const selections = this.pipeline.select(this.cache, req.spec, req.instance_ids);
          ctx.log.debug({ instances: req.instance_ids.length, ms: performance.now() - started }, 'placed');
          return { selections };
        },
      },
      // Decisions must not interleave: each consumes from the shared cache.
      { queue: 'scheduler', concurrency: 1 },
    );
  }

  async stop(): Promise<void> {
    await this.handle?.stop();
    if (this.reports && !this.reports.isClosed()) this.reports.unsubscribe();
  }
}
