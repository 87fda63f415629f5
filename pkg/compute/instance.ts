// The instance actor: one per instance, on the instance's current host,
// serving kumo.v1.rpc.inst.<uuid>. Its mailbox orders every state change;
// an action is checked and its task_state set there (a compare-and-set,
// since nothing else runs meanwhile) and the caller gets the server back.
// The driver work then runs outside the mailbox, so the actor keeps
// answering (and refusing other actions while the task is set); its end is
// posted back to the mailbox as a message that applies the final state.
import { UnavailableError } from '../actor/errors.js';
import { StateConflictError } from '../statelog/errors.js';
import type { ActorHandle, ActorSystem, Handlers } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import type { Server__Output, ServerRecord__Output } from '../gen/types.js';
import { nextRecord, type ServerPatch } from '../lifecycle/record.js';
import { ALLOWED_VM_STATES, NO_TASK, taskStateName, vmStateName, type Action, type TaskState } from '../lifecycle/states.js';
import { nowTimestamp } from '../util/timestamp.js';
import { InstanceInvalidStateError } from './errors.js';
import { InstanceProtocol } from './protocol.js';
import type { VirtDriver } from './virt/driver.js';

/** What an instance needs from the host it lives on. */
export interface InstanceHost {
  readonly name: string;
  readonly driver: VirtDriver;
  /** Durably stores the record on the host and appends it to the state log. */
  persist(record: ServerRecord__Output): Promise<void>;
  /** Removes the instance from the host: record, claim, actor. */
  forget(record: ServerRecord__Output): Promise<void>;
  /** After a lost compare-and-set: lets go of the instance if the log says it was deleted or moved. */
  reapIfSuperseded(id: string): Promise<boolean>;
  releaseClaim(id: string): void;
  /** A spawn succeeded: the host's consecutive build failures reset. */
  buildSucceeded(): void;
  /**
   * A spawn failed and alternates remain: hand the server back to the
   * conductor for the next one (the claim, the record and this actor go).
   */
  rescheduleBuild(record: ServerRecord__Output, reason: string): Promise<void>;
  /** A spawn failed for the last time: count it against the host. */
  buildFailed(): void;
}

export class InstanceActor {
  private handle?: ActorHandle;
  /** The driver work in flight, if any; a delete waits for it before destroying. */
  private inflight: Promise<unknown> = Promise.resolve();
  /** Set once the server left this host (deleted, or handed back to reschedule): messages still queued are refused. */
  private gone = false;

  constructor(
    private record: ServerRecord__Output,
    private readonly host: InstanceHost,
    private readonly system: ActorSystem,
  ) {}

  get id(): string {
    return this.record.server!.id;
  }

  get server(): Server__Output {
    return this.record.server!;
  }

  start(): void {
    this.handle = this.system.serve(subjects.instance(this.id), InstanceProtocol, this.guarded({
      GetServer: async () => ({ server: this.server }),
      StopServer: async () => {
        await this.begin('stop', 'TASK_STATE_POWERING_OFF');
        this.run('stop', 'TASK_STATE_POWERING_OFF', () => this.host.driver.powerOff(this.id), { vm_state: 'VM_STATE_STOPPED', power_state: 'POWER_STATE_SHUTDOWN' });
        return { server: this.server };
      },
      StartServer: async () => {
        await this.begin('start', 'TASK_STATE_POWERING_ON');
        this.run('start', 'TASK_STATE_POWERING_ON', () => this.host.driver.powerOn(this.id), { vm_state: 'VM_STATE_ACTIVE', power_state: 'POWER_STATE_RUNNING' });
        return { server: this.server };
      },
      RebootServer: async (req) => {
        const hard = req.type === 'REBOOT_TYPE_HARD';
        const task = hard ? 'TASK_STATE_REBOOTING_HARD' : 'TASK_STATE_REBOOTING';
        await this.begin(hard ? 'reboot_hard' : 'reboot_soft', task);
        this.run('reboot', task, () => this.host.driver.reboot(this.id, hard), { vm_state: 'VM_STATE_ACTIVE', power_state: 'POWER_STATE_RUNNING' });
        return { server: this.server };
      },
      DeleteServer: async () => {
        if (this.server.task_state === 'TASK_STATE_DELETING') {
          // A repeated delete restarts a destroy that failed (the first one may still be queued: destroy is idempotent).
          this.later(() => this.destroy());
          return {};
        }
        await this.save({ task_state: 'TASK_STATE_DELETING' });
        this.later(() => this.destroy());
        return {};
      },
    }));
  }

  /** The handlers, refusing every message once the server has left this host. */
  private guarded(handlers: Handlers<InstanceProtocol>): Handlers<InstanceProtocol> {
    const refuse = (): never => {
      throw new UnavailableError(`server ${this.id} is no longer on host ${this.host.name}`, { reason: 'INSTANCE_MOVED' });
    };
    return {
      GetServer: (req, ctx) => (this.gone ? refuse() : handlers.GetServer(req, ctx)),
      StopServer: (req, ctx) => (this.gone ? refuse() : handlers.StopServer(req, ctx)),
      StartServer: (req, ctx) => (this.gone ? refuse() : handlers.StartServer(req, ctx)),
      RebootServer: (req, ctx) => (this.gone ? refuse() : handlers.RebootServer(req, ctx)),
      DeleteServer: (req, ctx) => (this.gone ? refuse() : handlers.DeleteServer(req, ctx)),
    };
  }

