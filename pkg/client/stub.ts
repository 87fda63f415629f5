// Typed promise stubs over any generated service definition: one method per
// RPC, taking the permissive request type and resolving to the output type.
// Every call goes through transport.ts (deadline, token, retries).
import type { MethodDefinition } from '@grpc/proto-loader';
import { unaryCall, type CallOptions, type Transport } from './transport.js';

export type { CallOptions } from './transport.js';

/** One promise method per unary RPC (not the definition's index signature; the streaming Watch* RPCs are ServerManager.watch and watchAll). */
export type Stub<D> = {
  [K in keyof D as string extends K ? never : K extends `Watch${string}` ? never : K]: D[K] extends MethodDefinition<infer ReqIn, infer _ResIn, infer _ReqOut, infer ResOut>
    ? (request: ReqIn, opts?: CallOptions) => Promise<ResOut>
    : never;
};

/** The request type of an RPC of a stub. */
export type RequestOf<F> = F extends (request: infer R, opts?: CallOptions) => Promise<unknown> ? R : never;

export function makeStub<D extends object>(t: Transport, definition: D): Stub<D> {
  const stub: Record<string, (request: unknown, opts?: CallOptions) => Promise<unknown>> = {};
  for (const [name, def] of Object.entries(definition) as Array<[string, MethodDefinition<unknown, unknown, unknown, unknown>]>) {
    // Streaming RPCs (WatchServer) are opened by watch.ts, not as promises.
    if (def.responseStream || def.requestStream) continue;
    stub[name] = (request, opts) => unaryCall(t, def, name, request, opts);
  }
  return stub as Stub<D>;
}
