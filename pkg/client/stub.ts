// Typed promise stubs over any generated service definition: one method per
// RPC, taking the permissive request type and resolving to the output type.
import type { Client, Metadata, ServiceError } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { KumoApiError } from './errors.js';

export interface CallOptions {
  /** Deadline for this call, in milliseconds from now. */
  timeoutMs?: number;
}

export type Stub<D> = {
  [K in keyof D]: D[K] extends MethodDefinition<infer ReqIn, infer _ResIn, infer _ReqOut, infer ResOut>
    ? (request: ReqIn, opts?: CallOptions) => Promise<ResOut>
    : never;
};

export interface StubContext {
  client: Client;
  metadata: () => Metadata;
  defaultTimeoutMs: number;
}

export function makeStub<D extends object>(ctx: StubContext, definition: D): Stub<D> {
  const stub: Record<string, (request: unknown, opts?: CallOptions) => Promise<unknown>> = {};
  for (const [name, def] of Object.entries(definition) as Array<[string, MethodDefinition<unknown, unknown, unknown, unknown>]>) {
    stub[name] = (request, opts = {}) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + (opts.timeoutMs ?? ctx.defaultTimeoutMs);
        ctx.client.makeUnaryRequest(
          def.path,
          (value: unknown) => def.requestSerialize(value as never),
          (buf: Buffer) => def.responseDeserialize(buf),
          request,
          ctx.metadata(),
          { deadline },
          (err: ServiceError | null, value?: unknown) => (err ? reject(new KumoApiError(err, name)) : resolve(value)),
        );
      });
  }
  return stub as Stub<D>;
}
