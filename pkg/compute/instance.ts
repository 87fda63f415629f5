// The instance actor: one per instance, on the instance's current host,
// serving kumo.v1.rpc.inst.<uuid>. Its mailbox orders every state change;
// an action is checked (pkg/lifecycle/check.ts) and its task_state set
// there — a compare-and-set, since nothing else runs meanwhile — and the
// caller gets the server back. The driver work then runs outside the
// mailbox, so the actor keeps answering (and refusing other actions while
// the task is set); its end is posted back to the mailbox as a message that
// applies the final state. Every task is bounded: a driver call that hangs
// ends the task in ERROR with a fault.
import { randomBytes, randomUUID } from 'node:crypto';
import { KumoError, NotFoundError, UnavailableError, InvalidArgumentError } from '../actor/errors.js';
import type { ActorHandle, ActorSystem, CallContext, Handlers } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { StateConflictError } from '../statelog/errors.js';
import type * as g from '../gen/types.js';
import { nextRecord, type ServerPatch } from '../lifecycle/record.js';
import { isRecorded, type ActionRule } from '../lifecycle/actions.js';
import { checkAction } from '../lifecycle/check.js';
import { instantPatch } from '../lifecycle/instant.js';
import type { ActionRecorder } from '../lifecycle/recorder.js';
import { NO_TASK, taskStateName, type PowerState, type TaskState, type VmState } from '../lifecycle/states.js';
import { nowTimestamp, timestampMs } from '../util/timestamp.js';
import { loadsIo } from './io_load.js';
import { InstanceProtocol } from './protocol.js';
import type { GuestInfo, GuestPowerState, VirtDriver } from './virt/driver.js';
import type { LifecycleConfig } from './lifecycle_config.js';
import { finishArrival, MoveOrchestrator, type MoveHost } from './moves.js';

/** What an instance needs from the host it lives on. */

/** Recent command answers an instance keeps for duplicate deliveries: how many, and for how long. */
const ANSWER_MEMORY = 64;
const ANSWER_MEMORY_MS = 5 * 60_000;

export interface InstanceHost extends MoveHost {
  readonly name: string;
  readonly driver: VirtDriver;
  readonly recorder: ActionRecorder;
  readonly lifecycle: LifecycleConfig;
  /** Durably stores the record on the host and appends it to the state log. */
  persist(record: g.ServerRecord__Output): Promise<void>;
  /** Removes the instance from the host: record, claim, actor. */
  forget(record: g.ServerRecord__Output): Promise<void>;
  /** After a lost compare-and-set: lets go of the instance if the log says it was deleted or moved ('reaped'), or gives the log's newer record naming this host. */
  reapIfSuperseded(id: string): Promise<'reaped' | g.ServerRecord__Output | undefined>;
  releaseClaim(id: string): void;
  /** A spawn succeeded: the host's consecutive build failures reset. */
  buildSucceeded(): void;
  /**
   * A spawn failed and alternates remain: hand the server back to the
   * conductor for the next one (the claim, the record and this actor go).
   */
  rescheduleBuild(record: g.ServerRecord__Output, reason: string): Promise<void>;
  /** A spawn failed for the last time: count it against the host. */
  buildFailed(): void;
  /** Shelve offload: the record leaves the host (host cleared, logged), with its claim and actor. */
  offload(record: g.ServerRecord__Output): Promise<void>;
  /** The host's report changed (task states load its I/O). */
  scheduleReport(): void;
  /** The host's report changed in a way the schedulers may learn of with its next report. */
  reportLater(): void;
}

/** One accepted action: its name and request, for the instance-action record. */
interface Op {
  readonly name: string;
  readonly requestId: string;
  readonly recorded: boolean;
}

const POWER: Record<GuestPowerState, PowerState> = {
  running: 'POWER_STATE_RUNNING',
  paused: 'POWER_STATE_PAUSED',
  suspended: 'POWER_STATE_SUSPENDED',
  shutdown: 'POWER_STATE_SHUTDOWN',
  crashed: 'POWER_STATE_CRASHED',
};

export function powerStateOf(info: GuestInfo | undefined): PowerState {
  // No guest: Nova's NOSTATE.
  return info ? POWER[info.state] : 'POWER_STATE_UNSPECIFIED';
}

/** A console token: the server id then 32 random hex digits, so any API can route it to the owner. */
const TOKEN = /^([0-9a-f-]{36})([0-9a-f]{32})$/;

/** Runs one step of a multi-step task in the instance's mailbox, or throws if the task was superseded. */
export type Step = <T>(job: () => Promise<T>) => Promise<T>;

export function consoleTokenServer(token: string): string | undefined {
  return TOKEN.exec(token)?.[1];
}

