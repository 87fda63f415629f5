// WatchServer and WatchServers: server-streaming RPCs fed by the state log.
//
// A watch subscribes (core NATS; JetStream appends reach core subscribers of
// the subject too) to the server state subjects *before* it reads the
// current state, buffering what arrives meanwhile, so nothing logged between
// the read and the subscription is lost. It then sends a record only when its
// generation is newer than the one it sent (or skipped) for that server, so
// the read and the buffer never produce a duplicate or a step back. Nothing
// polls. A client that reads too slowly gets RESOURCE_EXHAUSTED rather than
// an unbounded queue; a lost NATS connection ends the stream UNAVAILABLE (the
// client opens it again and gets a fresh snapshot) because core messages
// published while disconnected are gone.
import type { ServerWritableStream } from '@grpc/grpc-js';
import type { JetStreamManager, Msg, Subscription } from 'nats';
import { isDeepStrictEqual } from 'node:util';
import type { Logger } from 'pino';
import type { Envelope } from '../actor/envelope.js';
import { DeadlineExceededError, InvalidArgumentError, KumoError, NotFoundError, UnavailableError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { InvalidSubjectTokenError, parseStateSubject, subjects } from '../actor/subjects.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import { ServerStatus } from '../gen/kumo/compute/v1/ServerStatus.js';
import type {
  Server__Output,
  WatchServerRequest__Output,
  WatchServerResponse,
  WatchServersRequest__Output,
  WatchServersResponse,
} from '../gen/types.js';
import { serverRecordCodec } from '../lifecycle/record.js';
import { STATE_HDR, StateLog } from '../statelog/statelog.js';
import { requireKnownEnum } from './enums.js';
import { callEnvelope, failedCall } from './unary.js';
import { apiMetrics } from '../metrics/kumo.js';

/** Messages a stream may hold for a client that reads slowly before it is ended RESOURCE_EXHAUSTED. */
export const MAX_QUEUED = 1000;
/** Changes held while the snapshot is read (WatchServers with include_initial may take several pages). */
export const MAX_BUFFERED = 5000;
/** Generations of deleted servers a WatchServers remembers, so a late older record cannot revive one. */
const DELETED_REMEMBERED = 10_000;
const LIST_PAGE_SIZE = 500;
const MAX_NAME_PATTERN = 255;

/** One state-log entry of a server, as a watch sees it. */
export interface ServerChange {
  id: string;
  generation: number;
  deleted: boolean;
  server: Server__Output;
}

/** A server state-log message as a change; undefined for anything else. */
export function parseServerChange(msg: Pick<Msg, 'subject' | 'data' | 'headers'>): ServerChange | undefined {
  const where = parseStateSubject(msg.subject);
  if (where?.kind !== 'server') return undefined;
  const record = serverRecordCodec.decode(msg.data);
  if (!record.server) return undefined;
  const header = Number(msg.headers?.get(STATE_HDR.generation) || NaN);
  return {
    id: where.id,
    generation: Number.isFinite(header) ? header : record.generation,
    deleted: msg.headers?.get(STATE_HDR.op) === 'delete',
    server: record.server,
  };
}

/**
 * What a stream sent of each server. A server sent from a read that carries
 * no generation (the conductor's GetServer and ListServers answer the API
 * Server) is remembered by content: the change equal to it, if it is among
 * those buffered since the subscription, gives its generation; if none is,
 * the read predates the subscription and every buffered change is newer.
 */
export class Versions {
  private readonly generations = new Map<string, number>();
  private readonly unknown = new Map<string, Server__Output>();
  private readonly deleted = new Map<string, number>();

  /** `server` was sent at a known generation. */
  sentAt(id: string, generation: number): void {
    this.generations.set(id, generation);
    this.unknown.delete(id);
  }

  /** `server` was sent from a read without a generation. */
  sentWithout(id: string, server: Server__Output): void {
    this.unknown.set(id, server);
  }

  /** Finds the generations of servers sent without one among the changes buffered meanwhile. */
  learn(buffered: readonly ServerChange[]): void {
    for (const c of buffered) {
      const sent = this.unknown.get(c.id);
      if (sent && isDeepStrictEqual(sent, c.server)) this.sentAt(c.id, c.generation);
    }
  }

  /** Whether a change is newer than what was sent (or passed over) for its server; remembers it if so. */
  admit(c: ServerChange): boolean {
    const known = this.generations.get(c.id) ?? this.deleted.get(c.id);
    if (known !== undefined && c.generation <= known) return false;
    const sent = this.unknown.get(c.id);
    if (sent !== undefined) {
      this.unknown.delete(c.id);
      if (isDeepStrictEqual(sent, c.server)) {
        this.generations.set(c.id, c.generation);
        return false;
      }
    }
    if (c.deleted) {
      this.generations.delete(c.id);
      this.deleted.set(c.id, c.generation);
      if (this.deleted.size > DELETED_REMEMBERED) this.deleted.delete(this.deleted.keys().next().value!);
    } else {
      this.generations.set(c.id, c.generation);
    }
    return true;
  }
}

/** The part of a grpc-js server stream the queue writes to. */
export interface WritableLike<T> {
  write(message: T): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Writes in order while the stream takes them and queues the rest until it
 * drains; `push` returns false once more than `max` are queued (the client is
 * too slow; the caller ends the stream).
 */
export class StreamQueue<T> {
  private readonly queue: T[] = [];
  private waiting = false;
  private flushed: Array<() => void> = [];

  constructor(
    private readonly out: WritableLike<T>,
    private readonly max = MAX_QUEUED,
  ) {}

  get queued(): number {
    return this.queue.length;
  }

  push(message: T): boolean {
    if (this.waiting || this.queue.length) {
      this.queue.push(message);
      return this.queue.length <= this.max;
    }
    if (!this.out.write(message)) this.wait();
    return true;
  }

  /** Resolves once nothing is queued here (grpc-js may still hold its own small buffer). */
  drained(): Promise<void> {
    if (!this.waiting && !this.queue.length) return Promise.resolve();
    return new Promise((resolve) => this.flushed.push(resolve));
  }

  /** Forgets what is queued and wakes anyone waiting (the stream ended). */
  clear(): void {
    this.queue.length = 0;
    this.release();
  }

  private wait(): void {
    this.waiting = true;
    this.out.once('drain', () => {
      this.waiting = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.queue.length) {
      const ok = this.out.write(this.queue.shift()!);
      if (!ok) {
        this.wait();
        return;
      }
    }
    this.release();
  }

  private release(): void {
    const waiters = this.flushed;
    this.flushed = [];
    for (const w of waiters) w();
  }
}

/** Nested repetition ("(a+)+", "(x*)*") backtracks exponentially; refuse it rather than hang the API. */
export function nestedRepetition(pattern: string): boolean {
  const groups: boolean[] = []; // per open group: does it contain a repetition?
  let groupBefore = false; // the atom just before is a group that contains a repetition
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '(') {
      groups.push(false);
      if (pattern[i + 1] === '?') i++;
      groupBefore = false;
      continue;
    }
    if (c === ')') {
      const inner = groups.pop() ?? false;
      if (inner && groups.length) groups[groups.length - 1] = true;
      groupBefore = inner;
      continue;
    }
    let quantifier = false;
    let repeat = false;
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '*' || c === '+') {
      quantifier = repeat = true;
    } else if (c === '?') {
      quantifier = true;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (m) {
        quantifier = true;
        repeat = m[2] !== undefined && (m[3] === '' || Number(m[3]) > 1);
        i += m[0].length - 1;
      }
    }
    if (quantifier) {
      if (repeat && groupBefore) return true;
      if (repeat && groups.length) groups[groups.length - 1] = true;
      if (pattern[i + 1] === '?') i++; // lazy
    }
    groupBefore = false;
  }
  return false;
}

