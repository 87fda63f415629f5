// kumo server wait SERVER --status S [--timeout SECONDS]: follows the server
// over WatchServer until it reaches the status; exit 1 with one line when it
// goes to ERROR, is deleted, or the timeout passes first.
// kumo server watch [SERVER ...]: every change to servers as one line each,
// as it happens (WatchServers, or WatchServer for named servers).
import type { KumoClient } from '../../client/client.js';
import { KumoApiError } from '../../client/errors.js';
import { isRetryableWatchError } from '../../client/watch.js';
import type { Server__Output, ServerStatus__Output, WatchServersRequest } from '../../gen/types.js';
import { timestampMs } from '../../util/timestamp.js';
import type { Args } from '../args.js';
import type { Command, Context } from '../command.js';
import { isoTime, powerStateName, statusName, taskStateName } from '../display.js';
import { UsageError } from '../errors.js';
import type { Cell, StreamRow } from '../format.js';
import { isNotFound } from '../resolve.js';
import { stateText, transitionText, waitForDeleted, waitForStatus } from '../wait.js';
import { findServer, parseStatus, STATUS_CHOICES } from './server.js';

export const serverWaitCommand: Command = {
  summary: 'Wait until a server reaches a status',
  description:
    'Wait until a server reaches a status (repeat --status to accept any of several), following its changes as they\n' +
    'happen. Fails (exit 1) if the server goes to ERROR (unless waited for), is deleted (unless --status DELETED),\n' +
    'or the timeout passes first. Progress goes to stderr.',
  options: {
    status: {
      type: 'string',
      multiple: true,
      required: true,
      metavar: '<status>',
      choices: STATUS_CHOICES,
      help: 'Status to wait for (e.g. ACTIVE, SHUTOFF, DELETED); repeatable',
    },
    timeout: { type: 'string', metavar: '<seconds>', help: 'Give up after this many seconds (default 120)' },
  },
  positionals: [{ name: 'server', help: 'Server (name or ID)' }],
  examples: ['kumo server wait vm1 --status ACTIVE', 'kumo server wait vm1 --status SHUTOFF --status ERROR --timeout 300'],
  rpcs: ['ServerService.WatchServer'],
  async run(ctx, args) {
    const statuses: ServerStatus__Output[] = args.list('status').map(parseStatus);
    const seconds = args.int('timeout', 1);
    const server = await findServer(ctx.client(), args.positionals[0]!);
    const timeoutMs = seconds === undefined ? undefined : seconds * 1000;
    // Gone by the time the watch opens counts as deleted too.
    if (statuses.length === 1 && statuses[0] === 'SERVER_STATUS_DELETED') await waitForDeleted(ctx, [server], { timeoutMs });
    else await waitForStatus(ctx, [server], statuses, { timeoutMs, afterAction: false });
    return { kind: 'none' };
  },
};

const WATCH_COLUMNS = ['Time', 'ID', 'Name', 'Status', 'Task State', 'Power State', 'Host', 'Deleted'] as const;
const RETRY_MS = 100;
const RETRY_MAX_MS = 2000;

/** One change of one server, in the streamed columns and as a line for people. */
export function watchRow(s: Server__Output, deleted: boolean, previous: string | undefined): StreamRow {
  const cells: Cell[] = [isoTime(s.update_time), s.id, s.name, deleted ? 'DELETED' : statusName(s.status), taskStateName(s.task_state), powerStateName(s.power_state), s.host, deleted];
  const state = deleted ? 'deleted' : stateText(s);
  // "09:04:03 web-1 (3f0c1f9e): BUILD (spawning) → ACTIVE on compute-1"
  const time = isoTime(s.update_time).slice(11, 19) || '--:--:--';
  const where = !deleted && s.host ? ` on ${s.host}` : '';
  return { cells, text: `${time} ${s.name || '(no name)'} (${s.id.slice(0, 8)}): ${transitionText(previous, state)}${where}` };
}

