// --wait: poll servers until they reach a status (or are gone), with a
// one-line progress report on stderr, redrawn in place on a terminal.
import { KumoApiError } from '../client/errors.js';
import type { Server__Output, ServerStatus__Output } from '../gen/types.js';
import { NO_TASK } from '../lifecycle/states.js';
import { timestampMs } from '../util/timestamp.js';
import type { Context, Io } from './command.js';
import { statusName, taskStateName } from './display.js';
import { CliError } from './errors.js';
import { isNotFound } from './resolve.js';

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

/** "BUILD (spawning)", or "ACTIVE" when no task runs. */
export function stateText(s: Pick<Server__Output, 'status' | 'task_state'>): string {
  const task = s.task_state === NO_TASK ? '' : ` (${taskStateName(s.task_state)})`;
  return `${statusName(s.status)}${task}`;
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

const label = (s: Server__Output): string => `'${s.name}' (${s.id})`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until every server reaches one of `targets`, using the SDK's
 * waitFor. `servers` are as the API returned them when the action was
 * accepted: a polled record older than that is a stale read of the
 * conductor's view and does not count, and an ERROR that still has a task
 * running (e.g. stopping an errored server) is not final yet.
 */
export async function waitForStatus(ctx: Context, servers: readonly Server__Output[], targets: readonly ServerStatus__Output[]): Promise<Server__Output[]> {
  const client = ctx.client();
  const latest = new Map(servers.map((s) => [s.id, s]));
  const line = new ProgressLine(ctx.io);
  const done = new Set<string>();
  const draw = (): void =>
    line.update(progressText([...latest.values()].map((s) => ({ name: s.name || s.id, state: stateText(s), done: done.has(s.id) }))));
  const deadline = Date.now() + ctx.wait.timeoutMs;

  const waitOne = async (start: Server__Output): Promise<Server__Output> => {
    const stale = (s: Server__Output): boolean => timestampMs(s.update_time) < timestampMs(start.update_time);
    let last = start;
    for (;;) {
      try {
        const s = await client.servers.waitFor(start.id, [...targets], {
          timeoutMs: Math.max(0, deadline - Date.now()),
          intervalMs: ctx.wait.intervalMs,
          onPoll: (p) => {
            last = p;
            latest.set(p.id, p);
            if (targets.includes(p.status) && !stale(p)) done.add(p.id);
            draw();
          },
        });
        if (!stale(s)) {
          done.add(s.id);
          latest.set(s.id, s);
          draw();
          return s;
        }
      } catch (err) {
        if (err instanceof KumoApiError) throw err;
        if (last.status === 'SERVER_STATUS_ERROR' && !stale(last) && last.task_state === NO_TASK) {
          throw new CliError(`server ${label(last)} is in ERROR: ${last.fault?.message || 'no fault recorded'}`);
        }
      }
      if (Date.now() >= deadline) {
        throw new CliError(`timed out after ${ctx.wait.timeoutMs / 1000}s waiting for server ${label(last)} to become ${targets.map(statusName).join(' or ')}; it is ${stateText(last)}`);
      }
      await sleep(ctx.wait.intervalMs);
    }
  };

  draw();
  try {
    return await Promise.all(servers.map(waitOne));
  } finally {
    line.end();
  }
}

/** Waits until GetServer says NOT_FOUND for every server (deletion finished). */
export async function waitForDeleted(ctx: Context, servers: readonly Server__Output[]): Promise<void> {
  const client = ctx.client();
  const latest = new Map(servers.map((s) => [s.id, s]));
  const gone = new Set<string>();
  const line = new ProgressLine(ctx.io);
  const draw = (): void =>
    line.update(progressText([...latest.values()].map((s) => ({ name: s.name || s.id, state: gone.has(s.id) ? 'deleted' : stateText(s), done: gone.has(s.id) }))));
  const deadline = Date.now() + ctx.wait.timeoutMs;

  const waitOne = async (start: Server__Output): Promise<void> => {
    for (;;) {
      let s: Server__Output;
      try {
        s = await client.servers.get(start.id);
      } catch (err) {
        if (!isNotFound(err)) throw err;
        gone.add(start.id);
        draw();
        return;
      }
      latest.set(s.id, s);
      draw();
      // ERROR written after the delete was asked for, with no task left: the delete failed.
      if (s.status === 'SERVER_STATUS_ERROR' && s.task_state === NO_TASK && timestampMs(s.update_time) > timestampMs(start.update_time)) {
        throw new CliError(`server ${label(s)} is in ERROR: ${s.fault?.message || 'no fault recorded'}`);
      }
      if (Date.now() >= deadline) throw new CliError(`timed out after ${ctx.wait.timeoutMs / 1000}s waiting for server ${label(s)} to be deleted; it is ${stateText(s)}`);
      await sleep(ctx.wait.intervalMs);
    }
  };

  draw();
  try {
    await Promise.all(servers.map(waitOne));
  } finally {
    line.end();
  }
}