export class InstanceActor {
  private handle?: ActorHandle;
  /** The driver work in flight, if any; a delete waits for it before destroying. */
  private inflight: Promise<unknown> = Promise.resolve();
  /** Set once the server left this host (deleted, moved, offloaded): messages still queued are refused. */
  private gone = false;
  /** Console tokens issued for this server: token → expiry (ms since the epoch). One use each. */
  private readonly consoleTokens = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private readonly moves: MoveOrchestrator;
  /** The multi-step task in flight (background); a delete, or the task's own failure or timeout, supersedes it. */
  private flow?: { superseded: boolean };

  constructor(
    private record: g.ServerRecord__Output,
    private readonly host: InstanceHost,
    private readonly system: ActorSystem,
  ) {
    this.moves = new MoveOrchestrator(host, system);
  }

  get id(): string {
    return this.record.server!.id;
  }

  get server(): g.Server__Output {
    return this.record.server!;
  }

  get current(): g.ServerRecord__Output {
    return this.record;
  }

  start(): void {
    this.handle = this.system.serve(subjects.instance(this.id), InstanceProtocol, this.guarded({
      GetServer: async () => ({ server: this.server }),
      Act: (req, ctx) => this.act(req, ctx),
      ValidateConsoleToken: async (req) => this.validateConsoleToken(req.token),
    }));
    this.armTimers();
  }

  /** The handlers, refusing every message once the server has left this host. */
  private guarded(handlers: Handlers<InstanceProtocol>): Handlers<InstanceProtocol> {
    const refuse = (): never => {
      throw new UnavailableError(`server ${this.id} is no longer on host ${this.host.name}`, { reason: 'INSTANCE_MOVED' });
    };
    return {
      GetServer: (req, ctx) => (this.gone ? refuse() : handlers.GetServer(req, ctx)),
      Act: (req, ctx) => (this.gone ? refuse() : handlers.Act(req, ctx)),
      ValidateConsoleToken: (req, ctx) => (this.gone ? refuse() : handlers.ValidateConsoleToken(req, ctx)),
    };
  }

  /** Runs a job in this actor's mailbox, after whatever is queued. */
  later(job: () => Promise<void>): void {
    if (!this.handle) return;
    this.handle.mailbox.post(async () => {
      if (this.gone) return;
      try {
        await job();
      } catch (err) {
        this.system.log.error({ err, instance: this.id }, 'instance job failed');
      }
    });
  }

  // ---- the dispatcher ------------------------------------------------------

  /**
   * Answers of recent commands by request id and action: a command
   * delivered twice (the same envelope published again) gets the first
   * answer and runs once. Failures are not kept, so a retry after a
   * refusal runs again.
   */
  private readonly answered = new Map<string, { at: number; answer: Promise<g.InstanceActionResponse> }>();

  private act(req: g.InstanceActionRequest__Output, ctx: CallContext): Promise<g.InstanceActionResponse> {
    const key = `${ctx.requestId}/${req.action ?? ''}`;
    const now = Date.now();
    const seen = this.answered.get(key);
    if (seen && now - seen.at < ANSWER_MEMORY_MS) return seen.answer;
    const answer = this.actOnce(req, ctx);
    this.answered.set(key, { at: now, answer });
    answer.catch(() => this.answered.delete(key));
    if (this.answered.size > ANSWER_MEMORY) this.answered.delete(this.answered.keys().next().value as string);
    return answer;
  }

  private async actOnce(req: g.InstanceActionRequest__Output, ctx: CallContext): Promise<g.InstanceActionResponse> {
    const rule = checkAction(this.server, req);
    const action = req.action!;
    const op: Op = { name: rule.name, requestId: ctx.requestId, recorded: isRecorded(action) };
    if (op.recorded) this.host.recorder.start(this.server, op.name, ctx);
    try {
      return await this.dispatch(req, rule, op, ctx);
    } catch (err) {
      if (op.recorded) this.host.recorder.finish(this.server, op.name, op.requestId, err);
      throw err;
    }
  }

