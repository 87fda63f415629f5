// Instance actions and their events (Nova's instance_actions and
// instance_actions_events), recorded from whichever process runs each part,
// plus the instance.<action>.start|end|error notifications.
//
// Records go to the state log (kinds `action` and `actionevent`, see
// pkg/actor/subjects.ts) without blocking the caller: each append is
// published at once, in call order on this process's connection (so a
// record's generation 1 is in the log before its generation 2), and its
// acknowledgement is awaited in the background; a failed append is retried
// with the same message id (JetStream drops a copy that did arrive), and
// only logged as lost after every retry failed. A host that ends an action
// successfully writes no finish entry: carryFinish hands the finish to the
// server record it saves (ServerRecord.finished_action). The conductors
// fold both into their views (pkg/events/action_table.ts).
import { randomHex } from '../util/random.js';
import type { Logger } from 'pino';
import { asKumoError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { actionEntityId, actionEventEntityId, type ActionEntityKind } from '../actor/subjects.js';
import type { InstanceAction, InstanceActionEvent, Server__Output } from '../gen/types.js';
import type { ActionContext, ActionRecorder, CarriedFinish } from '../lifecycle/recorder.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp, preciseNowTimestamp } from '../util/timestamp.js';
import { ACTION_ERROR_MESSAGE, CREATE_ACTION, FINISH_GENERATION, START_GENERATION, instanceActionCodec } from './action_table.js';
import { Notifier } from './notifier.js';

// The interface the server owners call lives in pkg/lifecycle/recorder.ts
// (pkg/compute depends on it, not on this package); re-exported here.
export type { ActionContext, ActionRecorder, CarriedFinish };

export const EVENT_SUCCESS = 'Success';
export const EVENT_ERROR = ACTION_ERROR_MESSAGE;


export interface RecorderOptions {
  /** Service named in notifications' publisher_id: "compute" (the default) or "conductor". */
  service?: string;
  /**
   * Host named in publisher_id. Default: for "compute", the server's host
   * (one compute process runs several hosts), else this machine's hostname.
   */
  host?: string;
  /** Appends tried before a record is given up as lost (default 10, about a minute with backoff). */
  maxAttempts?: number;
  /** First retry delay in ms, doubled per attempt up to 5 s (default 250). */
  retryDelayMs?: number;
  /** An event still running after this many ms has its start logged (default EVENT_START_DELAY_MS). */
  eventStartDelayMs?: number;
  /**
   * A short event (its start not logged) that finished waits up to this
   * many ms for its action's finish, to be carried in that entry instead of
   * one of its own (0, the default: never waits). A host's build event ends
   * just before the create action does: one entry per boot fewer.
   */
  carryEventsMs?: number;
}

/** What handableEvent's fn may do with its event. */
export interface EventHandOver {
  /**
   * Hands the event over: returns it as started (to send along), and from
   * then this process logs nothing of it. Undefined when its start is
   * already logged: then it finishes here.
   */
  give(): InstanceActionEvent | undefined;
  /** The other process did not take it (it refused, or no answer came): it finishes here after all. */
  takeBack(): void;
}

/** What a compute process's recorder uses for carryEventsMs. */
export const CARRY_EVENTS_MS = 1_000;

/** Finished events waiting for their action's finish (carryEventsMs). */
interface HeldEvents {
  events: InstanceActionEvent[];
  /** Each event's own entry, written if the action's finish does not come in time. */
  alone: Array<() => void>;
  timer: NodeJS.Timeout;
}

/** How long an event runs before its start is logged on its own (an event in progress shows from then). */
export const EVENT_START_DELAY_MS = 500;

export class InstanceActionRecorder implements ActionRecorder {
  readonly notifier: Notifier;
  private readonly log: Logger;
  private readonly pending = new Set<Promise<void>>();
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly serverHostAsPublisher: boolean;
  private readonly eventStartDelayMs: number;
  private readonly carryEventsMs: number;
  /** By action entity id. */
  private readonly held = new Map<string, HeldEvents>();

  constructor(
    system: ActorSystem,
    private readonly stateLog: StateLog,
    opts: RecorderOptions = {},
  ) {
    this.log = system.log;
    const service = opts.service ?? 'compute';
    this.notifier = new Notifier(system.nc, system.log, { service, host: opts.host });
    this.serverHostAsPublisher = service === 'compute' && opts.host === undefined;
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
    this.retryDelayMs = opts.retryDelayMs ?? 250;
    this.eventStartDelayMs = opts.eventStartDelayMs ?? EVENT_START_DELAY_MS;
    this.carryEventsMs = opts.carryEventsMs ?? 0;
  }

  start(server: Server__Output, action: string, ctx: ActionContext): void {
    this.append('action', actionEntityId(server.id, ctx.requestId), START_GENERATION, {
      request_id: ctx.requestId,
      server_id: server.id,
      action,
      user_id: ctx.userId,
      project_id: server.project_id || ctx.projectId,
      start_time: nowTimestamp(),
      message: '',
    });
    this.notifier.instanceAction(server, action, 'start', ctx.requestId, undefined, this.publisherFor(server));
  }

  /**
   * A create was recorded: its action's start is the server's first record
   * (the views derive it, action_table.ts createStartedBy), so only
   * instance.create.start is published here.
   */
  createStarted(server: Server__Output, ctx: ActionContext): void {
    this.notifier.instanceAction(server, CREATE_ACTION, 'start', ctx.requestId, undefined, this.publisherFor(server));
  }

  async event<T>(serverId: string, requestId: string, event: string, host: string, fn: () => Promise<T>): Promise<T> {
    return this.handableEvent(serverId, requestId, event, host, () => fn());
  }

  /**
   * An event that fn may hand to another process to finish and log
   * (EventHandOver): the conductor's scheduling event of a create is
   * finished by the host that claims the server, and rides on that host's
   * entry finishing the action (one state-log entry per boot fewer).
   */
  async handableEvent<T>(serverId: string, requestId: string, event: string, host: string, fn: (hand: EventHandOver) => Promise<T>): Promise<T> {
    const id = actionEventEntityId(serverId, requestId, event, randomHex(4));
    const base = { event, start_time: preciseNowTimestamp(), host };
    const write = (generation: number, fields: { finish_time?: ReturnType<typeof nowTimestamp>; result?: string; details?: string }): void =>
      this.append('actionevent', id, generation, { server_id: serverId, request_id: requestId, events: [{ ...base, ...fields }] });
    // The start is logged only if the event is still running after EVENT_START_DELAY_MS: a short
    // event is one entry (its finish carries its start time), not two (bench:storm: 4 of the 14
    // entries of a boot were its two events' starts and finishes).
    let startLogged = false;
    const logStart = (): void => {
      startLogged = true;
      write(START_GENERATION, {});
    };
    let startTimer = setTimeout(logStart, this.eventStartDelayMs);
    let handed = false;
    const hand: EventHandOver = {
      give: () => {
        // A logged start is finished under its own id, here.
        if (startLogged) return undefined;
        clearTimeout(startTimer);
        handed = true;
        return { ...base, finish_time: null, result: '', details: '' };
      },
      takeBack: () => {
        if (!handed) return;
        handed = false;
        startTimer = setTimeout(logStart, this.eventStartDelayMs);
      },
    };
    const ended = (fields: { finish_time: ReturnType<typeof nowTimestamp>; result: string; details?: string }): void => {
      clearTimeout(startTimer);
      // Taken by another process: that one logs it.
      if (handed) return;
      // An event whose start is logged finishes under its own id; a short one may ride on its action's finish.
      if (startLogged) write(FINISH_GENERATION, fields);
      else this.finishShort(serverId, requestId, { ...base, ...fields }, () => write(FINISH_GENERATION, fields));
    };
    let result: T;
    try {
      result = await fn(hand);
    } catch (err) {
      ended({ finish_time: nowTimestamp(), result: EVENT_ERROR, details: errorDetails(err) });
      throw err;
    }
    ended({ finish_time: nowTimestamp(), result: EVENT_SUCCESS });
    return result;
  }

  finishHandedEvent(serverId: string, requestId: string, event: InstanceActionEvent): void {
    const done = { ...event, finish_time: nowTimestamp(), result: EVENT_SUCCESS, details: '' };
    const id = actionEventEntityId(serverId, requestId, event.event ?? '', randomHex(4));
    this.finishShort(serverId, requestId, done, () => this.append('actionevent', id, FINISH_GENERATION, { server_id: serverId, request_id: requestId, events: [done] }));
  }

  /** A finished event whose start was never logged: held for its action's finish entry (carryEventsMs), or written alone now. */
  private finishShort(serverId: string, requestId: string, event: InstanceActionEvent, alone: () => void): void {
    if (this.carryEventsMs > 0) this.hold(actionEntityId(serverId, requestId), event, alone);
    else alone();
  }

  /** Keeps a finished event for its action's finish entry; alone, it is written after carryEventsMs. */
  private hold(actionId: string, event: InstanceActionEvent, alone: () => void): void {
    let h = this.held.get(actionId);
    if (!h) {
      h = { events: [], alone: [], timer: setTimeout(() => this.release(actionId), this.carryEventsMs) };
      this.held.set(actionId, h);
    }
    h.events.push(event);
    h.alone.push(alone);
  }

  /** Writes the held events of an action as entries of their own. */
  private release(actionId: string): void {
    for (const write of this.take(actionId)?.alone ?? []) write();
  }

  /** Takes an action's held events out of waiting (for its finish entry to carry, or to be written alone). */
  private take(actionId: string): HeldEvents | undefined {
    const h = this.held.get(actionId);
    if (!h) return undefined;
    this.held.delete(actionId);
    clearTimeout(h.timer);
    return h;
  }

  finish(server: Server__Output, action: string, requestId: string, error?: unknown): void {
    const id = actionEntityId(server.id, requestId);
    this.append('action', id, FINISH_GENERATION, this.finishOf(server, action, requestId, this.take(id)?.events ?? [], error));
    this.notifier.instanceAction(server, action, error === undefined ? 'end' : 'error', requestId, error, this.publisherFor(server));
  }

  carryFinish(server: Server__Output, action: string, requestId: string): CarriedFinish {
    const held = this.take(actionEntityId(server.id, requestId));
    return {
      action: this.finishOf(server, action, requestId, held?.events ?? []),
      logged: (s) => this.notifier.instanceAction(s, action, 'end', requestId, undefined, this.publisherFor(s)),
      lost: () => {
        for (const write of held?.alone ?? []) write();
      },
    };
  }

  /** An action's finish entry (generation 2), carrying the events that ended with it. */
  private finishOf(server: Server__Output, action: string, requestId: string, events: InstanceActionEvent[], error?: unknown): InstanceAction {
    return {
      request_id: requestId,
      server_id: server.id,
      action,
      project_id: server.project_id,
      finish_time: nowTimestamp(),
      message: error === undefined ? '' : ACTION_ERROR_MESSAGE,
      events,
    };
  }

  /** Resolves once every record appended so far is acknowledged (or given up); call before closing the connection. */
  async flush(): Promise<void> {
    for (const actionId of [...this.held.keys()]) this.release(actionId);
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** Records not yet acknowledged by JetStream, or not yet written (events held for their action's finish). */
  get pendingCount(): number {
    let held = 0;
    for (const h of this.held.values()) held += h.events.length;
    return this.pending.size + held;
  }

  private publisherFor(server: Server__Output): string {
    return this.notifier.publisherId(this.serverHostAsPublisher ? server.host : undefined);
  }

  private append(kind: ActionEntityKind, id: string, generation: number, body: InstanceAction): void {
    const data = instanceActionCodec.encode(body);
    // publish() sends its first attempt before its first await: records leave in call order.
    const p: Promise<void> = this.publish(kind, id, generation, data).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  private async publish(kind: ActionEntityKind, id: string, generation: number, data: Uint8Array): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { duplicate } = await this.stateLog.append(kind, id, generation, 'put', data);
        // A retry whose first copy did arrive is a duplicate too: both mean the record is in the log.
        if (duplicate && attempt === 1) this.log.warn({ kind, id, generation }, 'instance action record already logged (same request id and generation twice?); kept the first');
        return;
      } catch (err) {
        if (attempt >= this.maxAttempts) {
          this.log.error({ err, kind, id, generation, attempts: attempt }, 'instance action record lost: the state log did not take it');
          return;
        }
        this.log.warn({ err, kind, id, generation, attempt }, 'cannot append an instance action record; retrying');
        await new Promise((r) => setTimeout(r, Math.min(this.retryDelayMs * 2 ** (attempt - 1), 5_000)));
      }
    }
  }
}

/** An event's details when it failed: the error's reason and message (Nova keeps the traceback; the message is what helps here). */
function errorDetails(err: unknown): string {
  const e = asKumoError(err);
  return e.reason && e.reason !== e.code ? `${e.reason}: ${e.message}` : e.message;
}
