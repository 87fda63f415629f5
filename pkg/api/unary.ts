// Adapts an async handler to grpc-js's unary callback shape, with the
// caller's identity and request id, error mapping and an access log line.
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { newRequestId, type Envelope } from '../actor/envelope.js';
import { toServiceError } from './errors.js';
import { callerIdentity } from './identity.js';

/** What a service implementation gets besides the request. */
export interface ApiCall {
  /** Becomes the parent of every actor call made for this request. */
  readonly envelope: Envelope;
}

export type UnaryImpl<Req, Res> = (request: Req, call: ApiCall) => Promise<Res>;

export function unary<Req, Res>(log: Logger, name: string, impl: UnaryImpl<Req, Res>) {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
    const started = performance.now();
    const requestId = (call.metadata.get('x-request-id')[0] as string | undefined) || newRequestId();
    const identity = callerIdentity(call.metadata);
    const deadline = call.getDeadline();
    const deadlineMs = deadline instanceof Date ? deadline.getTime() : Number.isFinite(deadline) ? Number(deadline) : 0;
    const envelope: Envelope = { method: name, requestId, deadline: deadlineMs, traceparent: '', ...identity };
    impl(call.request, { envelope }).then(
      (res) => {
        log.debug({ req: requestId, rpc: name, ms: Math.round(performance.now() - started) }, 'ok');
        callback(null, res);
      },
      (err: unknown) => {
        const se = toServiceError(err);
        const level = se.code === 13 ? 'error' : 'info';
        log[level]({ req: requestId, rpc: name, code: se.code, msg: se.details, err: level === 'error' ? err : undefined }, 'rpc failed');
        callback(se, null);
      },
    );
  };
}
