// Protobuf codecs for actor messages and state-log records, by reflection
// over proto/ with protobufjs. The conversion options are the ones the
// generated types in pkg/gen assume (and that @grpc/proto-loader uses at the
// API edge), so a decoded message is exactly a generated `__Output` type.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

export const CONVERSION = {
  longs: Number,
  enums: String,
  defaults: true,
  arrays: true,
  objects: true,
  oneofs: true,
} as const;

/** Finds proto/ by walking up from this file (works from pkg/ and dist/pkg/). */
export function protoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'proto');
    if (existsSync(join(candidate, 'kumo'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the proto/ directory of Kumo');
    dir = parent;
  }
}

export const PROTO_FILES = [
  'kumo/compute/v1/server.proto',
  'kumo/compute/v1/server_service.proto',
  'kumo/compute/v1/flavor.proto',
  'kumo/compute/v1/image.proto',
  'kumo/compute/v1/keypair.proto',
  'kumo/compute/v1/hypervisor.proto',
  'kumo/compute/v1/aggregate.proto',
  'kumo/compute/v1/availability_zone.proto',
  'kumo/compute/v1/server_group.proto',
  'kumo/compute/v1/placement.proto',
  'kumo/internal/v1/error.proto',
  'kumo/internal/v1/records.proto',
  'kumo/internal/v1/scheduler.proto',
  'kumo/internal/v1/host.proto',
  'kumo/internal/v1/instance.proto',
  'kumo/compute/v1/server_action.proto',
  'kumo/compute/v1/server_watch.proto',
  'kumo/compute/v1/instance_action.proto',
  'kumo/compute/v1/console.proto',
  'kumo/compute/v1/floating_ip.proto',
  'kumo/compute/v1/security_group.proto',
  'kumo/compute/v1/network.proto',
  'kumo/internal/v1/network.proto',
  'kumo/compute/v1/identity.proto',
  'kumo/internal/v1/identity.proto',
  'kumo/internal/v1/digest.proto',
  'kumo/compute/v1/quota.proto',
  'kumo/internal/v1/quota.proto',
  'kumo/internal/v1/image_data.proto',
  'kumo/internal/v1/consistency.proto',
  'kumo/internal/v1/status.proto',
  'kumo/compute/v1/system.proto',
  'kumo/internal/v1/digest.proto',
  'google/rpc/status.proto',
  'google/rpc/error_details.proto',
];

let root: protobuf.Root | undefined;

function loadRoot(): protobuf.Root {
  if (root) return root;
  const dir = protoRoot();
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) => {
    const local = join(dir, target);
    if (existsSync(local)) return local;
    return target; // google/protobuf/*: protobufjs ships these as common types
  };
  r.loadSync(PROTO_FILES.map((f) => join(dir, f)), { keepCase: true });
  r.resolveAll();
  root = r;
  return r;
}

export interface Codec<In, Out> {
  readonly typeName: string;
  encode(value: In): Uint8Array;
  decode(bytes: Uint8Array): Out;
}

/** A codec for one message type; In is the generated permissive type, Out the `__Output` type. */
export function codec<In, Out>(typeName: string): Codec<In, Out> {
  let type: protobuf.Type | undefined;
  const get = (): protobuf.Type => (type ??= loadRoot().lookupType(typeName));
  return {
    typeName,
    encode(value: In): Uint8Array {
      const t = get();
      return t.encode(t.fromObject(value as unknown as Record<string, unknown>)).finish();
    },
    decode(bytes: Uint8Array): Out {
      const t = get();
      return t.toObject(t.decode(bytes), CONVERSION) as Out;
    },
  };
}