/** The name filter of WatchServers: a regular expression searched in the name, as Nova's. */
export function compileNamePattern(pattern: string): RegExp | undefined {
  if (!pattern) return undefined;
  if (pattern.length > MAX_NAME_PATTERN) throw InvalidArgumentError.field('name', `must be at most ${MAX_NAME_PATTERN} characters`);
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch (err) {
    throw InvalidArgumentError.field('name', `not a valid regular expression: ${(err as Error).message}`);
  }
  if (nestedRepetition(pattern)) throw InvalidArgumentError.field('name', 'nested repetition (like "(a+)+") is not allowed');
  return re;
}

/** The watches of one API process: all end UNAVAILABLE when its NATS connection drops. */
interface Hub {
  readonly watches: Set<WatchSession<unknown>>;
  /** False between a disconnect and the reconnect: a watch started then would hang on lost requests. */
  connected: boolean;
  jsm?: Promise<JetStreamManager>;
  stateLog: StateLog;
}

const hubs = new WeakMap<ActorSystem, Hub>();

function hubOf(system: ActorSystem): Hub {
  let hub = hubs.get(system);
  if (hub) return hub;
  const created: Hub = { watches: new Set(), connected: true, stateLog: new StateLog(system.nc) };
  hubs.set(system, created);
  void (async () => {
    for await (const s of system.nc.status()) {
      if (s.type === 'reconnect') created.connected = true;
      if (s.type !== 'disconnect') continue;
      created.connected = false;
      // Core messages published while we are away are lost: a watch cannot promise "every change" any more.
      for (const w of [...created.watches]) w.fail(disconnected());
    }
  })();
  return created;
}

