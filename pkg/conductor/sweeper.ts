// The sweeper: ends transitional states that nobody will end. Every
// interval a conductor scans its view for servers whose task_state (or
// vm_state BUILDING) has lasted longer than the task's bound. Such a server
// is failed here only when no one else can end it:
// - it has no host (stuck in scheduling: the conductor placing it died);
// - its host's service is down (no HostReport for service_down_time, or
//   an admin forced it down);
// - its host is up but does not know it (no instance actor answers).
// Then the sweeper writes ERROR with a fault (a delete cut off is finished
// instead: a tombstone, as Nova's local delete), as a compare-and-set on the
// log: several conductors may sweep at once, and a host that changed the
// server meanwhile wins. A host that is up owns its instances and bounds its
// own tasks, so those are left alone (logged once). A host returning after
// the sweeper wrote ERROR adopts the log's newer record (recovery.ts).
import type { Logger } from 'pino';
import { asKumoError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { InstanceProtocol } from '../compute/protocol.js';
import { LifecycleConfig, type LifecycleOptions } from '../compute/lifecycle_config.js';
import type { Server__Output, ServerRecord__Output } from '../gen/types.js';
import { nextRecord, serverRecordCodec } from '../lifecycle/record.js';
import { NO_TASK, taskStateName } from '../lifecycle/states.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp, timestampMs } from '../util/timestamp.js';
import type { ConductorView } from './view.js';


/**
 * Records a sweep reads before it yields the event loop: 100 decode in
 * 2–3 ms; 1,000 held a 100-server list page up to 30 ms (bench:view p99).
 */
const SWEEP_CHUNK = 100;

export interface SweeperOptions {
  /** How often to sweep; 0 disables the sweeper. */
  intervalMs: number;
  /** Bound of a server waiting for a host (task scheduling). */
  schedulingTimeoutMs: number;
  /** Bounds by task name as Nova prints it ("powering-off"), over the lifecycle bounds. */
  taskTimeoutsMs: Record<string, number>;
  /** Build / move / other task bounds (instance_build_timeout, ...). */
  lifecycle?: Partial<LifecycleOptions>;
  /** A host silent this long is down. */
  serviceDownTimeMs: number;
}

/** What the sweeper needs to know of hosts (ComputeServices in services.ts). */
export interface HostLiveness {
  status(host: string): { up: boolean; forcedDown: boolean };
}

export interface SweepResult {
  /** Servers set to ERROR (or, for a delete cut off, deleted). */
  failed: string[];
  /** Stuck servers left to their (live) host. */
  leftToHost: string[];
  /** Writes that lost the compare-and-set (someone else changed the server). */
  conflicts: number;
}

export class Sweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<SweepResult>;
  private readonly lifecycle: LifecycleConfig;
  private readonly startedAt = Date.now();
  /** Stuck servers already logged as left to their host (id:generation). */
  private readonly logged = new Set<string>();
  /**
   * Servers that may have a bound (in a task, or building), kept from the
   * view's changes after the first pass read them all: a pass then reads
   * these few records, not every server of the view.
   */
  private candidates?: Set<string>;

  constructor(
    private readonly system: ActorSystem,
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    private readonly hosts: HostLiveness,
    private readonly opts: SweeperOptions,
    private readonly log: Logger = system.log,
  ) {
    this.lifecycle = new LifecycleConfig(opts.lifecycle);
    view.onServerChange((before, after) => {
      const s = (after ?? before)?.server;
      if (!this.candidates || !s) return;
      if (after?.server && this.boundOf(after.server) !== undefined) this.candidates.add(s.id);
      else this.candidates.delete(s.id);
    });
  }

  start(): void {
    if (this.opts.intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.sweep().catch((err: unknown) => this.log.error({ err }, 'sweep failed'));
    }, this.opts.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * The bound of the server's current state in ms (0: unbounded), or
   * undefined when it is not in a transitional state.
   */
  boundOf(s: Server__Output): number | undefined {
    const task = s.task_state;
    if (task === NO_TASK) return s.vm_state === 'VM_STATE_BUILDING' ? this.lifecycle.instanceBuildTimeoutMs : undefined;
    const override = this.opts.taskTimeoutsMs[taskStateName(task)];
    if (override !== undefined) return override;
    if (task === 'TASK_STATE_SCHEDULING') return this.opts.schedulingTimeoutMs;
    return this.lifecycle.boundOf(task);
  }

  /** One pass over the view (one at a time). */
  sweep(now = Date.now()): Promise<SweepResult> {
    if (!this.running) {
      this.running = this.sweepOnce(now).finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async sweepOnce(now: number): Promise<SweepResult> {
    const result: SweepResult = { failed: [], leftToHost: [], conflicts: 0 };
    const stuck: Array<{ record: ServerRecord__Output; bound: number; age: number }> = [];
    let seen = 0;
    const consider = (record: ServerRecord__Output): void => {
      const s = record.server!;
      const bound = this.boundOf(s);
      if (bound === undefined) {
        this.candidates?.delete(s.id);
        return;
      }
      this.candidates?.add(s.id);
      if (bound <= 0) return;
      const age = now - timestampMs(s.update_time);
      if (age >= bound) stuck.push({ record, bound, age });
    };
    if (this.candidates) {
      for (const id of [...this.candidates]) {
        const record = this.view.servers.get(id);
        if (record) consider(record);
        else this.candidates.delete(id);
      }
    } else {
      // The first pass reads every server (and from then on the view's changes keep the candidates).
      this.candidates = new Set();
      for (const record of this.view.servers.values()) {
        // A view of 100,000 servers takes seconds to read: let requests run between chunks.
        if (++seen % SWEEP_CHUNK === 0) await new Promise((r) => setImmediate(r));
        consider(record);
      }
    }
    for (const { record, bound, age } of stuck) {
      const s = record.server!;
      let why: string;
      if (!s.host) {
        why = 'no host took the server (the conductor placing it is gone)';
      } else {
        const host = this.hosts.status(s.host);
        // A conductor that just started has not heard every host yet: silence means down only after service_down_time.
        if (!host.up && !host.forcedDown && now - this.startedAt < this.opts.serviceDownTimeMs) continue;
        if (!host.up) {
          why = `host ${s.host} is down`;
        } else if (await this.hostKnows(s.id)) {
          const key = `${s.id}:${record.generation}`;
          if (!this.logged.has(key)) {
            this.logged.add(key);
            this.log.warn({ instance: s.id, host: s.host, task: s.task_state, age_ms: age }, 'server stuck past its bound on a live host; the host owns it');
          }
          result.leftToHost.push(s.id);
          continue;
        } else {
          why = `host ${s.host} does not know the server`;
        }
      }
      const task = taskStateName(s.task_state);
      const secs = (ms: number): string => `${Math.round(ms / 100) / 10} s`;
      const message =
        s.vm_state === 'VM_STATE_BUILDING'
          ? `build timed out after ${secs(age)} (task ${task}, bound ${secs(bound)}): ${why}`
          : `task ${task} timed out after ${secs(age)} (bound ${secs(bound)}): ${why}`;
      try {
        await this.fail(record, message);
        result.failed.push(s.id);
        this.log.warn({ instance: s.id, host: s.host || undefined, task: s.task_state, vm_state: s.vm_state }, `sweeper: ${message}`);
      } catch (err) {
        if (!(err instanceof StateConflictError)) throw err;
        // Someone changed the server since our view saw it (its host, another sweeper): the next pass looks again.
        result.conflicts++;
      }
    }
    return result;
  }

  /** Whether the server's instance actor answers on its host. */
  private async hostKnows(id: string): Promise<boolean> {
    try {
      await this.system.ref(subjects.instance(id), InstanceProtocol).call('GetServer', { id }, { timeoutMs: 5_000 });
      return true;
    } catch (err) {
      return asKumoError(err).reason !== 'NO_RESPONDERS';
    }
  }

  /** ERROR with a fault (or the tombstone of a delete cut off), as a compare-and-set on the log. */
  private async fail(record: ServerRecord__Output, message: string): Promise<void> {
    const s = record.server!;
    const id = s.id;
    if (s.task_state === 'TASK_STATE_DELETING') {
      const tomb = nextRecord(record, { vm_state: 'VM_STATE_DELETED', task_state: NO_TASK });
      const seq = await this.stateLog.appendExclusive('server', id, tomb.generation, 'delete', serverRecordCodec.encode(tomb));
      await this.view.waitFor(seq).catch(() => undefined);
      return;
    }
    const next = nextRecord(record, {
      vm_state: 'VM_STATE_ERROR',
      task_state: NO_TASK,
      progress: 0,
      fault: { code: 500, message, details: '', create_time: nowTimestamp() },
    });
    const seq = await this.stateLog.appendExclusive('server', id, next.generation, 'put', serverRecordCodec.encode(next));
    await this.view.waitFor(seq).catch(() => undefined);
  }
}
