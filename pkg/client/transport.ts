// How the SDK sends a call: identity and token metadata, the deadline, and
// retries.
//
// Retries are for UNAVAILABLE only. Kumo's API answers UNAVAILABLE when it
// did nothing: no conductor or host answered the request's NATS subject
// (NO_RESPONDERS, HOST_UNAVAILABLE), or a server was caught moving
// (INSTANCE_MOVED); grpc-js answers UNAVAILABLE when there was no
// connection to the API at all (no reason). Sending the same call again is
// then safe even for CreateServer. Every other code is an answer
// (NOT_FOUND, FAILED_PRECONDITION, ...), or leaves it unknown whether the
// call took effect (DEADLINE_EXCEEDED, INTERNAL, CANCELLED), so retrying
// could do a thing twice; those are never retried.
// (NATS_DISCONNECTED, and a connection that drops mid-call, are UNAVAILABLE
// too although the call may have arrived; docs/sdk.md says so, and
// `retry: false` is there for calls that must not risk it.)
import { randomUUID } from 'node:crypto';
import { Metadata, status as Status, type Client, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { KumoApiError } from './errors.js';
import { isReadRpc } from '../util/rpc_kind.js';

export interface RetryOptions {
  /** Attempts in all, the first included; default 3 (1: never retry). */
  maxAttempts?: number;
  /** Pause before the first retry; default 100 ms. Each later pause doubles (`multiplier`), up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  /** Longest pause; default 2000 ms. */
  maxBackoffMs?: number;
  /** Growth of the pause per retry; default 2. */
  multiplier?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, initialBackoffMs: 100, maxBackoffMs: 2000, multiplier: 2 };

export interface CallOptions {
  /** Deadline for this call, in milliseconds from now; retries happen within it. Default: the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retries on UNAVAILABLE for this call (merged over the client's), or false for none. */
  retry?: RetryOptions | false;
  /** Cancels the call (and any pending retry); it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * The pause before retry number `retry` (1 for the first): exponential,
 * with "equal jitter" (half of it fixed, half random) so that clients that
 * failed together do not come back together.
 */
export function backoffMs(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxBackoffMs, policy.initialBackoffMs * policy.multiplier ** (retry - 1));
  return base / 2 + (base / 2) * random();
}

export function retryPolicy(base: RetryPolicy, over: RetryOptions | false | undefined): RetryPolicy {
  if (over === false) return { ...base, maxAttempts: 1 };
  const p = { ...base, ...Object.fromEntries(Object.entries(over ?? {}).filter(([, v]) => v !== undefined)) };
  if (!Number.isInteger(p.maxAttempts) || p.maxAttempts < 1) throw new RangeError(`retry.maxAttempts must be an integer >= 1, not ${p.maxAttempts}`);
  return p;
}

/** Where tokens come from: a fixed string, a provider (asked once, then again after UNAUTHENTICATED), or none. */
export class TokenSource {
  private current: Promise<string> | undefined;

  constructor(
    private readonly fixed: string | undefined,
    private readonly provider: (() => Promise<string>) | undefined,
  ) {}

  get canRefresh(): boolean {
    return this.provider !== undefined;
  }

  /** The token to send now, if any. A provider is asked on first use; a failed ask is not kept. */
  async token(): Promise<string | undefined> {
    if (!this.provider) return this.fixed;
    if (!this.current) {
      const p = this.provider();
      this.current = p;
      p.catch(() => {
        if (this.current === p) this.current = undefined;
      });
    }
    return this.current;
  }

  /**
   * The API refused `rejected`: ask the provider for a new token, unless
   * another call already did (concurrent refusals refresh once).
   */
  async refresh(rejected: string | undefined): Promise<void> {
    if (!this.provider) return;
    const now = this.current ? await this.current.catch(() => undefined) : undefined;
    if (now !== undefined && now !== rejected) return;
    this.current = undefined;
    await this.token();
  }
}

/** What every call of one client shares. */
export interface Transport {
  client: Client;
  defaultTimeoutMs: number;
  retry: RetryPolicy;
  tokens: TokenSource;
  /** Identity metadata (x-kumo-project, ...) without the token. */
  identity: () => Metadata;
  /** Pause between retries (a parameter so tests can watch it). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * Read your writes: the highest state-log sequence the API reported for
   * this client's writes (`x-kumo-seq`), sent back on every call as
   * `x-kumo-min-seq` so the answering view has applied them first.
   */
  seen?: { seq: number };
}


/**
 * A write whose request has a `request_id` field gets one generated once per
 * call, so every retry of the call carries the same id and the API does it
 * at most once.
 */
export function withRequestId<Req>(def: MethodDefinition<Req, unknown, unknown, unknown>, rpc: string, request: Req): Req {
  if (isReadRpc(rpc) || request === null || typeof request !== 'object') return request;
  const fields = (def.requestType as { type?: { field?: Array<{ name?: string }> } } | undefined)?.type?.field ?? [];
  if (!fields.some((f) => f.name === 'request_id')) return request;
  if ((request as { request_id?: string }).request_id) return request;
  return { ...request, request_id: newClientRequestId() };
}

/** A request id as the SDK makes one for a write that has none. */
export function newClientRequestId(): string {
  return `req-${randomUUID()}`;
}

/** Identity metadata plus `authorization: Bearer <token>` when there is a token. */
export async function callMetadata(t: Pick<Transport, 'identity' | 'tokens'>): Promise<{ metadata: Metadata; token: string | undefined }> {
  const metadata = t.identity();
  const token = await t.tokens.token();
  if (token) metadata.set('authorization', `Bearer ${token}`);
  return { metadata, token };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function unaryOnce<Req, Res>(
  t: Transport,
  def: MethodDefinition<Req, unknown, unknown, Res>,
  request: Req,
  metadata: Metadata,
  deadline: number,
  signal: AbortSignal | undefined,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const call = t.client.makeUnaryRequest(
      def.path,
      (value: Req) => def.requestSerialize(value),
      (buf: Buffer) => def.responseDeserialize(buf),
      request,
      metadata,
      { deadline },
      (err: ServiceError | null, value?: Res) => {
        signal?.removeEventListener('abort', cancel);
        if (err) reject(err);
        else resolve(value as Res);
      },
    );
    // grpc-js emits the status (with its trailers) right after the callback, before the caller's continuation runs.
    call.on('status', (st: StatusObject) => {
      const seq = Number(st.metadata?.get('x-kumo-seq')[0] ?? 0);
      if (t.seen && seq > t.seen.seq) t.seen.seq = seq;
    });
    const cancel = (): void => call.cancel();
    signal?.addEventListener('abort', cancel, { once: true });
  });
}