const disconnected = (): UnavailableError => new UnavailableError('the API lost its NATS connection; watch again', { reason: 'NATS_DISCONNECTED' });

/**
 * Ends every open watch UNAVAILABLE so clients go to another API process:
 * for a graceful stop, before the gRPC server waits for its calls to end
 * (an open watch would otherwise hold it until its force-shutdown).
 */
export function closeWatches(system: ActorSystem): void {
  const hub = hubs.get(system);
  if (!hub) return;
  for (const w of [...hub.watches]) w.fail(new UnavailableError('the API is shutting down; watch again', { reason: 'API_SHUTTING_DOWN' }));
}

/** How many watches are open on this process (for tests and diagnostics). */
export function openWatchCount(system: ActorSystem): number {
  return hubs.get(system)?.watches.size ?? 0;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One open stream: its subscription, its queue, and every way it can end
 * (finished, failed, cancelled by the client, deadline, lost connection).
 */
class WatchSession<Res> {
  closed = false;
  private sub: Subscription | undefined;
  private buffered: ServerChange[] | undefined = [];
  private handler: ((c: ServerChange) => void) | undefined;
  private readonly queue: StreamQueue<Res>;
  private timer: NodeJS.Timeout | undefined;
  private readonly startedAt = performance.now();

  constructor(
    private readonly system: ActorSystem,
    private readonly log: Logger,
    private readonly hub: Hub,
    private readonly call: ServerWritableStream<unknown, Res>,
    readonly envelope: Envelope,
  ) {
    this.queue = new StreamQueue(call);
    hub.watches.add(this as WatchSession<unknown>);
    apiMetrics().openStreams.labels(envelope.method).inc();
    // Cancelled by the client (or its deadline): nothing more can be written.
    call.once('cancelled', () => {
      this.close();
      this.queue.clear();
    });
    call.once('close', () => this.close());
    if (envelope.deadline) {
      const ms = envelope.deadline - Date.now();
      if (ms < MAX_TIMER_MS) this.timer = setTimeout(() => this.fail(new DeadlineExceededError('the watch reached its deadline')), Math.max(0, ms));
    }
  }

  /** Subscribes now; changes that pass `accept` are held until `live` (at most MAX_BUFFERED). */
  subscribe(subject: string, accept: (c: ServerChange) => boolean = () => true): void {
    if (this.closed) return;
    const sub = this.system.nc.subscribe(subject, {
      callback: (err, msg) => {
        if (this.closed) return;
        if (err) {
          this.fail(new UnavailableError(`watch subscription failed: ${err.message}`, { reason: 'NATS_SUBSCRIPTION_FAILED' }));
          return;
        }
        let change: ServerChange | undefined;
        try {
          change = parseServerChange(msg);
        } catch (e) {
          this.log.warn({ err: e, subject: msg.subject }, 'undecodable state record skipped');
          return;
        }
        if (!change || !accept(change)) return;
        if (this.handler) {
          try {
            this.handler(change);
          } catch (e) {
            this.fail(e);
          }
        } else if (this.buffered!.push(change) > MAX_BUFFERED) {
          this.fail(new KumoError('RESOURCE_EXHAUSTED', `more than ${MAX_BUFFERED} changes arrived while the watch started; watch fewer servers`, { reason: 'WATCH_BACKLOG' }));
        }
      },
    });
    this.sub = sub;
    // Closed under us (the process draining its connection): the client should go elsewhere.
    void sub.closed.then(() => {
      if (!this.closed) this.fail(new UnavailableError('the API is shutting down; watch again', { reason: 'API_SHUTTING_DOWN' }));
    });
  }

  /** The changes held so far (for Versions.learn). */
  pending(): readonly ServerChange[] {
    return this.buffered ?? [];
  }

  /** Replays the held changes through `handler`, then hands it every new one. */
  live(handler: (c: ServerChange) => void): void {
    if (this.closed) return;
    const held = this.buffered ?? [];
    this.buffered = undefined;
    this.handler = handler;
    for (const c of held) {
      if (this.closed) return;
      handler(c);
    }
  }

  send(message: Res): void {
    if (this.closed) return;
    if (!this.queue.push(message)) {
      this.fail(new KumoError('RESOURCE_EXHAUSTED', `the client fell more than ${MAX_QUEUED} changes behind; watch again`, { reason: 'WATCH_CLIENT_TOO_SLOW' }));
    }
  }

  /** Resolves when the client has taken what was sent (before the next snapshot page is read). */
  drained(): Promise<void> {
    return this.queue.drained();
  }

  /** Ends the stream OK once every queued message is written. */
  finish(): void {
    if (this.closed) return;
    this.close(0);
    void this.queue.drained().then(() => this.call.end());
  }

  fail(err: unknown): void {
    if (this.closed) return;
    const se = failedCall(this.log, this.envelope, err);
    this.close(se.code ?? 2);
    this.queue.clear();
    this.call.emit('error', se);
  }

  /** `code`: the gRPC status the stream ends with (CANCELLED when the client went away). */
  private close(code = 1): void {
    if (this.closed) return;
    this.closed = true;
    const metrics = apiMetrics();
    metrics.openStreams.labels(this.envelope.method).dec();
    metrics.done(this.envelope.method, code, this.startedAt);
    this.hub.watches.delete(this as WatchSession<unknown>);
    if (this.timer) clearTimeout(this.timer);
    if (this.sub && !this.sub.isClosed()) this.sub.unsubscribe();
    this.handler = undefined;
    this.buffered = undefined;
  }
}

type WatchBody<Req, Res> = (request: Req, w: WatchSession<Res>) => Promise<void>;

function serverStreaming<Req, Res>(system: ActorSystem, log: Logger, name: string, body: WatchBody<Req, Res>) {
  return (call: ServerWritableStream<Req, Res>): void => {
    const envelope = callEnvelope(call, name);
    const hub = hubOf(system);
    const w = new WatchSession<Res>(system, log, hub, call as ServerWritableStream<unknown, Res>, envelope);
    if (!hub.connected) return w.fail(disconnected());
    log.debug({ req: envelope.requestId, rpc: name }, 'watch opened');
    body(call.request, w).catch((err: unknown) => w.fail(err));
  };
}

/** The newest state-log entry of a server (one JetStream manager per process, made on first use). */
async function newestRecord(system: ActorSystem, id: string): ReturnType<StateLog['latestServer']> {
  const hub = hubOf(system);
  const jsm = (hub.jsm ??= system.nc.jetstreamManager());
  try {
    return await hub.stateLog.latestServer(id, await jsm);
  } catch (err) {
    if (hub.jsm === jsm) hub.jsm = undefined;
    throw err;
  }
}

function serverSubject(id: string): string {
  if (!id) throw InvalidArgumentError.field('id', 'required');
  if (id.length > 255) throw InvalidArgumentError.field('id', 'must be at most 255 characters');
  try {
    return subjects.state('server', id);
  } catch (err) {
    // No server can have such an id (they are UUIDs).
    if (err instanceof InvalidSubjectTokenError) throw new NotFoundError('server', id);
    throw err;
  }
}

export function watchServer(system: ActorSystem, log: Logger) {
  const conductor = system.ref(subjects.conductor(), ConductorProtocol);
  return serverStreaming<WatchServerRequest__Output, WatchServerResponse>(system, log, 'WatchServer', async (req, w) => {
    const subject = serverSubject(req.id);
    w.subscribe(subject);
    // After subscribing: whatever is logged from now on reaches the buffer.
    // The conductor answers NOT_FOUND for an unknown id or another project's server.
    const { server } = await conductor.call('GetServer', { id: req.id }, { parent: w.envelope });
    // The log's newest entry is the server as it is now, with its generation (the view may lag it).
    const latest = await newestRecord(system, req.id).catch((err: unknown) => {
      log.warn({ err, id: req.id }, 'cannot read the newest state of a watched server; starting from the view');
      return undefined;
    });
    const versions = new Versions();
    if (latest?.record.server && latest.record.server.project_id === server!.project_id) {
      versions.sentAt(req.id, latest.generation);
      const deleted = latest.op === 'delete';
      w.send({ server: latest.record.server, deleted });
      if (deleted) return w.finish();
    } else {
      versions.sentWithout(req.id, server!);
      w.send({ server: server!, deleted: false });
    }
    versions.learn(w.pending());
    w.live((c) => {
      if (!versions.admit(c)) return;
      w.send({ server: c.server, deleted: c.deleted });
      if (c.deleted) w.finish();
    });
  });
}

export function watchServers(system: ActorSystem, log: Logger) {
  const conductor = system.ref(subjects.conductor(), ConductorProtocol);
  return serverStreaming<WatchServersRequest__Output, WatchServersResponse>(system, log, 'WatchServers', async (req, w) => {
    requireKnownEnum(req.status, ServerStatus, 'status');
    const name = compileNamePattern(req.name);
    const status = req.status === 'SERVER_STATUS_UNSPECIFIED' ? undefined : req.status;
    const project = w.envelope.projectId;
    const matches = (s: Server__Output): boolean =>
      (!status || s.status === status) && (!req.host || s.host === req.host) && (!req.reservation_id || s.reservation_id === req.reservation_id) && (!name || name.test(s.name));

    // Only the caller's project, admins included.
    w.subscribe(subjects.allServerStates(), (c) => c.server.project_id === project);
    const versions = new Versions();
    if (req.include_initial) {
      let page_token = '';
      do {
        const page = await conductor.call(
          'ListServers',
          { status: req.status, host: req.host, reservation_id: req.reservation_id, page_size: LIST_PAGE_SIZE, page_token },
          { parent: w.envelope },
        );
        for (const s of page.servers) {
          if (s.project_id !== project || !matches(s)) continue;
          versions.sentWithout(s.id, s);
          w.send({ server: s, deleted: false });
        }
        page_token = page.next_page_token;
        // Let a slow client take this page before reading the next.
        await w.drained();
      } while (page_token && !w.closed);
    }
    versions.learn(w.pending());
    w.live((c) => {
      if (!versions.admit(c) || !matches(c.server)) return;
      w.send({ server: c.server, deleted: c.deleted });
    });
  });
}