/** What of a server a change line shows: a change of anything else (metadata, say) is sent too but printed once. */
const shown = (s: Server__Output, deleted: boolean): string => (deleted ? 'deleted' : `${stateText(s)}|${s.host}|${s.name}|${s.power_state}`);

interface Change {
  server: Server__Output;
  deleted: boolean;
}

/** Told when a watch broke off and when it is back. */
interface WatchHooks {
  broke(): void;
  resumed(): void;
}

/** Merges async iterables, yielding from whichever has a value first. */
async function* merge<T>(sources: ReadonlyArray<AsyncIterable<T>>): AsyncGenerator<T> {
  const iterators = sources.map((s) => s[Symbol.asyncIterator]());
  const next = (i: number): Promise<{ i: number; r: IteratorResult<T> }> => iterators[i]!.next().then((r) => ({ i, r }));
  const pending = new Map(iterators.map((_, i) => [i, next(i)] as const));
  try {
    while (pending.size) {
      const { i, r } = await Promise.race(pending.values());
      if (r.done) {
        pending.delete(i);
        continue;
      }
      pending.set(i, next(i));
      yield r.value;
    }
  } finally {
    for (const it of iterators) void it.return?.(undefined).catch(() => undefined);
  }
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * A watch that survives the API going away: on a break (UNAVAILABLE, the
 * stream ending) it is opened again with backoff, asking for the current
 * state again so that what changed meanwhile is not lost; `open(reopened)`
 * opens one stream. Ends when `signal` aborts or the stream ends for good
 * (`final` says so of a change: a watched server's deletion).
 */
async function* resilient(open: (reopened: boolean) => AsyncIterable<Change>, signal: AbortSignal, final: (c: Change) => boolean, hooks: WatchHooks): AsyncGenerator<Change> {
  let reopened = false;
  let retries = 0;
  for (;;) {
    let first = true;
    try {
      for await (const c of open(reopened)) {
        retries = 0;
        if (first && reopened) hooks.resumed();
        first = false;
        yield c;
        if (final(c)) return;
      }
    } catch (err) {
      if (signal.aborted) return;
      if (!(err instanceof KumoApiError) || !isRetryableWatchError(err)) throw err;
    }
    if (signal.aborted) return;
    hooks.broke();
    reopened = true;
    await sleep(Math.min(RETRY_MAX_MS, RETRY_MS * 2 ** retries++), signal);
    if (signal.aborted) return;
  }
}

/** One named server's changes until it is deleted (WatchServer); gone on a re-open counts as deleted. */
function watchOne(client: KumoClient, start: Server__Output, signal: AbortSignal, hooks: WatchHooks): AsyncIterable<Change> {
  let last = start;
  async function* open(): AsyncGenerator<Change> {
    try {
      for await (const c of client.servers.watch(start.id, { signal })) {
        last = c.server;
        yield c;
      }
    } catch (err) {
      if (!isNotFound(err)) throw err;
      yield { server: last, deleted: true };
    }
  }
  return resilient(open, signal, (c) => c.deleted, hooks);
}

function watchFilters(args: Args): WatchServersRequest {
  const filters: WatchServersRequest = {};
  const status = args.string('status');
  if (status !== undefined) filters.status = parseStatus(status);
  const host = args.string('host');
  if (host !== undefined) filters.host = host;
  const name = args.string('name');
  if (name !== undefined) filters.name = name;
  const reservation = args.string('reservation-id');
  if (reservation !== undefined) filters.reservation_id = reservation;
  return filters;
}

/** The lines of `server watch`: each change that shows, with the state it left ("A → B"). */
async function* watchRows(ctx: Context, args: Args, signal: AbortSignal): AsyncGenerator<StreamRow> {
  const client = ctx.client();
  const initial = args.flag('initial');
  // What was last printed of each server, and the newest change time seen (the API's clock).
  const printed = new Map<string, { state: string; shown: string }>();
  let newestMs = 0;
  // After a re-open the API sends every server again: until a change newer than any seen, a server
  // not printed before is one that did not change while the watch was away.
  let replaying = false;
  const hooks: WatchHooks = {
    broke: () => {
      if (!replaying) ctx.io.err('watch broken off; reconnecting...\n');
      replaying = true;
    },
    resumed: () => ctx.io.err('watch reconnected\n'),
  };

  let changes: AsyncIterable<Change>;
  if (args.positionals.length) {
    const servers = await Promise.all(args.positionals.map((key) => findServer(client, key)));
    // The watch starts with each server's current state: shown with --initial, else only what it becomes.
    for (const s of servers) if (!initial) printed.set(s.id, { state: stateText(s), shown: shown(s, false) });
    changes = merge(servers.map((s) => watchOne(client, s, signal, hooks)));
  } else {
    const filters = watchFilters(args);
    // A watch with nothing to report says nothing, reachable API or not: one call first makes an
    // unreachable API (or a refused request) one error line, before any reconnecting.
    await client.servers.api.ListServers({ page_size: 1, ...(filters.status ? { status: filters.status } : {}) });
    const open = (reopened: boolean): AsyncIterable<Change> => client.servers.watchAll({ ...filters, include_initial: initial || reopened }, { signal });
    changes = resilient(open, signal, () => false, hooks);
  }

  for await (const { server: s, deleted } of changes) {
    const at = timestampMs(s.update_time);
    const before = printed.get(s.id);
    if (replaying) {
      if (at > newestMs) replaying = false;
      else if (!before && !deleted) continue;
    }
    newestMs = Math.max(newestMs, at);
    const now = shown(s, deleted);
    if (before?.shown === now) continue;
    if (deleted) printed.delete(s.id);
    else printed.set(s.id, { state: stateText(s), shown: now });
    yield watchRow(s, deleted, before?.state);
  }
}

export const serverWatchCommand: Command = {
  summary: 'Print every change to servers as it happens',
  description:
    "Follow the project's servers (or only the ones named) and print one line per change as it happens: the server,\n" +
    'the state it left and the one it is in, and its host. Filters narrow the watch of all servers; --initial first\n' +
    'prints each server as it is. Runs until Ctrl-C, --duration, or (for named servers) until they are all deleted;\n' +
    'if the API goes away it reconnects. -f json prints one JSON object per line, -f yaml one list item per change,\n' +
    '-f value and -c the columns (Time, ID, Name, Status, Task State, Power State, Host, Deleted).',
  options: {
    status: { type: 'string', metavar: '<status>', choices: STATUS_CHOICES, help: 'Only changes that leave a server in this status' },
    host: { type: 'string', metavar: '<host>', help: 'Only servers on this compute host' },
    name: { type: 'string', metavar: '<regex>', help: 'Only servers whose name matches this regular expression' },
    'reservation-id': { type: 'string', metavar: '<reservation-id>', help: 'Only servers created by one request' },
    initial: { type: 'boolean', help: 'First print every matching server as it is now' },
    duration: { type: 'string', metavar: '<seconds>', help: 'Stop after this many seconds (exit 0)' },
  },
  positionals: [{ name: 'server', help: 'Only these servers (name or ID); default: every server', variadic: true, optional: true }],
  examples: [
    'kumo server watch',
    'kumo server watch --initial --name "^web-" --duration 60',
    'kumo server watch vm1 -f json',
    'kumo server watch --status ERROR -f value -c Time -c Name',
  ],
  rpcs: ['ServerService.WatchServers', 'ServerService.WatchServer'],
  async run(ctx, args) {
    const filtered = ['status', 'host', 'name', 'reservation-id'].filter((o) => args.string(o) !== undefined);
    if (args.positionals.length && filtered.length) throw new UsageError(`--${filtered[0]} filters the watch of every server: give it or servers, not both`);
    const seconds = args.int('duration', 1);
    const signals = [ctx.signal, seconds === undefined ? undefined : AbortSignal.timeout(seconds * 1000)].filter((x): x is AbortSignal => x !== undefined);
    const signal = signals.length ? AbortSignal.any(signals) : new AbortController().signal;
    return { kind: 'stream', columns: WATCH_COLUMNS, rows: watchRows(ctx, args, signal) };
  },
};
