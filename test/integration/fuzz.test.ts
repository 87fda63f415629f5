// Fuzzing every public RPC of a real cloud (api, conductor, scheduler,
// compute as OS processes) with random bytes and mutated valid protobuf
// encodings, for a bounded time. Every call must end, within a timeout,
// with a status from the allowed set (never INTERNAL, UNKNOWN, UNAVAILABLE
// or DEADLINE_EXCEEDED), no process may exit, and calls that failed must
// not change state (a digest of the cloud's resources, compared around each
// batch; a batch with a call that succeeded by chance is excused).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client, credentials, Metadata, status as Status, type ServiceDefinition } from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { PROTO_FILES, protoRoot } from '../../pkg/actor/codec.js';
import { apiPackageDefinition, SERVICE_NAMES } from '../../pkg/api/proto.js';
import type { KumoClient } from '../../pkg/client/client.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitStatus } from '../support/expect.js';
import { mulberry32 } from '../../pkg/compute/virt/fake/driver.js';

const BUDGET_MS = Number(process.env['KUMO_FUZZ_MS'] ?? 40_000);
const CALL_TIMEOUT_MS = 5_000;
const SEED = Number(process.env['KUMO_FUZZ_SEED'] ?? Date.now() % 1_000_000);

const ALLOWED = new Set<number>([
  Status.OK,
  Status.INVALID_ARGUMENT,
  Status.NOT_FOUND,
  Status.ALREADY_EXISTS,
  Status.FAILED_PRECONDITION,
  Status.RESOURCE_EXHAUSTED,
  Status.PERMISSION_DENIED,
  Status.UNAUTHENTICATED,
  Status.OUT_OF_RANGE,
  // A write that lost a compare-and-set to another write (the fuzzer's own calls race): ABORTED, retryable.
  Status.ABORTED,
]);


// Seeded (the fake driver's mulberry32), so a failure can be replayed with KUMO_FUZZ_SEED.
const rand = mulberry32(SEED);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

function loadRoot(): protobuf.Root {
  const dir = protoRoot();
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) => (existsSync(join(dir, target)) ? join(dir, target) : target);
  r.loadSync(PROTO_FILES.map((f) => join(dir, f)), { keepCase: true });
  r.resolveAll();
  return r;
}

/** Strings a plausible request might carry: the seeded resources' ids, edge cases, and junk. */
const strings: string[] = ['', 'x', 'a.b', '*', '>', ' ', '../../etc', 'é', '\u0000', 'x'.repeat(256), 'x'.repeat(5000), '-1', 'true'];

/** A plausible (often valid) message of `type`, depth-bounded. */
function sample(type: protobuf.Type, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of type.fieldsArray) {
    if (rand() < 0.3) continue;
    const one = (): unknown => value(f, depth);
    if (f.map) {
      const m: Record<string, unknown> = {};
      for (let i = int(3); i > 0; i--) m[pick(strings).slice(0, 300)] = one();
      out[f.name] = m;
    } else if (f.repeated) out[f.name] = Array.from({ length: int(3) }, one);
    else out[f.name] = one();
  }
  return out;
}