  private async dispatch(req: g.InstanceActionRequest__Output, rule: ActionRule, op: Op, ctx: CallContext): Promise<g.InstanceActionResponse> {
    const d = this.host.driver;
    const id = this.id;
    const task = rule.task ?? NO_TASK;
    const toActive: ServerPatch = { vm_state: 'VM_STATE_ACTIVE', power_state: 'POWER_STATE_RUNNING' };
    const instant = instantPatch(this.server, req);
    if (instant) {
      await this.instant(op, instant);
      return { server: this.server };
    }
    switch (req.action) {
      case 'stop':
        await this.task(op, task, 'compute_stop_instance', () => d.powerOff(id), { vm_state: 'VM_STATE_STOPPED', power_state: 'POWER_STATE_SHUTDOWN' });
        break;
      case 'start':
        await this.task(op, task, 'compute_start_instance', () => d.powerOn(id), toActive);
        break;
      case 'reboot': {
        const hard = req.reboot?.type === 'REBOOT_TYPE_HARD';
        await this.task(op, task, 'compute_reboot_instance', () => d.reboot(id, hard), toActive);
        break;
      }
      case 'pause':
        await this.task(op, task, 'compute_pause_instance', () => d.pause(id), { vm_state: 'VM_STATE_PAUSED', power_state: 'POWER_STATE_PAUSED' });
        break;
      case 'unpause':
        await this.task(op, task, 'compute_unpause_instance', () => d.unpause(id), toActive);
        break;
      case 'suspend':
        await this.task(op, task, 'compute_suspend_instance', () => d.suspend(id), { vm_state: 'VM_STATE_SUSPENDED', power_state: 'POWER_STATE_SUSPENDED' });
        break;
      case 'resume':
        await this.task(op, task, 'compute_resume_instance', () => d.resume(id), toActive);
        break;
      case 'rebuild': {
        const image = req.rebuild_image;
        const wasStopped = this.server.vm_state === 'VM_STATE_STOPPED';
        const patch: ServerPatch = { task_state: task, image_id: image?.id || this.server.image_id, fault: null };
        if (req.rebuild?.name) patch.name = req.rebuild.name;
        await this.save(patch);
        if (image) this.record = { ...this.record, image_properties: { ...image.properties } };
        // As Nova: a server rebuilt while stopped stays stopped.
        this.run(op, task, 'compute_rebuild_instance', async () => {
          await d.rebuild(this.record);
          if (wasStopped) await d.powerOff(id);
        }, wasStopped ? { vm_state: 'VM_STATE_STOPPED', power_state: 'POWER_STATE_SHUTDOWN' } : toActive);
        break;
      }
      case 'rescue': {
        const imageId = req.rescue?.image_id || this.server.image_id;
        await this.save({ task_state: task });
        this.record = { ...this.record, previous_vm_state: this.server.vm_state };
        this.run(op, task, 'compute_rescue_instance', () => d.rescue(id, imageId), { vm_state: 'VM_STATE_RESCUED', power_state: 'POWER_STATE_RUNNING' });
        break;
      }
      case 'unrescue':
        await this.task(op, task, 'compute_unrescue_instance', () => d.unrescue(id), toActive);
        break;
      case 'create_image':
        await this.snapshot(op, task, req.image);
        break;
      case 'shelve':
        await this.shelve(op, task);
        break;
      case 'shelve_offload':
        await this.save({ task_state: task });
        this.later(() => this.offloadNow(op));
        break;
      case 'unshelve':
        // Still on its host (shelved_offload_time kept it here): power it on.
        await this.task(op, task, 'compute_unshelve_instance', () => d.powerOn(id), { ...toActive, deleted_time: null });
        break;
      case 'restore':
        await this.task(op, task, 'compute_restore_instance', () => d.powerOn(id), { ...toActive, deleted_time: null });
        break;
      case 'delete':
        await this.delete(op, ctx);
        break;
      case 'force_delete':
        await this.save({ task_state: 'TASK_STATE_DELETING' });
        this.supersede();
        this.destroyWhenIdle(op);
        break;
      case 'console_output': {
        const text = await d.consoleOutput(id);
        const n = req.console_output?.length ?? 0;
        const lines = text.split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        return { server: this.server, console_output: n > 0 ? lines.slice(-n).join('\n') : lines.join('\n') };
      }
      case 'remote_console':
        return { server: this.server, console: this.issueConsoleToken() };
      case 'resize':
      case 'migrate':
      case 'live_migrate': {
        const kind = req.action === 'resize' ? 'resize' : req.action === 'migrate' ? 'migration' : 'live-migration';
        const flavor = req.action === 'resize' ? req.flavor : this.server.flavor;
        if (!flavor) throw InvalidArgumentError.field('flavor_id', 'the new flavor was not resolved');
        if (req.action === 'resize' && flavor.id === this.server.flavor?.id) throw InvalidArgumentError.field('flavor_id', 'the server already has this flavor');
        const target = req.migrate?.host || req.live_migrate?.host || '';
        if (target === this.host.name) throw InvalidArgumentError.field('host', `the server already runs on ${target}`);
        await this.save({ task_state: task, progress: 0 });
        this.record = { ...this.record, previous_vm_state: this.server.vm_state };
        this.startMove(op, kind, flavor, target);
        break;
      }
      case 'confirm_resize':
        await this.confirmResize(op);
        break;
      case 'revert_resize':
        await this.save({ task_state: task });
        this.background(op, task, (step) => this.moves.revert(this, step, op.requestId));
        break;
      case 'evacuate':
        throw new KumoError('FAILED_PRECONDITION', `host ${this.host.name} of server ${id} is up: evacuate needs it down or forced down`, { reason: 'HOST_UP' });
      default:
        throw new KumoError('UNIMPLEMENTED', `action ${String(req.action)} is not handled by the host`);
    }
    return { server: this.server };
  }

