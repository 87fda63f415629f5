// --wait and `kumo server wait`: follow servers over WatchServer (the SDK's
// waitFor; nothing polls) until they reach a status or are gone, reporting
// each change on stderr: one line redrawn in place on a terminal ("waiting
// for vm1: BUILD (spawning) → ACTIVE"), one line per change otherwise.
import { ServerDeletedError, ServerFaultError, WaitTimeoutError } from '../client/client.js';
import type { Server__Output, ServerStatus__Output } from '../gen/types.js';
import { NO_TASK } from '../lifecycle/states.js';
import type { Context, Io } from './command.js';
import { statusName, taskStateName } from './display.js';
import { CliError } from './errors.js';

/** A status line rewritten in place on a TTY, or printed when it changes otherwise. */
export class ProgressLine {
  private last = '';
  private drawn = false;

  constructor(private readonly io: Io) {}

  update(text: string): void {
    if (text === this.last) return;
    this.last = text;
    if (this.io.errIsTTY) {
      this.io.err(`\r\x1b[K${text}`);
      this.drawn = true;
    } else {
      this.io.err(`${text}\n`);
    }
  }

  end(): void {
    if (this.drawn) this.io.err('\n');
    this.drawn = false;
  }
}

/** "BUILD (spawning)", "RESIZE (resize_migrating, 40%)", or "ACTIVE" when no task runs. */
export function stateText(s: Pick<Server__Output, 'status' | 'task_state'> & { progress?: number }): string {
  const parts = [s.task_state === NO_TASK ? '' : taskStateName(s.task_state), s.progress && s.progress > 0 ? `${s.progress}%` : ''].filter(Boolean);
  return parts.length ? `${statusName(s.status)} (${parts.join(', ')})` : statusName(s.status);
}

/** "BUILD (spawning) → ACTIVE", or the state alone when there is no earlier one. */
export function transitionText(previous: string | undefined, state: string): string {
  return previous !== undefined && previous !== state ? `${previous} → ${state}` : state;
}

export interface ProgressEntry {
  name: string;
  state: string;
  done: boolean;
}

/** "waiting for vm: BUILD (spawning)..." for one server, a comma list for several; no dots once all are done. */
export function progressText(entries: readonly ProgressEntry[]): string {
  const dots = entries.every((e) => e.done) ? '' : '...';
  if (entries.length === 1) return `waiting for ${entries[0]!.name}: ${entries[0]!.state}${dots}`;
  if (entries.length <= 5) return `waiting for ${entries.length} servers: ${entries.map((e) => `${e.name} ${e.state}`).join(', ')}${dots}`;
  // Many servers: counts per state keep the line short.
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.state, (counts.get(e.state) ?? 0) + 1);
  return `waiting for ${entries.length} servers: ${[...counts].map(([state, n]) => `${n} ${state}`).join(', ')}${dots}`;
}

const label = (s: Pick<Server__Output, 'id' | 'name'>): string => `'${s.name}' (${s.id})`;

interface Tracked {
  name: string;
  state: string;
  previous?: string;
  last: Server__Output;
  done: boolean;
}

/**
 * The progress of waits on several servers: on a terminal one line redrawn
 * in place (each server's latest change, or counts per state when there are
 * many), otherwise one line per change ("vm1: BUILD (spawning) → ACTIVE").
 */
export class WaitProgress {
  private readonly servers = new Map<string, Tracked>();
  private readonly line: ProgressLine;

  constructor(
    private readonly io: Io,
    servers: readonly Server__Output[],
  ) {
    this.line = new ProgressLine(io);
    for (const s of servers) this.servers.set(s.id, { name: s.name || s.id, state: stateText(s), last: s, done: false });
    if (io.errIsTTY) this.draw();
    else for (const t of this.servers.values()) io.err(`${t.name}: ${t.state}\n`);
  }

  /** The newest state seen of a server. */
  last(id: string): Server__Output | undefined {
    return this.servers.get(id)?.last;
  }

  change(s: Server__Output, deleted = false): void {
    const t = this.servers.get(s.id);
    if (!t) return;
    t.last = s;
    const state = deleted ? 'deleted' : stateText(s);
    if (state === t.state) return;
    t.previous = t.state;
    t.state = state;
    if (this.io.errIsTTY) this.draw();
    else this.io.err(`${t.name}: ${transitionText(t.previous, t.state)}\n`);
  }

  done(id: string): void {
    const t = this.servers.get(id);
    if (!t || t.done) return;
    t.done = true;
    if (this.io.errIsTTY) this.draw();
  }

