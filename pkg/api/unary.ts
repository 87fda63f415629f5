// Adapts an async handler to grpc-js's unary callback shape, with the
// caller's identity and request id, error mapping and an access log line.
import { isReadRpc } from '../util/rpc_kind.js';
import { Metadata, type sendUnaryData, type ServerUnaryCall, type ServiceError } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { Encoded } from '../actor/encoded.js';
import { newRequestId, type Envelope } from '../actor/envelope.js';
import { apiMetrics } from '../metrics/kumo.js';
import { toServiceError } from './errors.js';
import { callerIdentity } from './identity.js';
import { cappedDeadline } from './validate.js';
import type { ReadYourWrites } from './read_your_writes.js';
import { requestIdOf, responseCodecOf, type RequestResults } from '../idempotency/request_results.js';

/** Set once by the API server (ApiServer.start); absent in processes that serve no API. */
let readYourWrites: ReadYourWrites | undefined;

export function useReadYourWrites(rw: ReadYourWrites | undefined): void {
  readYourWrites = rw;
}

/** Set once by the API server: writes with a request_id run at most once (pkg/idempotency). */
let requestResults: RequestResults | undefined;

export function useRequestResults(rr: RequestResults | undefined): void {
  requestResults = rr;
}

/** Runs a write through its request id's stored result, when it has one; anything else as is. */
function runOnce<Req, Res>(name: string, request: Req, envelope: Envelope, run: () => Promise<Res | Encoded<Res>>): Promise<Res | Encoded<Res>> {
  const requestId = requestResults && !isReadRpc(name) ? requestIdOf(request) : '';
  const responseCodec = requestId ? responseCodecOf(name) : null;
  if (!requestId || !responseCodec) return run();
  // The stored result is an object: an encoded answer is decoded first.
  const decoded = async (): Promise<Res> => {
    const res = await run();
    return res instanceof Encoded ? (responseCodec.decode(res.bytes) as Res) : res;
  };
  return requestResults!.once({ projectId: envelope.projectId, requestId, method: name, request, responseCodec: responseCodec as never, deadline: envelope.deadline }, decoded);
}

/** What a service implementation gets besides the request. */
export interface ApiCall {
  /** Becomes the parent of every actor call made for this request. */
  readonly envelope: Envelope;
}

/** Answers the response, or the conductor's encoding of it to pass through (encoded_answers.ts). */
export type UnaryImpl<Req, Res> = (request: Req, call: ApiCall) => Promise<Res | Encoded<Res>>;

/** For streaming writes (which do not go through `unary`): the x-kumo-seq trailer covering a write that just answered. */
export async function writeTrailer(log: Logger, projectId: string): Promise<Metadata | undefined> {
  if (!readYourWrites) return undefined;
  const seq = await readYourWrites.wrote(projectId).catch((err: unknown) => {
    log.warn({ err }, 'cannot learn the state-log sequence of a write');
    return 0;
  });
  if (!seq) return undefined;
  const trailer = new Metadata();
  trailer.set('x-kumo-seq', String(seq));
  return trailer;
}

/** The envelope of an incoming call (unary or streaming): request id, identity, deadline. */
export function callEnvelope(call: { metadata: Metadata; getDeadline(): Date | number }, name: string): Envelope {
  const requestId = (call.metadata.get('x-request-id')[0] as string | undefined) || newRequestId();
  const identity = callerIdentity(call.metadata);
  const deadline = call.getDeadline();
  const deadlineMs = deadline instanceof Date ? deadline.getTime() : Number.isFinite(deadline) ? Number(deadline) : 0;
  const minSeq = readYourWrites?.minSeq(identity.projectId, call.metadata) ?? 0;
  return { method: name, requestId, deadline: deadlineMs, traceparent: '', ...identity, minSeq };
}

/** The gRPC status of a failed call, logged (internal errors with their cause). */
export function failedCall(log: Logger, envelope: Envelope, err: unknown): Partial<ServiceError> {
  const se = toServiceError(err);
  const level = se.code === 13 ? 'error' : 'info';
  log[level]({ req: envelope.requestId, rpc: envelope.method, code: se.code, msg: se.details, err: level === 'error' ? err : undefined }, 'rpc failed');
  return se;
}

export function unary<Req, Res>(log: Logger, name: string, impl: UnaryImpl<Req, Res>) {
  const metrics = apiMetrics();
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
    const started = performance.now();
    // Capped: no unary call runs longer than the server's maximum deadline (validate.ts); streams are not.
    const base = callEnvelope(call, name);
    const envelope = { ...base, deadline: cappedDeadline(base.deadline) };
    runOnce(name, call.request, envelope, () => impl(call.request, { envelope }))
      .then(async (res) => {
        // A write reports a state-log sequence covering it (x-kumo-seq), so the caller's next reads see it.
        const rw = readYourWrites;
        if (!rw?.isWrite(name)) return { res, trailer: undefined };
        const trailer = new Metadata();
        const seq = await rw.wrote(envelope.projectId).catch((err: unknown) => {
          log.warn({ err, rpc: name }, 'cannot learn the state-log sequence of a write');
          return 0;
        });
        if (seq) trailer.set('x-kumo-seq', String(seq));
        return { res, trailer };
      })
      .then(
        ({ res, trailer }) => {
          metrics.done(name, 0, started);
          log.debug({ req: envelope.requestId, rpc: name, ms: Math.round(performance.now() - started) }, 'ok');
          // An Encoded answer goes to the method's serializer as is (encoded_answers.ts).
          callback(null, res as Res, trailer);
        },
        (err: unknown) => {
          const se = failedCall(log, envelope, err);
          metrics.done(name, se.code ?? 2, started);
          callback(se, null);
        },
      );
  };
}
