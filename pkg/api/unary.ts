// Adapts an async handler to grpc-js's unary callback shape, with the
// caller's identity and request id, error mapping and an access log line.
import type { Metadata, sendUnaryData, ServerUnaryCall, ServiceError } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { newRequestId, type Envelope } from '../actor/envelope.js';
import { apiMetrics } from '../metrics/kumo.js';
import { toServiceError } from './errors.js';
import { callerIdentity } from './identity.js';

/** What a service implementation gets besides the request. */
export interface ApiCall {
  /** Becomes the parent of every actor call made for this request. */
  readonly envelope: Envelope;
}

export type UnaryImpl<Req, Res> = (request: Req, call: ApiCall) => Promise<Res>;

/** The envelope of an incoming call (unary or streaming): request id, identity, deadline. */
export function callEnvelope(call: { metadata: Metadata; getDeadline(): Date | number }, name: string): Envelope {
  const requestId = (call.metadata.get('x-request-id')[0] as string | undefined) || newRequestId();
  const identity = callerIdentity(call.metadata);
  const deadline = call.getDeadline();
  const deadlineMs = deadline instanceof Date ? deadline.getTime() : Number.isFinite(deadline) ? Number(deadline) : 0;
  return { method: name, requestId, deadline: deadlineMs, traceparent: '', ...identity };
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
    const envelope = callEnvelope(call, name);
    impl(call.request, { envelope }).then(
      (res) => {
        metrics.done(name, 0, started);
        log.debug({ req: envelope.requestId, rpc: name, ms: Math.round(performance.now() - started) }, 'ok');
        callback(null, res);
      },
      (err: unknown) => {
        const se = failedCall(log, envelope, err);
        metrics.done(name, se.code ?? 2, started);
        callback(se, null);
      },
    );
  };
}