  end(): void {
    this.line.end();
  }

  private draw(): void {
    const all = [...this.servers.values()];
    const one = all.length === 1;
    this.line.update(progressText(all.map((t) => ({ name: t.name, state: one ? transitionText(t.previous, t.state) : t.state, done: t.done }))));
  }
}

/** Ctrl-C during a long operation: exit 130 (128 + SIGINT), saying what was left undone. */
export function interrupted(what: string): CliError {
  return new CliError(`interrupted while ${what}`, 130);
}

/** The one error line of a wait that ended otherwise than wanted; other errors pass through. */
function waitFailure(err: unknown, start: Server__Output, last: Server__Output, what: string, timeoutMs: number, signal?: AbortSignal): unknown {
  if (signal?.aborted) return interrupted(`waiting for server ${label(last)} ${what}; it is ${stateText(last)}`);
  if (err instanceof ServerFaultError) return new CliError(`server ${label(err.server ?? last)} is in ERROR: ${err.fault}`);
  if (err instanceof ServerDeletedError) return new CliError(`server ${label(start)} was deleted while waiting for it ${what}`);
  if (err instanceof WaitTimeoutError) return new CliError(`timed out after ${timeoutMs / 1000}s waiting for server ${label(last)} ${what}; it is ${stateText(last)}`);
  return err;
}

export interface WaitCliOptions {
  /** Default: the CLI's wait timeout (120 s). */
  timeoutMs?: number;
  /**
   * Whether `servers` are an action's answer (the default): then states
   * recorded before them do not count and an ERROR they were already in is
   * not a failure. `kumo server wait` passes false: a server already in
   * ERROR fails the wait at once.
   */
  afterAction?: boolean;
}

/** Runs one wait per server; the first failure (or `outer`, Ctrl-C) cancels the others. */
async function waitAll<T>(servers: readonly Server__Output[], outer: AbortSignal | undefined, one: (s: Server__Output, signal: AbortSignal) => Promise<T>): Promise<T[]> {
  const abort = new AbortController();
  const signal = outer ? AbortSignal.any([abort.signal, outer]) : abort.signal;
  try {
    return await Promise.all(servers.map((s) => one(s, signal)));
  } finally {
    abort.abort();
  }
}

/**
 * Waits until every server reaches one of `targets`, following WatchServer.
 * `servers` are as the API answered when the action was accepted: a state
 * recorded before that does not count, and an ERROR with a task still
 * running (e.g. stopping an errored server) is not final yet. ERROR,
 * deletion and the timeout fail with one line.
 */
export async function waitForStatus(ctx: Context, servers: readonly Server__Output[], targets: readonly ServerStatus__Output[], opts: WaitCliOptions = {}): Promise<Server__Output[]> {
  const client = ctx.client();
  const timeoutMs = opts.timeoutMs ?? ctx.wait.timeoutMs;
  const progress = new WaitProgress(ctx.io, servers);
  const what = `to become ${targets.map(statusName).join(' or ')}`;
  try {
    return await waitAll(servers, ctx.signal, async (start, signal) => {
      try {
        const since = opts.afterAction === false ? undefined : start;
        const s = await client.servers.waitFor(start.id, targets, { timeoutMs, since, signal, onChange: (x, deleted) => progress.change(x, deleted) });
        progress.done(s.id);
        return s;
      } catch (err) {
        throw waitFailure(err, start, progress.last(start.id) ?? start, what, timeoutMs, ctx.signal);
      }
    });
  } finally {
    progress.end();
  }
}

/** Waits until every server is deleted (its watch ends with the deletion, or it is already gone). */
export async function waitForDeleted(ctx: Context, servers: readonly Server__Output[], opts: WaitCliOptions = {}): Promise<void> {
  const client = ctx.client();
  const timeoutMs = opts.timeoutMs ?? ctx.wait.timeoutMs;
  const progress = new WaitProgress(ctx.io, servers);
  try {
    await waitAll(servers, ctx.signal, async (start, signal) => {
      try {
        // `since` makes an already-gone server (NOT_FOUND) count as deleted, and an ERROR it was in before not a failure.
        await client.servers.waitFor(start.id, ['SERVER_STATUS_DELETED'], { timeoutMs, since: start, signal, onChange: (x, deleted) => progress.change(x, deleted) });
        progress.change(progress.last(start.id) ?? start, true);
        progress.done(start.id);
      } catch (err) {
        throw waitFailure(err, start, progress.last(start.id) ?? start, 'to be deleted', timeoutMs, ctx.signal);
      }
    });
  } finally {
    progress.end();
  }
}