  // ---- task plumbing ---------------------------------------------------------

  /** An action with no driver work: one record change, recorded as finished. */
  private async instant(op: Op, patch: ServerPatch): Promise<void> {
    await this.saveEnding(op, patch);
  }

  /** Sets the task, then runs the driver work in the background and applies `done`. */
  private async task(op: Op, task: TaskState, event: string, work: () => Promise<void>, done: ServerPatch): Promise<void> {
    await this.save({ task_state: task });
    this.run(op, task, event, work, done);
  }

  /**
   * Runs the driver work of a task outside the mailbox (bounded by the task
   * timeout), then applies its end inside it, unless the task was superseded
   * meanwhile (by a delete).
   */
  private run(op: Op, task: TaskState, event: string, work: () => Promise<void>, done: ServerPatch, onFailure?: (err: unknown) => Promise<void>): void {
    const p = this.bounded(task, () => this.host.recorder.event(this.id, op.requestId, event, this.host.name, work));
    this.inflight = p.catch(() => undefined);
    p.then(
      () =>
        this.later(async () => {
          if (this.server.task_state !== task) return;
          await this.saveEnding(op, { ...done, task_state: NO_TASK, progress: 0 });
        }),
      (err: unknown) =>
        this.later(async () => {
          if (this.server.task_state !== task) return;
          if (onFailure) await onFailure(err);
          else await this.fail(err, op.name);
          if (op.recorded) this.host.recorder.finish(this.server, op.name, op.requestId, err);
        }),
    );
  }

  /**
   * Runs a multi-step task (moves, snapshots, shelve, arrival) whose steps
   * save as they go, each through `step`; a failure ends it in ERROR. Once
   * the task failed, timed out or a delete superseded it, its remaining
   * steps throw instead of writing over what replaced it.
   */
  private background(op: Op, task: TaskState, work: (step: Step) => Promise<void>, onFailure?: (err: unknown) => Promise<void>): void {
    const flow = { superseded: false };
    this.flow = flow;
    const step: Step = (job) =>
      this.inMailbox(async () => {
        if (flow.superseded) throw new KumoError('ABORTED', `task ${taskStateName(task)} of server ${this.id} was superseded`, { reason: 'TASK_SUPERSEDED' });
        return job();
      });
    const p = this.bounded(task, () => work(step));
    // Settles once the end is handled (or its handling posted), so a delete waiting for it queues after that.
    this.inflight = p.then(
      () => {
        if (op.recorded) this.host.recorder.finish(this.server, op.name, op.requestId);
      },
      (err: unknown) => {
        flow.superseded = true;
        this.later(async () => {
          if (onFailure) await onFailure(err);
          else if (this.server.task_state !== NO_TASK && !this.deleting) await this.fail(err, op.name);
          if (op.recorded) this.host.recorder.finish(this.server, op.name, op.requestId, err);
        });
      },
    );
    // Never rejects: a delete and SIGTERM wait on it.
    this.inflight = this.inflight.catch((err: unknown) => this.system.log.error({ err, instance: this.id }, 'task end failed'));
  }

  /** A delete ends the multi-step task in flight: its remaining steps must not write. */
  private supersede(): void {
    if (this.flow) this.flow.superseded = true;
  }

  /** A delete is under way (or done): a task ending now must not write its end state. */
  get deleting(): boolean {
    return this.gone || this.server.task_state === 'TASK_STATE_DELETING';
  }