/**
 * One unary call with everything around it: metadata and token, one
 * deadline for all attempts, retries with backoff on UNAVAILABLE, and one
 * retry with a fresh token after UNAUTHENTICATED (when a token provider is
 * set). Failures are KumoApiError subclasses (KumoApiError.from).
 */
export async function unaryCall<Req, Res>(t: Transport, def: MethodDefinition<Req, unknown, unknown, Res>, rpc: string, request: Req, opts: CallOptions = {}): Promise<Res> {
  const policy = retryPolicy(t.retry, opts.retry);
  const deadline = Date.now() + (opts.timeoutMs ?? t.defaultTimeoutMs);
  const pause = t.sleep ?? sleep;
  let sent = 0;
  let tries = 0; // attempts that count towards policy.maxAttempts
  let refreshed = false;
  // One request id for every attempt: a retry of a write the API already did returns the first answer.
  const sentRequest = withRequestId(def, rpc, request);
  for (;;) {
    opts.signal?.throwIfAborted();
    const { metadata, token } = await callMetadata(t);
    if (t.seen?.seq) metadata.set('x-kumo-min-seq', String(t.seen.seq));
    sent++;
    tries++;
    try {
      return await unaryOnce(t, def, sentRequest, metadata, deadline, opts.signal);
    } catch (raw) {
      opts.signal?.throwIfAborted();
      const err = KumoApiError.from(raw as ServiceError, rpc);
      err.attempts = sent;
      if (err.code === Status.UNAUTHENTICATED && t.tokens.canRefresh && !refreshed) {
        // Once per call: a fresh token, and the call again (a refused token is not a retry).
        refreshed = true;
        tries--;
        await t.tokens.refresh(token);
        continue;
      }
      if (err.code !== Status.UNAVAILABLE || tries >= policy.maxAttempts) throw err;
      const wait = backoffMs(policy, tries);
      // No time left for the pause and another attempt: the caller hears the UNAVAILABLE now, not a deadline later.
      if (Date.now() + wait >= deadline) throw err;
      await pause(wait, opts.signal);
    }
  }
}
