// The actor runtime: actors serve a protocol on a subject (alone, or pooled
// in a queue group); refs call them (request/reply with a deadline) or cast
// to them (fire and forget). Errors come back as the same typed error.
import { connect, ErrorCode as NatsErrorCode, NatsError, type Msg, type NatsConnection, type Subscription } from 'nats';
import type { Logger } from 'pino';
import { codec } from './codec.js';
import { childTraceparent, HDR, newRequestId, readEnvelope, writeEnvelope, type CallerIdentity, type Envelope } from './envelope.js';
import {
  asKumoError,
  DeadlineExceededError,
  InvalidArgumentError,
  isErrorCode,
  KumoError,
  reviveError,
  UnavailableError,
} from './errors.js';
import { Encoded } from './encoded.js';
import { Mailbox } from './mailbox.js';
import { actorKind, actorKindMetrics, UNKNOWN_METHOD, type ActorKindMetrics } from '../metrics/actor.js';
import type { Protocol, RequestIn, RequestOut, ResponseIn, ResponseOut } from './protocol.js';
import type { ActorError, ActorError__Output } from '../gen/kumo/internal/v1/ActorError.js';
import { coalesceWrites } from './write_coalescing.js';

const errorCodec = codec<ActorError, ActorError__Output>('kumo.internal.v1.ActorError');

export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

/** What a handler knows about the message it is running. */
export interface CallContext extends Envelope {
  readonly log: Logger;
  /** The subject the actor serves (a wildcard for some). */
  readonly subject: string;
  /** The subject this message came on: differs from `subject` when that is a wildcard (absent in contexts made by hand). */
  readonly received?: string;
}

/** A handler answers its response message, or that message already encoded (encoded.ts: a list page written from stored bytes). */
export type Handler<M> = (request: RequestOut<M>, ctx: CallContext) => Promise<ResponseIn<M> | Encoded<ResponseIn<M>>>;
export type Handlers<P extends Protocol> = { [K in keyof P]: Handler<P[K]> };

export interface ServeOptions {
  /** Queue group for pooled actors: each message goes to one member. */
  queue?: string;
  /** Messages run at once; 1 (the default) is a strict per-actor mailbox. */
  concurrency?: number;
}

export interface CallOptions {
  timeoutMs?: number;
  /** The call being served, so request id, trace, identity and deadline carry over. */
  parent?: Envelope;
  identity?: CallerIdentity;
  requestId?: string;
}

export interface ActorHandle {
  readonly subject: string;
  readonly mailbox: Mailbox;
  /** Stops taking messages, then waits for the mailbox to empty. */
  stop(): Promise<void>;
}

export class ActorRef<P extends Protocol> {
  constructor(
    private readonly system: ActorSystem,
    readonly subject: string,
    private readonly protocol: P,
  ) {}

  async call<K extends keyof P & string>(method: K, request: RequestIn<P[K]>, opts: CallOptions = {}): Promise<ResponseOut<P[K]>> {
    const reply = await this.request(method, request, opts);
    return this.protocol[method]!.response.decode(reply) as ResponseOut<P[K]>;
  }

  /** The same call, answering the reply still encoded: for a caller that only passes it on (encoded.ts). */
  async callEncoded<K extends keyof P & string>(method: K, request: RequestIn<P[K]>, opts: CallOptions = {}): Promise<Encoded<ResponseIn<P[K]>>> {
    const reply = await this.request(method, request, opts);
    return new Encoded(this.protocol[method]!.response.typeName, reply);
  }

  /** Sends a request; the reply's body, or its error thrown. */
  private async request<K extends keyof P & string>(method: K, request: RequestIn<P[K]>, opts: CallOptions): Promise<Uint8Array> {
    const spec = this.protocol[method]!;
    const env = this.system.envelope(method, opts);
    const timeout = Math.max(1, env.deadline - Date.now());
    let reply: Msg;
    try {
      reply = await this.system.nc.request(this.subject, spec.request.encode(request as never), {
        timeout,
        headers: writeEnvelope(env),
      });
    } catch (err) {
      throw transportError(err, this.subject, method);
    }
    if (reply.headers?.get(HDR.status) === 'error') throw decodeError(reply.data);
    return reply.data;
  }