function value(f: protobuf.Field, depth: number): unknown {
  const t = f.resolvedType;
  if (t instanceof protobuf.Enum) return rand() < 0.9 ? pick(Object.values(t.values)) : int(1000);
  if (t instanceof protobuf.Type) return depth > 2 ? {} : sample(t, depth + 1);
  switch (f.type) {
    case 'string':
      return pick(strings);
    case 'bytes':
      return Buffer.from(Array.from({ length: int(40) }, () => int(256)));
    case 'bool':
      return rand() < 0.5;
    case 'double':
    case 'float':
      return pick([0, -1, 1.5, 1e308, Number.NaN]);
    default:
      return pick([0, 1, -1, 2, 100, 2 ** 31 - 1, -(2 ** 31)]);
  }
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 127) {
    out.push((v & 127) | 128);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** Mutations of a valid encoding: bit flips, truncation, tag and wire-type corruption, huge lengths, splices. */
function mutate(bytes: Buffer): Buffer {
  const b = Buffer.from(bytes);
  switch (int(7)) {
    case 0: {
      for (let i = 1 + int(4); i > 0 && b.length; i--) b[int(b.length)]! ^= 1 << int(8);
      return b;
    }
    case 1:
      return b.subarray(0, int(b.length + 1));
    case 2: {
      // A tag with a random field number and wire type (including the invalid 6 and 7).
      const tag = varint(((1 + int(5000)) << 3) | int(8));
      const at = int(b.length + 1);
      return Buffer.concat([b.subarray(0, at), Buffer.from(tag), b.subarray(at)]);
    }
    case 3: {
      // A length-delimited field claiming far more bytes than follow.
      const field = 1 + int(20);
      return Buffer.concat([b, Buffer.from([...varint((field << 3) | 2), ...varint(pick([2 ** 31 - 1, 2 ** 28, 1 << 20, 4_294_967_295]))]), Buffer.from('abc')]);
    }
    case 4: {
      // An overlong varint (11 bytes of continuation).
      return Buffer.concat([Buffer.from([(1 << 3) | 0, ...Array.from({ length: 11 }, () => 0xff)]), b]);
    }
    case 5: {
      // A group start never ended, or an end with no start.
      return Buffer.concat([b, Buffer.from(varint(((1 + int(20)) << 3) | pick([3, 4])))]);
    }
    default: {
      const at = int(b.length + 1);
      return Buffer.concat([b.subarray(0, at), b.subarray(int(b.length + 1)), b.subarray(at)]);
    }
  }
}

/** A valid encoding of a sampled message (random bytes if the sample does not encode). */
function validEncoding(type: protobuf.Type): Buffer {
  try {
    return Buffer.from(type.encode(type.fromObject(sample(type))).finish());
  } catch {
    return randomBytes();
  }
}

function randomBytes(): Buffer {
  const n = pick([0, 1, 2, 5, 17, 64, 300, 4096]);
  return Buffer.from(Array.from({ length: n }, () => int(256)));
}

interface Rpc {
  service: string;
  method: string;
  path: string;
  requestType: protobuf.Type;
  requestStream: boolean;
  responseStream: boolean;
  /** Reads change nothing; anything else might. */
  mutating: boolean;
}

const READ = /^(Get|List|Watch|Download|Explain|Validate)/;

interface Outcome {
  code: number;
  details: string;
  ms: number;
}

/** One call with raw bytes; a stream is read until it ends or for a short while (then cancelled: open and quiet is fine). */
function callRaw(client: Client, rpc: Rpc, body: Buffer): Promise<Outcome> {
  const started = performance.now();
  const deadline = Date.now() + CALL_TIMEOUT_MS;
  const md = new Metadata();
  const raw = (b: Buffer): Buffer => b;
  return new Promise((resolve) => {
    let settled = false;
    const done = (code: number, details: string): void => {
      if (settled) return;
      settled = true;
      resolve({ code, details, ms: performance.now() - started });
    };
    if (!rpc.requestStream && !rpc.responseStream) {
      client.makeUnaryRequest(rpc.path, raw, raw, body, md, { deadline }, (err) => done(err ? (err.code ?? Status.UNKNOWN) : Status.OK, err?.details ?? ''));
      return;
    }
    if (rpc.requestStream) {
      const call = client.makeClientStreamRequest(rpc.path, raw, raw, md, { deadline }, (err) => done(err ? (err.code ?? Status.UNKNOWN) : Status.OK, err?.details ?? ''));
      call.write(body);
      if (rand() < 0.5) call.write(randomBytes());
      call.end();
      return;
    }
    const stream = client.makeServerStreamRequest(rpc.path, raw, raw, body, md, { deadline });
    const quiet = setTimeout(() => {
      // Still open and well-behaved (a watch): end it ourselves.
      stream.cancel();
      done(Status.OK, 'open stream cancelled by the fuzzer');
    }, 400);
    stream.on('data', () => undefined);
    stream.on('error', (err: { code?: number; details?: string }) => {
      clearTimeout(quiet);
      done(err.code === Status.CANCELLED ? Status.OK : (err.code ?? Status.UNKNOWN), err.details ?? '');
    });
    stream.on('status', (s: { code: number; details: string }) => {
      clearTimeout(quiet);
      done(s.code, s.details);
    });
  });
}

/** What must not change when calls fail: the resources a caller can see, without transitional states. */
async function digest(client: KumoClient): Promise<string> {
  const [servers, flavors, images, keypairs, groups, aggregates, networks, quota] = await Promise.all([
    client.servers.api.ListServers({ page_size: 1000 }),
    client.flavors.api.ListFlavors({ page_size: 1000 }),
    client.images.api.ListImages({ page_size: 1000 }),
    client.keypairs.api.ListKeypairs({ page_size: 1000 }),
    client.serverGroups.api.ListServerGroups({}),
    client.aggregates.api.ListAggregates({}),
    client.networks.api.ListNetworks({ page_size: 1000 }),
    client.quotas.get(),
  ]);
  return JSON.stringify({
    servers: servers.servers.map((s) => [s.id, s.name, s.flavor?.id, s.image_id, s.metadata, s.tags, s.locked, s.key_name]).sort(),
    flavors: flavors.flavors.map((f) => [f.id, f.name, f.vcpus, f.ram_mb, f.extra_specs]).sort(),
    images: images.images.map((i) => [i.id, i.name, i.visibility, i.properties]).sort(),
    keypairs: keypairs.keypairs.map((k) => k.name).sort(),
    groups: groups.server_groups.map((g) => [g.id, g.name]).sort(),
    aggregates: aggregates.aggregates.map((a) => [a.id, a.name, a.hosts, a.metadata, a.availability_zone]).sort(),
    networks: networks.networks.map((n) => [n.id, n.name, n.subnets.length]).sort(),
    quota: quota.quota,
  });
}

/**
 * Waits until no server has a task in progress (up to 15 s): a call that
 * succeeded earlier (a delete, an action) finishes in the background, and
 * that must not count as a change made by later calls that all failed
 * (seed 513801: a server deleted by an earlier DeleteServer disappeared
 * during the next round). False when something is still busy.
 */
async function settled(client: KumoClient): Promise<boolean> {
  const until = Date.now() + 15_000;
  for (;;) {
    const { servers } = await client.servers.api.ListServers({ page_size: 1000 });
    if (servers.every((s) => s.task_state === 'TASK_STATE_UNSPECIFIED')) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

let cloud: TestCloud;
let imageId = '';

describe('fuzzing every public RPC', { timeout: BUDGET_MS + 180_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'fz', hosts: 2 }] });
    const c = cloud.client;
    await c.flavors.CreateFlavor({ flavor: { id: 'fz', name: 'fz.tiny', vcpus: 1, ram_mb: 64, disk_gb: 1 } });
    const image = (await c.images.CreateImage({ image: { name: 'fz-image', visibility: 'public' } })).image!;
    imageId = image.id;
    await c.keypairs.api.CreateKeypair({ name: 'fz-key', public_key: '' });
    const { servers } = await c.servers.api.CreateServer({ name: 'fz-server', flavor_id: 'fz', image_id: image.id, network_mode: 'NETWORK_MODE_NONE' });
    await waitStatus(c, servers[0]!.id, 'SERVER_STATUS_ACTIVE');
    // Mutated encodings carry real ids now and then, so some calls get past the first lookup.
    strings.push(servers[0]!.id, image.id, 'fz', 'fz-key', 'fz-fz-1', 'default');
  });

  after(async () => {
    await cloud?.stop();
  });

  test('input limits: each bad input is INVALID_ARGUMENT naming its field', async () => {
    const c = cloud.client;
    const create = { flavor_id: 'fz', image_id: imageId, network_mode: 'NETWORK_MODE_NONE' as const };
    await expectError(c.flavors.api.ListFlavors({ page_size: 1001 }), 'INVALID_ARGUMENT', 'page_size');
    await expectError(c.servers.api.ListServers({ page_size: -1 }), 'INVALID_ARGUMENT', 'page_size');
    await expectError(c.servers.api.CreateServer({ ...create, name: 'n'.repeat(256) }), 'INVALID_ARGUMENT', 'name');
    await expectError(c.servers.api.CreateServer({ ...create, name: 'ud', user_data_base64: 'not base64!' }), 'INVALID_ARGUMENT', 'user_data_base64');
    await expectError(c.servers.api.CreateServer({ ...create, name: 'ud', user_data_base64: Buffer.alloc(65536).toString('base64') }), 'INVALID_ARGUMENT', 'user_data_base64');
    await expectError(c.servers.api.CreateServer({ ...create, name: 'ud', user_data: Buffer.alloc(65536) }), 'INVALID_ARGUMENT', 'user_data');
    await expectError(c.servers.api.CreateServer({ ...create, name: 'md', metadata: { ['k'.repeat(256)]: 'v' } }), 'INVALID_ARGUMENT');
    await expectError(c.servers.api.CreateServer({ ...create, name: 'md', metadata: { k: 'v'.repeat(256) } }), 'INVALID_ARGUMENT', 'metadata[k]');
    await expectError(c.servers.api.GetServer({ id: 'i'.repeat(300) }), 'INVALID_ARGUMENT', 'id');
    await expectError(c.networks.api.ListSecurityGroupRules({ security_group_id: 'x'.repeat(5000) }), 'INVALID_ARGUMENT', 'security_group_id');
    // Ids that travel in the envelope (a NATS header) cannot hold a line break (seed 461926 found GetKeypair INTERNAL).
    await expectError(c.keypairs.api.GetKeypair({ name: 'k', user_id: 'e50a0720\r404b' }), 'INVALID_ARGUMENT', 'user_id');
    await expectError(c.keypairs.api.ListKeypairs({ user_id: 'a\nb' }), 'INVALID_ARGUMENT', 'user_id');
    await expectError(c.servers.api.ListServers({ all_tenants: true, project_id: 'p\r1' }), 'INVALID_ARGUMENT', 'project_id');
    const id = (await c.servers.api.ListServers({})).servers[0]!.id;
    await expectError(c.servers.api.SetServerTags({ id, tags: ['t'.repeat(61)] }), 'INVALID_ARGUMENT', 'tags[0]');
    // Bytes that are not a valid encoding: INVALID_ARGUMENT on the field "request", with a BadRequest detail.
    const raw = new Client(cloud.endpoint.replace(/^https?:\/\//, ''), credentials.createInsecure());
    try {
      const rpc = { path: '/kumo.compute.v1.FlavorService/GetFlavor', requestStream: false, responseStream: false } as Rpc;
      const out = await callRaw(raw, rpc, Buffer.from([0x08])); // a varint tag with no value
      assert.equal(out.code, Status.INVALID_ARGUMENT, out.details);
      assert.match(out.details, /^request: not a valid encoding/);
      // A message over the maximum size: RESOURCE_EXHAUSTED from gRPC itself.
      const big = await callRaw(raw, rpc, Buffer.concat([Buffer.from([0x0a, ...varint(2_000_000)]), Buffer.alloc(2_000_000, 0x61)]));
      assert.equal(big.code, Status.RESOURCE_EXHAUSTED, big.details);
    } finally {
      raw.close();
    }
  });

  test(`random and mutated requests (seed ${SEED}, ${BUDGET_MS} ms): no crash, no hang, allowed statuses only, no state change on failure`, async () => {
    const root = loadRoot();
    const pkg = apiPackageDefinition();
    const rpcs: Rpc[] = [];
    for (const service of SERVICE_NAMES) {
      const def = pkg[service] as ServiceDefinition;
      const svc = root.lookupService(service);
      for (const [method, md] of Object.entries(def)) {
        const m = svc.methods[method]!;
        rpcs.push({
          service,
          method,
          path: md.path,
          requestType: root.lookupType(m.requestType),
          requestStream: md.requestStream,
          responseStream: md.responseStream,
          mutating: !READ.test(method),
        });
      }
    }
    assert.ok(rpcs.length > 50, `only ${rpcs.length} RPCs found`);
    const raw = new Client(cloud.endpoint.replace(/^https?:\/\//, ''), credentials.createInsecure());
    const bad: string[] = [];
    const codes = new Map<number, number>();
    let calls = 0;
    const perRpcMs = BUDGET_MS / rpcs.length;
    try {
      for (const rpc of rpcs) {
        const until = performance.now() + perRpcMs;
        while (performance.now() < until) {
          // Compared only from a settled cloud (settled()); a cloud still busy after 15 s skips this round's comparison.
          const before = rpc.mutating && (await settled(cloud.client)) ? await digest(cloud.client) : undefined;
          let succeeded = false;
          for (let i = 0; i < 8; i++) {
            const body = rand() < 0.3 ? randomBytes() : mutate(validEncoding(rpc.requestType));
            const out = await callRaw(raw, rpc, body);
            calls++;
            codes.set(out.code, (codes.get(out.code) ?? 0) + 1);
            if (out.code === Status.OK) succeeded = true;
            if (!ALLOWED.has(out.code)) bad.push(`${rpc.method}: ${Status[out.code]} ${out.details} (body ${body.toString('hex').slice(0, 120)})`);
            if (out.ms > CALL_TIMEOUT_MS - 100) bad.push(`${rpc.method}: took ${Math.round(out.ms)} ms`);
          }
          if (before !== undefined && !succeeded) {
            const after = await digest(cloud.client);
            if (after !== before) bad.push(`${rpc.method}: state changed although every call failed`);
          }
          if (!cloud.allAlive()) {
            bad.push(`a process exited while fuzzing ${rpc.method}`);
            break;
          }
        }
        if (!cloud.allAlive()) break;
      }
    } finally {
      raw.close();
    }
    console.log(`fuzz: seed ${SEED}, ${calls} calls over ${rpcs.length} RPCs; statuses ${JSON.stringify(Object.fromEntries([...codes].map(([c, n]) => [Status[c], n])))}`);
    assert.deepEqual(bad.slice(0, 40), [], `${bad.length} problems`);
    assert.ok(cloud.allAlive(), 'every process is still running');
    // And the cloud still works (with a flavor of its own: a fuzzed request that happens to be valid may delete 'fz').
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'after-fuzz', name: 'after-fuzz', vcpus: 1, ram_mb: 64, disk_gb: 1 } });
    assert.ok((await cloud.client.flavors.api.GetFlavor({ id: 'after-fuzz' })).flavor);
  });
});
