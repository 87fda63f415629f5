// Idempotent writes: a public write that carries a `request_id` runs at most
// once per project and id. The id's result lives in JetStream (stream
// KUMO_REQUESTS, one subject per project and id: request_stream.ts, whose
// entries expire after a day), so every API process sees it:
//
//   1. claim: append a pending RequestResult with a compare-and-set on the
//      subject's last sequence (0: none) — of two calls with one id, racing
//      on two API processes, exactly one runs;
//   2. run the write;
//   3. store the answer (response or error) over the claim, again a
//      compare-and-set, and answer.
//
// A later call with the id returns the stored answer; one arriving while
// the first runs waits for it (bounded by its deadline), then answers
// ABORTED (REQUEST_IN_PROGRESS). A write refused as UNAVAILABLE did
// nothing, so its claim is removed and a retry runs it. Results expire
// after REQUEST_ID_TTL_MS: an older id is treated as new.
import { createHash } from 'node:crypto';
import { headers as natsHeaders, type JetStreamClient, type JetStreamManager, type NatsConnection, type PubAck } from 'nats';
import type { Logger } from 'pino';
import { codec, type Codec } from '../actor/codec.js';
import { asKumoError, InvalidArgumentError, KumoError } from '../actor/errors.js';
import { decodeError, encodeError } from '../actor/runtime.js';
import { encodeToken, subjects } from '../actor/subjects.js';
import type { RequestResult, RequestResult__Output } from '../gen/types.js';
import { StateConflictError } from '../statelog/errors.js';
import { publishRetrying, wrongLastSequence, noMessage } from '../statelog/publish.js';
import { STATE_HDR } from '../statelog/statelog.js';
import { ensureRequestStream, REQUEST_ID_TTL_MS, REQUEST_STREAM } from './request_stream.js';

export { REQUEST_ID_TTL_MS };
export const REQUEST_ID_MAX = 255;
/** How long a duplicate waits for the first call's answer when the caller set no deadline. */
const DEFAULT_WAIT_MS = 30_000;
/** Lost claims in a row before giving up (each loss means another call's claim is there to wait on). */
const CLAIM_ATTEMPTS = 50;


const resultCodec = codec<RequestResult, RequestResult__Output>('kumo.internal.v1.RequestResult');

export class RequestInProgressError extends KumoError {
  constructor(requestId: string) {
    super('ABORTED', `request ${requestId} is still running; retry later for its answer`, { reason: 'REQUEST_IN_PROGRESS', metadata: { request_id: requestId } });
  }
}

interface Latest {
  seq: number;
  generation: number;
  deleted: boolean;
  result: RequestResult__Output;
}

export interface OnceOptions<Res> {
  projectId: string;
  requestId: string;
  /** RPC name, e.g. "CreateServer": an id reused for another RPC is refused. */
  method: string;
  /** The request, for the digest that refuses an id reused with other arguments. */
  request: unknown;
  responseCodec: Codec<Res, Res>;
  /** Epoch ms by which the caller wants an answer (0: none). */
  deadline: number;
}

export class RequestResults {
  private readonly js: JetStreamClient;
  private jsm?: Promise<JetStreamManager>;
  private stream?: Promise<void>;

  /** `replicas`: the stream's, when this process creates it (--state-replicas). */
  constructor(
    private readonly nc: NatsConnection,
    private readonly log: Logger,
    private readonly replicas = 1,
  ) {
    this.js = nc.jetstream();
  }

  /**
   * Appends to the id's subject only if its newest entry is still `lastSeq`
   * (0: none); another writer's entry meanwhile, or this message id already
   * stored, is a StateConflictError.
   */
  private async append(id: string, generation: number, op: 'put' | 'delete', body: Uint8Array, lastSeq: number): Promise<number> {
    const stream = (this.stream ??= ensureRequestStream(this.nc, this.replicas).catch((err: unknown) => {
      this.stream = undefined;
      throw err;
    }));
    await stream;
    const h = natsHeaders();
    h.set(STATE_HDR.generation, String(generation));
    h.set(STATE_HDR.op, op);
    let ack: PubAck;
    try {
      ack = await publishRetrying(
        { nc: this.nc, js: this.js, stream: REQUEST_STREAM, manager: () => this.manager() },
        subjects.requestResult(id),
        body,
        { headers: h, msgID: `reqid:${id}:${generation}`, expect: { lastSubjectSequence: lastSeq } },
      );
    } catch (err) {
      if (wrongLastSequence(err)) throw new StateConflictError('reqid', id, generation);
      throw err;
    }
    if (ack.duplicate) throw new StateConflictError('reqid', id, generation);
    return ack.seq;
  }

  private async manager(): Promise<JetStreamManager> {
    this.jsm ??= this.nc.jetstreamManager({ checkAPI: false });
    try {
      return await this.jsm;
    } catch (err) {
      this.jsm = undefined;
      throw err;
    }
  }