  cast<K extends keyof P & string>(method: K, request: RequestIn<P[K]>, opts: CallOptions = {}): void {
    const spec = this.protocol[method]!;
    const env = this.system.envelope(method, { ...opts, timeoutMs: opts.timeoutMs ?? 0 });
    this.system.nc.publish(this.subject, spec.request.encode(request as never), { headers: writeEnvelope(env) });
  }
}

export class ActorSystem {
  private readonly handles = new Set<ActorHandle>();

  constructor(
    readonly nc: NatsConnection,
    readonly log: Logger,
  ) {}

  /** `auth`: the process's NATS user (pkg/security/nats_creds.ts); its replies come on its own inbox prefix. */
  static async connect(servers: string, name: string, log: Logger, auth?: { user: string; password: string; inboxPrefix: string }): Promise<ActorSystem> {
    const nc = await connect({
      // A comma-separated list names several servers of one cluster (any of them may be down).
      servers: servers.split(',').map((s) => s.trim()).filter(Boolean),
      name,
      ...(auth ? { user: auth.user, pass: auth.password, inboxPrefix: auth.inboxPrefix } : {}),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      pingInterval: 10_000,
      // nats.js otherwise makes an Error (a stack capture) for every request and JetStream publish, in
      // case it times out: 7-8% of a conductor's CPU in bench:storm. Timeouts still carry the subject.
      noAsyncTraces: true,
    });
    if (!coalesceWrites(nc)) log.warn('nats.js internals changed: writes are not coalesced per event-loop turn');
    const system = new ActorSystem(nc, log);
    void (async () => {
      for await (const s of nc.status()) {
        if (s.type === 'disconnect' || s.type === 'reconnect') log.warn({ nats: s.type, server: s.data }, 'nats connection changed');
        // The server refused a publish or subscribe this user is not allowed (NATS authorization).
        else if (s.type === 'error') log.error({ nats: s.type, err: s.data }, 'nats error');
      }
    })();
    return system;
  }

  ref<P extends Protocol>(subject: string, protocol: P): ActorRef<P> {
    return new ActorRef(this, subject, protocol);
  }

  serve<P extends Protocol>(subject: string, protocol: P, handlers: Handlers<P>, opts: ServeOptions = {}): ActorHandle {
    const mailbox = new Mailbox(opts.concurrency ?? 1);
    const log = this.log;
    const metrics = actorKindMetrics(actorKind(subject));
    const sub: Subscription = this.nc.subscribe(subject, {
      queue: opts.queue,
      callback: (err, msg) => {
        if (err) {
          log.error({ err, subject }, 'subscription failed');
          return;
        }
        const queuedAt = performance.now();
        mailbox.post(() => this.dispatch(subject, protocol, handlers, msg, metrics, queuedAt));
      },
    });
    const handle: ActorHandle = {
      subject,
      mailbox,
      stop: async () => {
        this.handles.delete(handle);
        if (!sub.isClosed()) await sub.drain().catch(() => undefined);
        await mailbox.idle();
      },
    };
    this.handles.add(handle);
    return handle;
  }

  /** The actors this system serves now (for the mailbox metrics). */
  servedActors(): Iterable<ActorHandle> {
    return this.handles.values();
  }

  /** Builds the envelope of an outgoing message; timeoutMs 0 means no deadline. */
  envelope(method: string, opts: CallOptions): Envelope {
    const parent = opts.parent;
    const timeoutMs = opts.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    let deadline = timeoutMs > 0 ? Date.now() + timeoutMs : 0;
    if (parent?.deadline && (deadline === 0 || parent.deadline < deadline) && timeoutMs > 0) deadline = parent.deadline;
    const identity = opts.identity ?? parent ?? { projectId: '', userId: '' };
    return {
      method,
      requestId: opts.requestId ?? parent?.requestId ?? newRequestId(),
      deadline,
      traceparent: childTraceparent(parent?.traceparent),
      projectId: identity.projectId,
      userId: identity.userId,
      roles: identity.roles ?? [],
      minSeq: parent?.minSeq ?? 0,
    };
  }

