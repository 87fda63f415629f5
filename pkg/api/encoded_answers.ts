// Answers passed through as the conductor encoded them. A read the API
// only forwards (ListServers and the other lists, GetServer) asks the
// conductor with ActorRef.callEncoded: the conductor's reply is the public
// response message itself (pkg/conductor/protocol.ts), so its bytes go to
// the gRPC caller unchanged. Decoding 100 servers with protobufjs and
// encoding them again with proto-loader was ~40% of kumo-api's CPU per
// ListServers page (docs/PERFORMANCE.md, bench:view). Every method's
// serializer takes either an object (encoded as before) or an Encoded of
// that method's response type.
import type { ServiceDefinition } from '@grpc/grpc-js';
import { Encoded } from '../actor/encoded.js';

/** The simple name of a method's response message, as proto-loader describes it. */
function responseNameOf(md: ServiceDefinition[string]): string | undefined {
  const rt = (md as { responseType?: { type?: { name?: unknown } } }).responseType;
  return typeof rt?.type?.name === 'string' ? rt.type.name : undefined;
}

/** The same service, whose serializers also take Encoded answers. */
export function encodedAnswers(def: ServiceDefinition): ServiceDefinition {
  const out: Record<string, ServiceDefinition[string]> = {};
  for (const [method, md] of Object.entries(def)) {
    const expected = responseNameOf(md);
    out[method] = {
      ...md,
      responseSerialize: (value: unknown): Buffer => {
        if (!(value instanceof Encoded)) return md.responseSerialize(value);
        // The type checker ties a handler's Encoded to its response; this catches what it cannot (a protocol naming another type).
        const simple = value.typeName.slice(value.typeName.lastIndexOf('.') + 1);
        if (expected && simple !== expected) throw new Error(`${method} answers ${expected}, not ${value.typeName}`);
        const b = value.bytes;
        // A view of the same memory (grpc-js copies it into the frame).
        return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
      },
    };
  }
  return out as ServiceDefinition;
}