  /** Runs `write` at most once for (project, request id); without an id, just runs it. */
  async once<Res>(opts: OnceOptions<Res>, write: () => Promise<Res>, nowMs: () => number = Date.now): Promise<Res> {
    if (!opts.requestId) return write();
    if (opts.requestId.length > REQUEST_ID_MAX) throw InvalidArgumentError.field('request_id', `must be at most ${REQUEST_ID_MAX} characters`);
    const id = encodeToken(`${opts.projectId}/${opts.requestId}`);
    const digest = requestDigest(opts.request);
    const waitUntil = opts.deadline > 0 ? opts.deadline - 100 : nowMs() + DEFAULT_WAIT_MS;
    // Most ids are new: claim first, as if none was logged (expected last sequence 0), and read the
    // subject only when that claim loses; a read before every claim was one more JetStream request per write.
    const first = await this.claimNew(id, opts, digest, nowMs);
    if (first) return this.runClaimed(id, 1, first.seq, first.pending, opts, write, nowMs);
    for (let attempt = 0; ; attempt++) {
      const latest = await this.latest(id);
      const live = latest && !latest.deleted && nowMs() - Number(latest.result.started_ms) < REQUEST_ID_TTL_MS ? latest : undefined;
      if (live) {
        const r = live.result;
        if (r.method !== opts.method || r.request_digest !== digest) {
          throw InvalidArgumentError.field('request_id', `was already used for a different request (${r.method}) in this project within 24 hours`);
        }
        if (r.done) return answer(r, opts.responseCodec);
        if (nowMs() >= waitUntil) throw new RequestInProgressError(opts.requestId);
        await new Promise((res) => setTimeout(res, Math.min(200, 25 * 2 ** Math.min(attempt, 3))));
        continue;
      }
      const pending: RequestResult = { project_id: opts.projectId, request_id: opts.requestId, method: opts.method, done: false, started_ms: nowMs(), request_digest: digest };
      let claimSeq: number;
      const generation = (latest?.generation ?? 0) + 1;
      try {
        claimSeq = await this.append(id, generation, 'put', resultCodec.encode(pending), latest?.seq ?? 0);
      } catch (err) {
        // Another call with this id claimed it first: read its claim and wait for its answer.
        if (err instanceof StateConflictError && attempt < CLAIM_ATTEMPTS) continue;
        throw err;
      }
      return this.runClaimed(id, generation, claimSeq, pending, opts, write, nowMs);
    }
  }

  /** Claims an id nothing was ever logged for; undefined when something was (a conflict). */
  private async claimNew<Res>(id: string, opts: OnceOptions<Res>, digest: string, nowMs: () => number): Promise<{ seq: number; pending: RequestResult } | undefined> {
    const pending: RequestResult = { project_id: opts.projectId, request_id: opts.requestId, method: opts.method, done: false, started_ms: nowMs(), request_digest: digest };
    try {
      return { seq: await this.append(id, 1, 'put', resultCodec.encode(pending), 0), pending };
    } catch (err) {
      if (err instanceof StateConflictError) return undefined;
      throw err;
    }
  }

  private async runClaimed<Res>(id: string, generation: number, claimSeq: number, pending: RequestResult, opts: OnceOptions<Res>, write: () => Promise<Res>, nowMs: () => number): Promise<Res> {
    let response: Res | undefined;
    let failure: KumoError | undefined;
    try {
      response = await write();
    } catch (err) {
      failure = asKumoError(err);
    }
    try {
      if (failure && failure.code === 'UNAVAILABLE') {
        // Nothing was done (no responder, a view behind): let a retry run it.
        await this.append(id, generation + 1, 'delete', resultCodec.encode(pending), claimSeq);
      } else {
        const done: RequestResult = {
          ...pending,
          done: true,
          finished_ms: nowMs(),
          ...(failure ? { error: encodeError(failure) } : { response: opts.responseCodec.encode(response as Res) }),
        };
        await this.append(id, generation + 1, 'put', resultCodec.encode(done), claimSeq);
      }
    } catch (err) {
      // The answer stands; a retry will wait on the pending claim until it expires, rather than do the write twice.
      this.log.warn({ err, request_id: opts.requestId, rpc: opts.method }, 'cannot store the result of a request id');
    }
    if (failure) throw failure;
    return response as Res;
  }

  private async latest(id: string): Promise<Latest | undefined> {
    const jsm = await this.manager();
    try {
      const m = await jsm.streams.getMessage(REQUEST_STREAM, { last_by_subj: subjects.requestResult(id) });
      return {
        seq: m.seq,
        generation: Number(m.header.get(STATE_HDR.generation) || 0),
        deleted: m.header.get(STATE_HDR.op) === 'delete',
        result: resultCodec.decode(m.data),
      };
    } catch (err) {
      if (noMessage(err)) return undefined;
      throw err;
    }
  }
}

function answer<Res>(r: RequestResult__Output, responseCodec: Codec<Res, Res>): Res {
  if (r.error && r.error.length) throw decodeError(r.error);
  return responseCodec.decode(r.response);
}

/** A digest of the request without its request_id: the same id must come with the same request. */
export function requestDigest(request: unknown): string {
  const rest = request && typeof request === 'object' ? { ...(request as Record<string, unknown>), request_id: undefined } : request;
  return createHash('sha256')
    .update(JSON.stringify(rest, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v)))
    .digest('base64url')
    .slice(0, 22);
}

const responseCodecs = new Map<string, Codec<unknown, unknown> | null>();

/** The codec of `kumo.compute.v1.<rpc>Response`, or null when there is none (then the RPC is not deduplicated). */
export function responseCodecOf(rpc: string): Codec<unknown, unknown> | null {
  let c = responseCodecs.get(rpc);
  if (c === undefined) {
    c = codec<unknown, unknown>(`kumo.compute.v1.${rpc}Response`);
    try {
      c.encode({});
    } catch {
      c = null;
    }
    responseCodecs.set(rpc, c);
  }
  return c;
}

/** The request's `request_id` field, if it has one. */
export function requestIdOf(request: unknown): string {
  const v = request && typeof request === 'object' ? (request as { request_id?: unknown }).request_id : undefined;
  return typeof v === 'string' ? v : '';
}
