// The first checks of every request, before authentication, policy or the
// service. Requests that are not valid protobuf for their method are INVALID_ARGUMENT
// (a BadRequest violation on the field "request"), not grpc-js's INTERNAL
// "Error deserializing request". The deserializer of every method is made
// tolerant: a failed decode yields a marker instead of throwing, and the
// handler wrapper answers the marker before anything else (authentication,
// policy, the service) sees it. Client streams check each message as the
// service reads it. Then the shape every request must have
// (validate.ts: id-like fields of at most 255 characters).
import type { sendUnaryData, ServerReadableStream, ServiceDefinition, UntypedHandleCall, UntypedServiceImplementation } from '@grpc/grpc-js';
import { InvalidArgumentError } from '../actor/errors.js';
import { toServiceError } from './errors.js';
import { requestShapeViolations } from './validate.js';

const UNDECODABLE = Symbol('undecodable');

interface Undecodable {
  readonly [UNDECODABLE]: string;
}

function isUndecodable(value: unknown): value is Undecodable {
  return typeof value === 'object' && value !== null && UNDECODABLE in value;
}

function refusal(u: Undecodable): InvalidArgumentError {
  return InvalidArgumentError.field('request', `not a valid encoding of the request message: ${u[UNDECODABLE]}`);
}

/** Why a decoded request is refused before any service sees it, if it is. */
function refusalOf(request: unknown): InvalidArgumentError | undefined {
  if (isUndecodable(request)) return refusal(request);
  const v = requestShapeViolations(request);
  return v.length ? new InvalidArgumentError(v) : undefined;
}

/** The same service, with deserializers that never throw. */
export function tolerantDefinition(def: ServiceDefinition): ServiceDefinition {
  const out: Record<string, ServiceDefinition[string]> = {};
  for (const [method, md] of Object.entries(def)) {
    out[method] = {
      ...md,
      requestDeserialize: (bytes: Buffer): unknown => {
        try {
          return md.requestDeserialize(bytes);
        } catch (err) {
          return { [UNDECODABLE]: err instanceof Error ? err.message : String(err) } satisfies Undecodable;
        }
      },
    };
  }
  return out as ServiceDefinition;
}

/** Wraps every handler so an undecodable request is answered INVALID_ARGUMENT (use with tolerantDefinition). */
export function rejectUndecodable(def: ServiceDefinition, impl: UntypedServiceImplementation): UntypedServiceImplementation {
  const out: UntypedServiceImplementation = {};
  for (const [method, md] of Object.entries(def)) {
    const handler = impl[method] as ((call: unknown, callback?: unknown) => void) | undefined;
    if (!handler) continue;
    if (md.requestStream) {
      out[method] = ((call: ServerReadableStream<unknown, unknown>, callback?: unknown) => {
        const iterate = call[Symbol.asyncIterator].bind(call);
        // Each message is checked as the service takes it.
        (call as unknown as Record<symbol, unknown>)[Symbol.asyncIterator] = (): AsyncIterator<unknown> => {
          const it = iterate();
          return {
            next: async () => {
              const r = await it.next();
              const refused = r.done ? undefined : refusalOf(r.value);
              if (refused) throw refused;
              return r;
            },
            return: async (value?: unknown) => (it.return ? it.return(value) : { done: true, value }),
          };
        };
        handler(call, callback);
      }) as UntypedHandleCall;
      continue;
    }
    out[method] = ((call: { request: unknown; emit(event: 'error', err: unknown): boolean }, callback?: sendUnaryData<unknown>) => {
      const refused = refusalOf(call.request);
      if (!refused) return handler(call, callback);
      const se = toServiceError(refused);
      if (md.responseStream) call.emit('error', se);
      else callback!(se, null);
    }) as UntypedHandleCall;
  }
  return out;
}
