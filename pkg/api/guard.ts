// The API edge's guard, put around every handler of every public service
// (ApiServer.start): authenticates the call (auth.ts), enforces its policy
// rule (pkg/policy), makes sure it has a request id, and audits it
// (audit.ts). Handlers then read the identity with callerIdentity.
import { Metadata, type sendUnaryData, type ServerErrorResponse, type ServiceDefinition, type UntypedHandleCall, type UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { newRequestId } from '../actor/envelope.js';
import { RULE_BY_RPC } from '../policy/defaults.js';
import type { Policy } from '../policy/policy.js';
import { auditTarget, type AuditLog } from './audit.js';
import type { Authenticator } from './auth.js';
import { toServiceError } from './errors.js';
import { rememberIdentity, type ApiIdentity } from './identity.js';

/** RPCs a caller makes before it has a token. */
const UNAUTHENTICATED_RPCS: ReadonlySet<string> = new Set(['IdentityService.IssueToken']);

// Never an empty project: an empty one is unscoped (scope.ts).
const ANONYMOUS: ApiIdentity = { projectId: '-', userId: '-', userName: '', projectName: '', roles: [] };

export interface GuardDeps {
  auth: Authenticator;
  policy: Policy;
  audit: AuditLog;
  log: Logger;
}

interface AnyCall {
  metadata: Metadata;
  request?: unknown;
  emit(event: 'error', err: ServerErrorResponse): boolean;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** The service implementation with every method guarded. */
export function guardService(serviceName: string, def: ServiceDefinition, impl: UntypedServiceImplementation, deps: GuardDeps): UntypedServiceImplementation {
  const short = serviceName.split('.').pop()!;
  const out: UntypedServiceImplementation = {};
  for (const [method, md] of Object.entries(def)) {
    const handler = impl[method];
    if (!handler) continue;
    out[method] = guardMethod(`${short}.${method}`, md.requestStream, md.responseStream, handler, deps);
  }
  return out;
}

function guardMethod(rpc: string, requestStream: boolean, responseStream: boolean, handler: UntypedHandleCall, deps: GuardDeps): UntypedHandleCall {
  const rule = deps.policy.ruleOf(rpc);
  const audited = RULE_BY_RPC.get(rpc)?.mutating ?? true;

  /** Authenticates and authorizes; the identity, or the error to answer with. */
  const admit = (call: AnyCall): { identity?: ApiIdentity; requestId: string; error?: unknown } => {
    let requestId = call.metadata.get('x-request-id')[0];
    if (typeof requestId !== 'string' || !requestId) {
      requestId = newRequestId();
      call.metadata.set('x-request-id', requestId);
    }
    let identity: ApiIdentity | undefined;
    try {
      identity = UNAUTHENTICATED_RPCS.has(rpc) ? ANONYMOUS : deps.auth.authenticate(call.metadata);
      const target = !requestStream && typeof call.request === 'object' && call.request !== null ? (call.request as Record<string, unknown>) : {};
      deps.policy.enforce(rule, identity, target);
      rememberIdentity(call.metadata, identity);
      return { identity, requestId };
    } catch (error) {
      return { identity, requestId, error };
    }
  };

  const audit = (call: AnyCall, identity: ApiIdentity | undefined, requestId: string, code: number, started: number, response?: unknown): void => {
    if (!audited && code !== 7 && code !== 16) return;
    deps.audit.record({ rpc, rule, requestId, identity: identity && identity !== ANONYMOUS ? identity : undefined, target: auditTarget(call.request, response), code, ms: Math.round(performance.now() - started) });
  };

  const refuse = (err: unknown, requestId: string): ServerErrorResponse => {
    const se = toServiceError(err);
    deps.log.info({ req: requestId, rpc, code: se.code, msg: se.details }, 'rpc refused');
    return se as ServerErrorResponse;
  };

  if (!responseStream) {
    // Unary and client-streaming: the answer goes through the callback.
    return ((call: AnyCall, callback: sendUnaryData<unknown>) => {
      const started = performance.now();
      const { identity, requestId, error } = admit(call);
      if (error !== undefined) {
        const se = refuse(error, requestId);
        audit(call, identity, requestId, se.code ?? 2, started);
        callback(se, null);
        return;
      }
      const done: sendUnaryData<unknown> = (err, value, trailer, flags) => {
        audit(call, identity, requestId, err ? (err.code ?? 2) : 0, started, value);
        callback(err, value, trailer, flags);
      };
      (handler as (c: AnyCall, cb: sendUnaryData<unknown>) => void)(call, done);
    }) as UntypedHandleCall;
  }
  // Server-streaming and bidi: refused by an error on the stream.
  return ((call: AnyCall) => {
    const started = performance.now();
    const { identity, requestId, error } = admit(call);
    if (error !== undefined) {
      const se = refuse(error, requestId);
      audit(call, identity, requestId, se.code ?? 2, started);
      call.emit('error', se);
      return;
    }
    if (audited) call.on('finish', () => audit(call, identity, requestId, 0, started));
    (handler as (c: AnyCall) => void)(call);
  }) as UntypedHandleCall;
}