  /** Runs a job in this actor's mailbox, after whatever is queued. */
  later(job: () => Promise<void>): void {
    this.handle!.mailbox.post(async () => {
      try {
        await job();
      } catch (err) {
        this.system.log.error({ err, instance: this.id }, 'instance job failed');
      }
    });
  }

  /** The build, after the host's claim (task_state spawning): spawn through the driver, then ACTIVE or ERROR. */
  spawn(): void {
    this.run(
      'spawn',
      'TASK_STATE_SPAWNING',
      async () => {
        await this.host.driver.spawn(this.record);
        this.host.buildSucceeded();
      },
      { vm_state: 'VM_STATE_ACTIVE', power_state: 'POWER_STATE_RUNNING', launch_time: nowTimestamp() },
      async (err) => {
        this.host.releaseClaim(this.id);
        const reason = err instanceof Error ? err.message : String(err);
        if (this.record.alternates.length > 0) {
          // Leave first, so nothing queued here acts on a server another host will own.
          this.gone = true;
          void this.handle?.stop(); // not awaited: this job is still in the mailbox
          await this.host.driver.destroy(this.id);
          await this.host.rescheduleBuild(this.record, reason);
          return;
        }
        this.host.buildFailed();
        const tried = this.record.tried_hosts;
        // Like Nova's "Exceeded maximum number of retries", say every host that failed.
        await this.fail(tried.length > 1 ? new Error(`Exceeded maximum number of retries: the build failed on ${tried.join(', ')}; last failure: ${reason}`) : err, 'spawn');
      },
    );
  }

  /**
   * Runs the driver work of a task outside the mailbox, then applies its end
   * inside it, unless the task was superseded meanwhile (by a delete).
   */
  private run(action: string, task: TaskState, work: () => Promise<void>, done: ServerPatch, onFailure?: (err: unknown) => Promise<void>): void {
    const p = work();
    this.inflight = p.catch(() => undefined);
    p.then(
      () =>
        this.later(async () => {
          if (this.server.task_state !== task) return;
          await this.save({ ...done, task_state: NO_TASK, ...(done.launch_time ? { launch_time: nowTimestamp() } : {}) });
        }),
      (err: unknown) =>
        this.later(async () => {
          if (this.server.task_state !== task) return;
          if (onFailure) await onFailure(err);
          else await this.fail(err, action);
        }),
    );
  }

  /** Finishes a delete that a restart cut off. */
  resumeDelete(): void {
    this.later(() => this.destroy());
  }

  /** Stops serving; the mailbox finishes what it holds. */
  /** Stops serving after the driver work in flight and the mailbox have finished (SIGTERM). */
  async stop(): Promise<void> {
    // A hung driver call must not hold SIGTERM forever.
    await Promise.race([this.inflight, new Promise((r) => setTimeout(r, 30_000).unref())]);
    await this.handle?.stop();
  }

  private async begin(action: Exclude<Action, 'delete'>, task: TaskState): Promise<void> {
    const s = this.server;
    const allowed = ALLOWED_VM_STATES[action];
    if (s.task_state !== NO_TASK || !allowed.includes(s.vm_state)) {
      throw new InstanceInvalidStateError(s.id, action.replace('_', ' '), vmStateName(s.vm_state), taskStateName(s.task_state));
    }
    await this.save({ task_state: task });
  }

  private async fail(err: unknown, action: string): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    this.system.log.warn({ instance: this.id, action, err: message }, 'instance action failed');
    await this.save({
      vm_state: 'VM_STATE_ERROR',
      task_state: NO_TASK,
      power_state: this.host.driver.guest(this.id)?.running ? 'POWER_STATE_RUNNING' : 'POWER_STATE_SHUTDOWN',
      fault: { code: 500, message: `${action} failed on host ${this.host.name}: ${message}`, details: err instanceof Error ? (err.stack ?? '') : '', create_time: nowTimestamp() },
    });
  }

  private async destroy(): Promise<void> {
    if (this.gone) return;
    await this.inflight;
    await this.host.driver.destroy(this.id);
    const deleted = nextRecord(this.record, { vm_state: 'VM_STATE_DELETED', task_state: NO_TASK, power_state: 'POWER_STATE_UNSPECIFIED' });
    // If logging the delete fails, the actor stays and a repeated delete finishes the job.
    await this.host.forget(deleted);
    this.record = deleted;
    this.gone = true;
    void this.handle?.stop(); // not awaited: this job is still in the mailbox
  }

  private async save(patch: ServerPatch): Promise<void> {
    const next = nextRecord(this.record, patch);
    try {
      await this.host.persist(next);
    } catch (err) {
      // Lost a compare-and-set: if the server was deleted or moved meanwhile, let go of it here.
      if (err instanceof StateConflictError && (await this.host.reapIfSuperseded(this.id))) {
        this.gone = true;
        void this.handle?.stop(); // not awaited: we may be inside this actor's mailbox
      }
      throw err;
    }
    this.record = next;
  }
}