  private async dispatch<P extends Protocol>(subject: string, protocol: P, handlers: Handlers<P>, msg: Msg, metrics: ActorKindMetrics, queuedAt: number): Promise<void> {
    const startedAt = performance.now();
    let method = UNKNOWN_METHOD;
    let outcome = 'OK';
    const env = readEnvelope(msg.headers);
    const ctx: CallContext = {
      ...env,
      subject,
      received: msg.subject,
      log: this.log.child({ req: env.requestId, method: env.method, subject }),
    };
    const wantsReply = Boolean(msg.reply);
    try {
      const spec = Object.hasOwn(protocol, env.method) ? protocol[env.method] : undefined;
      const handler = Object.hasOwn(handlers, env.method) ? handlers[env.method as keyof P] : undefined;
      if (!spec || !handler) throw new KumoError('UNIMPLEMENTED', `no method ${env.method || '(none)'} on ${subject}`);
      method = env.method;
      if (env.deadline && env.deadline < Date.now()) {
        throw new DeadlineExceededError(`deadline passed before ${env.method} ran on ${subject}`);
      }
      let request: unknown;
      try {
        request = spec.request.decode(msg.data);
      } catch (err) {
        throw new InvalidArgumentError([{ field: '(body)', description: `cannot decode ${spec.request.typeName}` }], { cause: err });
      }
      const response = await handler(request as never, ctx);
      if (wantsReply) {
        const body = encodeAnswer(spec.response, response);
        if (body.length > this.nc.info!.max_payload - 4096) {
          throw new KumoError('RESOURCE_EXHAUSTED', `the reply to ${env.method} is too large (${body.length} bytes); ask for less, e.g. a smaller page_size`, { reason: 'MESSAGE_TOO_LARGE' });
        }
        msg.respond(body);
      }
    } catch (err) {
      const kerr = asKumoError(err);
      outcome = kerr.code;
      if (kerr.code === 'INTERNAL') ctx.log.error({ err }, 'handler failed');
      else ctx.log.debug({ code: kerr.code, reason: kerr.reason, msg: kerr.message }, 'handler refused');
      if (wantsReply) {
        const h = writeEnvelope(env);
        h.set(HDR.status, 'error');
        msg.respond(encodeError(kerr), { headers: h });
      }
    } finally {
      metrics.done(method, outcome, queuedAt, startedAt);
    }
  }

  /** Stops every actor (finishing what their mailboxes hold), then drains the connection. */
  async drain(): Promise<void> {
    await Promise.all([...this.handles].map((h) => h.stop()));
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => undefined);
  }
}

function encodeAnswer(codec: { typeName: string; encode(value: never): Uint8Array }, response: unknown): Uint8Array {
  if (!(response instanceof Encoded)) return codec.encode(response as never);
  // The type checker ties an Encoded to its method; this catches a wrong type name at run time.
  if (response.typeName !== codec.typeName) throw new KumoError('INTERNAL', `answered ${response.typeName} where ${codec.typeName} was due`);
  return response.bytes;
}

export function encodeError(err: KumoError): Uint8Array {
  return errorCodec.encode({
    name: err.name,
    code: err.code,
    reason: err.reason,
    message: err.message,
    field_violations: err.fieldViolations,
    metadata: err.metadata,
  });
}

export function decodeError(data: Uint8Array): KumoError {
  const e = errorCodec.decode(data);
  const code = isErrorCode(e.code) ? e.code : 'INTERNAL';
  return reviveError(e.name, code, e.message, {
    reason: e.reason,
    fieldViolations: e.field_violations.map((v) => ({ field: v.field, description: v.description })),
    metadata: { ...e.metadata },
  });
}

function transportError(err: unknown, subject: string, method: string): KumoError {
  if (err instanceof NatsError) {
    if (err.code === NatsErrorCode.NoResponders) {
      return new UnavailableError(`no actor is listening on ${subject}`, { reason: 'NO_RESPONDERS', metadata: { subject, method } });
    }
    if (err.code === NatsErrorCode.Timeout) {
      return new DeadlineExceededError(`${method} on ${subject} timed out`, { metadata: { subject, method } });
    }
    if (err.code === NatsErrorCode.MaxPayloadExceeded) {
      return new KumoError('RESOURCE_EXHAUSTED', `${method} is too large to send (over the NATS message limit)`, { reason: 'MESSAGE_TOO_LARGE', metadata: { subject, method } });
    }
    if (err.code === NatsErrorCode.ConnectionClosed || err.code === NatsErrorCode.Disconnect) {
      return new UnavailableError(`nats connection lost during ${method}`, { reason: 'NATS_DISCONNECTED', cause: err });
    }
  }
  return asKumoError(err);
}