  /** Races a task's work against its bound, so no task_state outlives it. */
  private bounded<T>(task: TaskState, work: () => Promise<T>): Promise<T> {
    const ms = this.host.lifecycle.boundOf(task);
    if (!(ms > 0)) return work();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`task ${task.replace(/^TASK_STATE_/, '').toLowerCase()} timed out after ${Math.round(ms / 1000)} s`)), ms);
      timer.unref();
    });
    return Promise.race([work(), timeout]).finally(() => clearTimeout(timer));
  }

  /** Applies a change from inside a mailbox job started elsewhere (moves). */
  async apply(patch: ServerPatch, extra: Partial<Omit<g.ServerRecord__Output, 'server' | 'generation'>> = {}): Promise<g.ServerRecord__Output> {
    if (Object.keys(extra).length) this.record = { ...this.record, ...extra };
    await this.save(patch);
    return this.record;
  }

  /** Runs `job` in the mailbox and waits for it. Never from inside this mailbox: that deadlocks. */
  inMailbox<T>(job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const moved = () => new UnavailableError(`server ${this.id} left host ${this.host.name}`, { reason: 'INSTANCE_MOVED' });
      if (!this.handle || this.gone) return reject(moved());
      this.handle.mailbox.post(async () => {
        // Left while queued: say so, rather than leave the caller waiting forever.
        if (this.gone) return reject(moved());
        try {
          resolve(await job());
        } catch (err) {
          reject(err);
        }
      });
    });
  }

  /** The server left this host for good (moved): stop serving. */
  leave(): void {
    this.gone = true;
    if (this.timer) clearTimeout(this.timer);
    void this.handle?.stop(); // not awaited: we may be inside this actor's mailbox
  }

  get isGone(): boolean {
    return this.gone;
  }

  // ---- builds ------------------------------------------------------------------

  /** The build, after the host's claim (task spawning, unshelving or rebuilding): spawn, then ACTIVE or ERROR. */
  private spawn(op: Op): void {
    const task = this.server.task_state;
    const evacuated = this.record.migration?.type === 'evacuation';
    const stopped = evacuated && this.record.previous_vm_state === 'VM_STATE_STOPPED';
    this.run(
      op,
      task,
      evacuated ? 'compute_rebuild_instance' : task === 'TASK_STATE_UNSHELVING' ? 'compute_unshelve_instance' : 'compute_build_and_run_instance',
      async () => {
        await this.host.driver.spawn(this.record);
        if (stopped) await this.host.driver.powerOff(this.id);
        this.host.buildSucceeded();
      },
      {
        vm_state: stopped ? 'VM_STATE_STOPPED' : 'VM_STATE_ACTIVE',
        power_state: stopped ? 'POWER_STATE_SHUTDOWN' : 'POWER_STATE_RUNNING',
        launch_time: this.server.launch_time ?? nowTimestamp(),
        deleted_time: null,
      },
      async (err) => {
        this.host.releaseClaim(this.id);
        const reason = err instanceof Error ? err.message : String(err);
        if (this.record.alternates.length > 0 && !evacuated) {
          // Leave first, so nothing queued here acts on a server another host will own.
          this.leave();
          await this.host.driver.destroy(this.id);
          await this.host.rescheduleBuild(this.record, reason);
          return;
        }
        this.host.buildFailed();
        await this.host.driver.destroy(this.id);
        const tried = this.record.tried_hosts;
        // Like Nova's "Exceeded maximum number of retries", say every host that failed.
        await this.fail(tried.length > 1 ? new Error(`Exceeded maximum number of retries: the build failed on ${tried.join(', ')}; last failure: ${reason}`) : err, 'spawn');
      },
    );
    if (evacuated) this.record = { ...this.record, migration: null };
  }

  /** Builds are recorded under the create request that started them. */
  spawnFor(requestId: string, action: string): void {
    this.spawn({ name: action, requestId, recorded: requestId !== '' });
  }

  /** Finishes a delete that a restart cut off. */
  resumeDelete(): void {
    this.later(() => this.destroy());
  }

  /** Stops serving after the driver work in flight and the mailbox have finished (SIGTERM). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    // A hung driver call must not hold SIGTERM forever.
    await Promise.race([this.inflight, new Promise((r) => setTimeout(r, 30_000).unref())]);
    await this.handle?.stop();
  }

  // ---- power sync --------------------------------------------------------------

  /** Applies a change decided by the host's power-state sync, in the mailbox (skipped if a task started meanwhile). */
  syncPowerState(decide: (server: g.Server__Output, guest: GuestInfo | undefined) => { patch?: ServerPatch; stopGuest?: boolean } | undefined): void {
    this.later(async () => {
      if (this.server.task_state !== NO_TASK) return;
      const decision = decide(this.server, this.host.driver.guest(this.id));
      if (!decision) return;
      if (decision.stopGuest) await this.host.driver.powerOff(this.id);
      if (decision.patch) await this.save(decision.patch);
    });
  }

  // ---- delete, soft delete, reclaim ------------------------------------------------

  private async delete(op: Op, ctx: CallContext): Promise<void> {
    const soft = this.host.lifecycle.reclaimInstanceIntervalMs > 0;
    if (this.server.task_state === 'TASK_STATE_DELETING') {
      // A repeated delete restarts a destroy that failed (the first one may still be queued: destroy is idempotent).
      this.destroyWhenIdle(op);
      return;
    }
    // Soft delete keeps the guest (off) and its resources until reclaimed; a soft-deleted server deleted again goes for good.
    // So does one deleted mid-task: the task is superseded, and a restore could not finish it.
    if (soft && this.server.task_state === NO_TASK && this.server.vm_state !== 'VM_STATE_SOFT_DELETED' && this.server.vm_state !== 'VM_STATE_BUILDING' && this.server.vm_state !== 'VM_STATE_ERROR') {
      const task: TaskState = 'TASK_STATE_SOFT_DELETING';
      const sd: Op = { ...op, name: 'softDelete' };
      await this.task(sd, task, 'compute_soft_delete_instance', () => this.host.driver.powerOff(this.id), {
        vm_state: 'VM_STATE_SOFT_DELETED',
        power_state: 'POWER_STATE_SHUTDOWN',
        deleted_time: nowTimestamp(),
      });
      void ctx;
      return;
    }
    await this.save({ task_state: 'TASK_STATE_DELETING' });
    this.supersede();
    this.destroyWhenIdle(op);
  }

  /**
   * Destroys once the driver work in flight has ended. The wait happens
   * outside the mailbox: a task ends through its steps, which need the
   * mailbox (and now throw, superseded), so waiting inside would deadlock.
   */
  private destroyWhenIdle(op?: Op): void {
    void this.inflight.then(() => this.later(() => this.destroy(op)));
  }

  private async destroy(op?: Op): Promise<void> {
    if (this.gone) return;
    const work = () => this.host.driver.destroy(this.id);
    await (op?.recorded ? this.host.recorder.event(this.id, op.requestId, 'compute_terminate_instance', this.host.name, work) : work());
    const deleted = nextRecord(this.record, { vm_state: 'VM_STATE_DELETED', task_state: NO_TASK, power_state: 'POWER_STATE_UNSPECIFIED' });
    // If logging the delete fails, the actor stays and a repeated delete finishes the job.
    await this.host.forget(deleted);
    const m = this.record.migration;
    if (m?.source_host && m.source_host !== this.host.name) this.moves.releaseSource(this.id, m);
    this.record = deleted;
    this.leave();
    if (op?.recorded) this.host.recorder.finish(this.server, op.name, op.requestId);
  }

  /** Timers that end a state after a configured time: reclaim of soft-deleted servers, auto-confirm of resizes, shelve offload. */
  armTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const s = this.server;
    if (s.task_state !== NO_TASK) return;
    const cfg = this.host.lifecycle;
    const since = timestampMs(s.update_time);
    let after = -1;
    let job: (() => Promise<void>) | undefined;
    const op = (name: string): Op => ({ name, requestId: `req-${randomUUID()}`, recorded: true });
    if (s.vm_state === 'VM_STATE_SOFT_DELETED' && cfg.reclaimInstanceIntervalMs > 0) {
      after = timestampMs(s.deleted_time) + cfg.reclaimInstanceIntervalMs - Date.now();
      job = async () => {
        if (this.server.vm_state !== 'VM_STATE_SOFT_DELETED' || this.server.task_state !== NO_TASK) return;
        await this.save({ task_state: 'TASK_STATE_DELETING' });
        await this.destroy(op('delete'));
      };
    } else if (s.vm_state === 'VM_STATE_RESIZED' && cfg.resizeConfirmWindowMs > 0) {
      after = since + cfg.resizeConfirmWindowMs - Date.now();
      job = async () => {
        if (this.server.vm_state !== 'VM_STATE_RESIZED' || this.server.task_state !== NO_TASK) return;
        await this.confirmResize(op('confirmResize'));
      };
    } else if (s.vm_state === 'VM_STATE_SHELVED' && cfg.shelvedOffloadTimeMs > 0) {
      after = since + cfg.shelvedOffloadTimeMs - Date.now();
      job = async () => {
        if (this.server.vm_state !== 'VM_STATE_SHELVED' || this.server.task_state !== NO_TASK) return;
        await this.save({ task_state: 'TASK_STATE_SHELVING_OFFLOADING' });
        await this.offloadNow(op('shelveOffload'));
      };
    }
    if (!job) return;
    this.timer = setTimeout(() => this.later(job!), Math.max(0, after));
    this.timer.unref();
  }

  // ---- snapshot and shelve --------------------------------------------------------

  /** The seed's snapshot flow: pause a running guest, copy its disk into the image, resume it. */
  private async snapshot(op: Op, task: TaskState, image: g.Image__Output | null): Promise<void> {
    if (!image) throw InvalidArgumentError.field('image', 'the snapshot image was not registered');
    await this.save({ task_state: task, progress: 0 });
    const d = this.host.driver;
    const id = this.id;
    const wasRunning = d.guest(id)?.state === 'running';
    const conductor = this.moves.conductor();
    let uploaded = false;
    this.background(
      op,
      task,
      async (step) => {
        await this.host.recorder.event(id, op.requestId, 'compute_snapshot_instance', this.host.name, async () => {
          if (wasRunning) await d.pause(id);
          try {
            await step(() => this.apply({ task_state: 'TASK_STATE_IMAGE_PENDING_UPLOAD', progress: 25 }));
            await step(() => this.apply({ task_state: 'TASK_STATE_IMAGE_UPLOADING', progress: 50 }));
            await d.snapshot(id, image.id);
          } finally {
            // Also when a step failed (superseded, timed out): the guest must not stay paused.
            if (wasRunning) await d.unpause(id);
          }
          // Deleted meanwhile: the image is not finished (the failure path marks it killed).
          await step(async () => undefined);
          await conductor.call('FinishSnapshot', { image_id: image.id, failed: false, reason: '' }, { timeoutMs: 15_000 });
          uploaded = true;
        });
        await step(() => this.apply({ task_state: NO_TASK, progress: 0 }));
      },
      async (err) => {
        const reason = err instanceof Error ? err.message : String(err);
        if (!uploaded) await conductor.call('FinishSnapshot', { image_id: image.id, failed: true, reason }, { timeoutMs: 15_000 }).catch(() => undefined);
        // As Nova: a failed snapshot leaves the server as it was, with no task.
        if (!this.deleting && this.server.task_state !== NO_TASK) await this.save({ task_state: NO_TASK, progress: 0 });
      },
    );
  }

  /** Shelve: power off, snapshot to an image, SHELVED; offloaded now or after shelved_offload_time. */
  private async shelve(op: Op, task: TaskState): Promise<void> {
    // Registered first: if the conductor cannot, nothing has changed yet.
    const image = await this.moves.registerShelveImage(this.record);
    await this.save({ task_state: task });
    const d = this.host.driver;
    const id = this.id;
    let uploaded = false;
    this.background(
      op,
      task,
      async (step) => {
        await this.host.recorder.event(id, op.requestId, 'compute_shelve_instance', this.host.name, async () => {
          await d.powerOff(id);
          await step(() => this.apply({ task_state: 'TASK_STATE_SHELVING_IMAGE_UPLOADING', power_state: 'POWER_STATE_SHUTDOWN' }));
          await d.snapshot(id, image.id);
          await step(async () => undefined);
          await this.moves.conductor().call('FinishSnapshot', { image_id: image.id, failed: false, reason: '' }, { timeoutMs: 15_000 });
          uploaded = true;
        });
        // shelved_offload_time 0 (Nova's default): offloaded in the same flow, SHELVED never shows without the task.
        const now = this.host.lifecycle.shelvedOffloadTimeMs === 0;
        await step(async () => {
          await this.apply(
            { vm_state: 'VM_STATE_SHELVED', task_state: now ? 'TASK_STATE_SHELVING_OFFLOADING' : NO_TASK, power_state: 'POWER_STATE_SHUTDOWN' },
            { shelved_image_id: image.id, previous_vm_state: this.server.vm_state },
          );
          if (now) await this.offloadNow({ ...op, recorded: false });
        });
      },
      async (err) => {
        // The shelve image was registered QUEUED: it must not stay so.
        const reason = err instanceof Error ? err.message : String(err);
        if (!uploaded) await this.moves.conductor().call('FinishSnapshot', { image_id: image.id, failed: true, reason }, { timeoutMs: 15_000 }).catch(() => undefined);
        if (!this.deleting && this.server.task_state !== NO_TASK) await this.fail(err, op.name);
      },
    );
  }

  /** Shelve offload: the guest and claim go; the record leaves the host and the conductor owns it. */
  private async offloadNow(op: Op): Promise<void> {
    const work = () => this.host.driver.destroy(this.id);
    await (op.recorded ? this.host.recorder.event(this.id, op.requestId, 'compute_shelve_offload_instance', this.host.name, work) : work());
    const next = nextRecord(this.record, {
      vm_state: 'VM_STATE_SHELVED_OFFLOADED',
      task_state: NO_TASK,
      power_state: 'POWER_STATE_SHUTDOWN',
      host: '',
      hypervisor_hostname: '',
    });
    await this.host.offload(next);
    this.record = next;
    this.leave();
    if (op.recorded) this.host.recorder.finish(this.server, op.name, op.requestId);
  }

  // ---- moves --------------------------------------------------------------------

  private startMove(op: Op, kind: string, flavor: g.Flavor__Output, target: string): void {
    const task = this.server.task_state;
    this.background(
      op,
      task,
      (step) => this.moves.move(this, step, kind, flavor, target, op.requestId),
      (err) => this.moves.abort(this, err, op.name),
    );
  }

  /** This host just became the owner by a move or a revert: finish it here, as a task a delete supersedes. */
  arrive(reverted: boolean): void {
    const m = this.record.migration;
    const op: Op = { name: reverted ? 'revertResize' : (m?.type ?? 'migration'), requestId: m?.request_id ?? '', recorded: false };
    this.background(op, this.server.task_state, (step) => finishArrival(this, step, this.host.driver, reverted));
  }

  private async confirmResize(op: Op): Promise<void> {
    // Nova keeps the task unset while confirming; the source's copy goes, then the state settles.
    await this.moves.confirm(this, op.requestId);
    if (op.recorded) this.host.recorder.finish(this.server, op.name, op.requestId);
  }

  // ---- console ---------------------------------------------------------------------

  private issueConsoleToken(): g.RemoteConsole {
    const now = Date.now();
    for (const [t, exp] of this.consoleTokens) if (exp <= now) this.consoleTokens.delete(t);
    const token = `${this.id}${randomBytes(16).toString('hex')}`;
    const expires = now + this.host.lifecycle.consoleTokenTtlMs;
    this.consoleTokens.set(token, expires);
    const base = this.host.lifecycle.consoleBaseUrl.replace(/\/$/, '');
    return { protocol: 'vnc', type: 'novnc', url: `${base}/vnc_lite.html?path=${encodeURIComponent(`?token=${token}`)}`, expire_time: nowTimestamp(expires) };
  }

  private async validateConsoleToken(token: string): Promise<g.ValidateConsoleTokenResponse> {
    const exp = this.consoleTokens.get(token);
    // One use: the token goes whether it was still valid or not.
    this.consoleTokens.delete(token);
    if (exp === undefined || exp <= Date.now()) throw new NotFoundError('console token', 'given');
    const ep = await this.host.driver.console(this.id);
    return { instance_id: this.id, host: ep.host, port: ep.port, internal_access_path: ep.internalAccessPath, console_type: 'novnc' };
  }

  // ---- record changes ------------------------------------------------------------------

  async fail(err: unknown, action: string): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    this.system.log.warn({ instance: this.id, action, err: message }, 'instance action failed');
    await this.save({
      vm_state: 'VM_STATE_ERROR',
      task_state: NO_TASK,
      progress: 0,
      power_state: powerStateOf(this.host.driver.guest(this.id)),
      fault: { code: 500, message: `${action} failed on host ${this.host.name}: ${message}`, details: err instanceof Error ? (err.stack ?? '') : '', create_time: nowTimestamp() },
    });
  }

  /** Saves the change that ends an action successfully; the record carries the action's finish (one entry, not two). */
  private async saveEnding(op: Op, patch: ServerPatch): Promise<void> {
    if (!op.recorded) return this.save(patch);
    const carried = this.host.recorder.carryFinish(this.server, op.name, op.requestId);
    try {
      await this.save(patch, carried.action);
    } catch (err) {
      carried.lost();
      throw err;
    }
    carried.logged(this.server);
  }

  private async save(patch: ServerPatch, finishedAction?: g.InstanceAction): Promise<void> {
    const next = nextRecord(this.record, patch);
    // Only encoded (persist), never read back here: the input form is enough.
    if (finishedAction) next.finished_action = finishedAction as g.InstanceAction__Output;
    try {
      await this.host.persist(next);
    } catch (err) {
      // Lost a compare-and-set: if the server was deleted or moved meanwhile, let go of it here.
      if (err instanceof StateConflictError) {
        const latest = await this.host.reapIfSuperseded(this.id);
        if (latest === 'reaped') this.leave();
        else if (latest && latest.generation > this.record.generation) {
          // Overtaken by a writer that left it here (a sweeper): continue from its record, so a retry works; a task in flight is over.
          this.record = latest;
          this.supersede();
          this.armTimers();
        }
      }
      throw err;
    }
    const wasLoadingIo = loadsIo(this.server);
    this.record = next;
    // A change that adds I/O in flight is reported at once (IoOpsFilter, IoOpsWeigher); one that
    // ends it (a build reaching ACTIVE) waits for the host's next report, a claim, a release or
    // the next heartbeat's: the scheduler sees the host busier than it is for a while, never idler.
    // One host report per boot fewer.
    if (!wasLoadingIo && loadsIo(next.server!)) this.host.scheduleReport();
    else this.host.reportLater();
    // A state that ends after a configured time (soft delete, resize, shelve) starts its timer here.
    if (next.server!.task_state === NO_TASK || this.timer) this.armTimers();
  }
}

export type { VmState };
