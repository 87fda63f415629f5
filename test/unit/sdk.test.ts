// The SDK against a scripted in-process gRPC server (no cloud): retries
// only on UNAVAILABLE, with backoff and within the deadline; tokens in the
// authorization header and one refresh after UNAUTHENTICATED; KumoClient.fromEnv;
// error classes with their google.rpc details (BadRequest, QuotaFailure,
// PreconditionFailure, NoValidHost counts); list paging; the decorators.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  Metadata,
  Server as GrpcServer,
  ServerCredentials,
  status as GrpcStatus,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServiceDefinition,
  type ServiceError,
} from '@grpc/grpc-js';
import { codec } from '../../pkg/actor/codec.js';
import { AlreadyExistsError as ActorAlreadyExists, InvalidArgumentError as ActorInvalidArgument, KumoError, NotFoundError as ActorNotFound } from '../../pkg/actor/errors.js';
import { toServiceError } from '../../pkg/api/errors.js';
import { apiPackageDefinition, SERVICE_NAMES } from '../../pkg/api/proto.js';
import {
  AbortedError,
  AlreadyExistsError,
  backoffMs,
  DeadlineExceededError,
  DEFAULT_RETRY,
  FailedPreconditionError,
  FlavorManager,
  InternalError,
  InvalidArgumentError,
  KumoApiError,
  KumoClient,
  NotFoundError,
  NoValidHostError,
  PermissionDeniedError,
  ResourceExhaustedError,
  UnauthenticatedError,
  UnavailableError,
  withCache,
  withLogging,
  type CallLogEntry,
  type ClientOptions,
} from '../../pkg/client/index.js';
import { NoValidHostError as SchedulerNoValidHost } from '../../pkg/scheduler/errors.js';
import type { Status as RpcStatus, Status__Output as RpcStatusOut } from '../../pkg/gen/google/rpc/Status.js';
import type { QuotaFailure, QuotaFailure__Output } from '../../pkg/gen/google/rpc/QuotaFailure.js';
import type { ErrorInfo, ErrorInfo__Output } from '../../pkg/gen/google/rpc/ErrorInfo.js';
import type { Flavor, Flavor__Output, Server__Output, WatchServerRequest__Output, WatchServerResponse } from '../../pkg/gen/types.js';
import { nowTimestamp } from '../../pkg/util/timestamp.js';

// ------------------------------------------------------------ the scripted API

/** One call the scripted API received. */
interface Received {
  rpc: string;
  at: number;
  request: Record<string, unknown>;
  metadata: Metadata;
}

/** A unary handler: the response, or throw a KumoError (mapped as the API maps it) or a ServiceError-like object. */
type Handler = (request: Record<string, unknown>, metadata: Metadata, nth: number) => unknown;

interface Scripted {
  url: string;
  calls: Received[];
  count(rpc: string): number;
  client(opts?: ClientOptions): KumoClient;
  stop(): Promise<void>;
}

async function scriptedApi(handlers: Record<string, Handler>, streams: { WatchServer?: (call: ServerWritableStream<WatchServerRequest__Output, WatchServerResponse>) => void } = {}): Promise<Scripted> {
  const server = new GrpcServer();
  const calls: Received[] = [];
  const clients: KumoClient[] = [];
  const pkg = apiPackageDefinition();
  for (const service of SERVICE_NAMES) {
    const def = pkg[service] as ServiceDefinition;
    const impl: Record<string, unknown> = {};
    for (const rpc of Object.keys(def)) {
      if (rpc === 'WatchServer' && streams.WatchServer) {
        const watch = streams.WatchServer;
        impl[rpc] = (call: ServerWritableStream<WatchServerRequest__Output, WatchServerResponse>) => {
          calls.push({ rpc, at: performance.now(), request: { ...call.request }, metadata: call.metadata });
          watch(call);
        };
        continue;
      }
      const handler = handlers[rpc];
      if (!handler) continue;
      impl[rpc] = (call: ServerUnaryCall<Record<string, unknown>, unknown>, callback: sendUnaryData<unknown>) => {
        calls.push({ rpc, at: performance.now(), request: call.request, metadata: call.metadata });
        const nth = calls.filter((c) => c.rpc === rpc).length - 1;
        Promise.resolve()
          .then(() => handler(call.request, call.metadata, nth))
          .then(
            (res) => callback(null, res),
            (err: unknown) => callback(err instanceof KumoError ? toServiceError(err) : (err as Partial<ServiceError>), null),
          );
      };
    }
    server.addService(def, impl as never);
  }
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  const url = `127.0.0.1:${port}`;
  return {
    url,
    calls,
    count: (rpc) => calls.filter((c) => c.rpc === rpc).length,
    client(opts = {}) {
      const c = new KumoClient({ url, ...opts });
      clients.push(c);
      return c;
    },
    async stop() {
      for (const c of clients) c.close();
      server.forceShutdown();
    },
  };
}

/** A status the API did not build: only a code and message (as grpc-js itself fails). */
const bare = (code: GrpcStatus, details: string): Partial<ServiceError> => ({ code, details, metadata: new Metadata() });

const statusCodec = codec<RpcStatus, RpcStatusOut>('google.rpc.Status');
const quotaCodec = codec<QuotaFailure, QuotaFailure__Output>('google.rpc.QuotaFailure');
const errorInfoCodec = codec<ErrorInfo, ErrorInfo__Output>('google.rpc.ErrorInfo');

/** RESOURCE_EXHAUSTED with ErrorInfo and QuotaFailure, as quotas will send it. */
function quotaExceeded(): Partial<ServiceError> {
  const details = [
    { type_url: 'type.googleapis.com/google.rpc.ErrorInfo', value: Buffer.from(errorInfoCodec.encode({ reason: 'QUOTA_EXCEEDED', domain: 'kumo.dev', metadata: { resource: 'instances' } })) },
    {
      type_url: 'type.googleapis.com/google.rpc.QuotaFailure',
      value: Buffer.from(
        quotaCodec.encode({
          violations: [
            { subject: 'project:p1', description: 'instances: 10 of 10 in use, 1 requested' },
            { subject: 'project:p1', description: 'cores: 20 of 20 in use, 2 requested' },
          ],
        }),
      ),
    },
  ];
  const metadata = new Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(statusCodec.encode({ code: GrpcStatus.RESOURCE_EXHAUSTED, message: 'quota exceeded', details })));
  return { code: GrpcStatus.RESOURCE_EXHAUSTED, details: 'quota exceeded', metadata };
}

const flavor = (i: number): Flavor => ({ id: `f${i}`, name: `flavor-${i}`, vcpus: 1, ram_mb: 64 * i, disk_gb: 1 });

/** ListFlavors over `n` flavors, paged by page_size with the offset as the token. */
function pagedFlavors(n: number): Handler {
  const all = Array.from({ length: n }, (_, i) => flavor(i + 1));
  return (req) => {
    const size = Number(req['page_size']) || 1000;
    const from = Number(req['page_token'] || '0');
    const flavors = all.slice(from, from + size);
    return { flavors, next_page_token: from + size < all.length ? String(from + size) : '' };
  };
}

const ids = (xs: ReadonlyArray<{ id: string }>): string[] => xs.map((x) => x.id);

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => assert.fail('expected the call to fail'),
    (e: unknown) => e,
  );
}

// ------------------------------------------------------------ retries and deadlines

test('retries: UNAVAILABLE is retried with growing, jittered pauses, and the call then succeeds', async () => {
  const api = await scriptedApi({
    GetFlavor: (req, _md, nth) => {
      if (nth < 2) throw bare(GrpcStatus.UNAVAILABLE, 'no conductor');
      return { flavor: flavor(1), req };
    },
  });
  try {
    const client = api.client({ retry: { initialBackoffMs: 40, maxBackoffMs: 1000 } });
    const f = await client.flavors.get('f1');
    assert.equal(f.id, 'f1');
    const at = api.calls.map((c) => c.at);
    assert.equal(at.length, 3);
    // Equal jitter: the n-th pause is between half and all of 40 ms * 2^(n-1).
    assert.ok(at[1]! - at[0]! >= 19, `first pause ${at[1]! - at[0]!} ms`);
    assert.ok(at[2]! - at[1]! >= 39, `second pause ${at[2]! - at[1]!} ms`);
    assert.ok(at[1]! - at[0]! < 40 + 150 && at[2]! - at[1]! < 80 + 150, 'pauses are bounded');
  } finally {
    await api.stop();
  }
});

test('retries: the default is 3 attempts; the error says how many were made; maxAttempts and retry:false change it', async () => {
  const api = await scriptedApi({
    GetFlavor: () => {
      throw new KumoError('UNAVAILABLE', 'no actor is listening on kumo.conductor', { reason: 'NO_RESPONDERS' });
    },
  });
  try {
    const fast = { initialBackoffMs: 2, maxBackoffMs: 4 };
    const err = await rejection(api.client({ retry: fast }).flavors.get('x'));
    assert.ok(err instanceof UnavailableError);
    assert.equal(err.reason, 'NO_RESPONDERS');
    assert.equal(err.attempts, 3);
    assert.equal(api.count('GetFlavor'), 3);

    const five = await rejection(api.client({ retry: { ...fast, maxAttempts: 5 } }).flavors.get('x'));
    assert.equal((five as KumoApiError).attempts, 5);
    assert.equal(api.count('GetFlavor'), 8);

    await rejection(api.client({ retry: false }).flavors.get('x'));
    assert.equal(api.count('GetFlavor'), 9);

    // Per call: over the client's policy.
    await rejection(api.client({ retry: fast }).flavors.get('x', { retry: { maxAttempts: 2 } }));
    assert.equal(api.count('GetFlavor'), 11);
    await rejection(api.client({ retry: fast }).flavors.GetFlavor({ id: 'x' }, { retry: false }));
    assert.equal(api.count('GetFlavor'), 12);
  } finally {
    await api.stop();
  }
});

test('retries: no other code is retried', async () => {
  const codes = [
    GrpcStatus.NOT_FOUND,
    GrpcStatus.INVALID_ARGUMENT,
    GrpcStatus.FAILED_PRECONDITION,
    GrpcStatus.ABORTED,
    GrpcStatus.RESOURCE_EXHAUSTED,
    GrpcStatus.INTERNAL,
    GrpcStatus.DEADLINE_EXCEEDED,
    GrpcStatus.CANCELLED,
    GrpcStatus.UNKNOWN,
    GrpcStatus.PERMISSION_DENIED,
  ];
  let next = 0;
  const api = await scriptedApi({
    GetFlavor: () => {
      throw bare(codes[next]!, 'no');
    },
  });
  try {
    const client = api.client({ retry: { initialBackoffMs: 1, maxAttempts: 5 } });
    for (; next < codes.length; next++) {
      const err = await rejection(client.flavors.get('x'));
      assert.ok(err instanceof KumoApiError);
      assert.equal(err.code, codes[next]);
      assert.equal(err.attempts, 1);
      assert.equal(api.count('GetFlavor'), next + 1, `${GrpcStatus[codes[next]!]} was not retried`);
    }
  } finally {
    await api.stop();
  }
});

test('retries stay within the call deadline: no pause runs past it, and the caller gets the UNAVAILABLE', async () => {
  const api = await scriptedApi({
    GetFlavor: () => {
      throw bare(GrpcStatus.UNAVAILABLE, 'down');
    },
  });
  try {
    const client = api.client({ retry: { initialBackoffMs: 100, maxBackoffMs: 10_000, maxAttempts: 20 } });
    const start = performance.now();
    const err = await rejection(client.flavors.get('x', { timeoutMs: 300 }));
    const took = performance.now() - start;
    assert.ok(err instanceof UnavailableError, String(err));
    // Pauses of 50-100, 100-200, 200-400 ms...: two or three attempts fit in 300 ms, never 20.
    assert.ok(api.count('GetFlavor') >= 2 && api.count('GetFlavor') <= 3, `${api.count('GetFlavor')} attempts`);
    assert.ok(took < 300 + 100, `gave up after ${took} ms`);

    // A first pause longer than the whole deadline: one attempt, at once.
    const once = await rejection(api.client({ retry: { initialBackoffMs: 5_000 } }).flavors.get('x', { timeoutMs: 1_000 }));
    assert.equal((once as KumoApiError).attempts, 1);
  } finally {
    await api.stop();
  }
});

test('deadlines: a call that outlives its timeout fails DEADLINE_EXCEEDED once (not retried); the client default applies too', async () => {
  const api = await scriptedApi({ GetFlavor: () => new Promise(() => {}) });
  try {
    const start = performance.now();
    const err = await rejection(api.client().flavors.get('x', { timeoutMs: 150 }));
    assert.ok(err instanceof DeadlineExceededError);
    assert.ok(performance.now() - start < 1_000);
    const byDefault = await rejection(api.client({ timeoutMs: 100 }).flavors.get('x'));
    assert.ok(byDefault instanceof DeadlineExceededError);
    assert.equal(api.count('GetFlavor'), 2);
  } finally {
    await api.stop();
  }
});

test('an AbortSignal cancels a call, and a pending retry', async () => {
  const api = await scriptedApi({
    GetFlavor: () => new Promise(() => {}),
    GetImage: () => {
      throw bare(GrpcStatus.UNAVAILABLE, 'down');
    },
  });
  try {
    const client = api.client({ retry: { initialBackoffMs: 10_000 } });
    const ac = new AbortController();
    const pending = rejection(client.flavors.get('x', { signal: ac.signal }));
    setTimeout(() => ac.abort(new Error('user gave up')), 50);
    assert.equal(((await pending) as Error).message, 'user gave up');

    const ac2 = new AbortController();
    const start = performance.now();
    const retrying = rejection(client.images.get('x', { signal: ac2.signal }));
    setTimeout(() => ac2.abort(new Error('stop retrying')), 100);
    assert.equal(((await retrying) as Error).message, 'stop retrying');
    assert.ok(performance.now() - start < 2_000);
    assert.equal(api.count('GetImage'), 1);
  } finally {
    await api.stop();
  }
});

test('backoffMs: exponential, capped, half fixed and half jitter', () => {
  const p = { ...DEFAULT_RETRY, initialBackoffMs: 100, maxBackoffMs: 1_000, multiplier: 2 };
  assert.equal(backoffMs(p, 1, () => 0), 50);
  assert.equal(backoffMs(p, 1, () => 1), 100);
  assert.equal(backoffMs(p, 3, () => 0.5), 300);
  assert.equal(backoffMs(p, 10, () => 1), 1_000);
  assert.equal(backoffMs(p, 10, () => 0), 500);
  assert.throws(() => new KumoClient({ retry: { maxAttempts: 0 } }), RangeError);
});

// ------------------------------------------------------------ tokens

const bearer = (c: Received): string | undefined => c.metadata.get('authorization')[0] as string | undefined;

/** An API that accepts only `valid()` as token. */
function tokenCheckingApi(valid: () => string): Promise<Scripted> {
  return scriptedApi(
    {
      GetFlavor: (_req, md) => {
        if (md.get('authorization')[0] !== `Bearer ${valid()}`) throw bare(GrpcStatus.UNAUTHENTICATED, 'token expired');
        return { flavor: flavor(1) };
      },
    },
    {
      WatchServer: (call) => {
        if (call.metadata.get('authorization')[0] !== `Bearer ${valid()}`) {
          call.emit('error', { code: GrpcStatus.UNAUTHENTICATED, details: 'token expired' });
          return;
        }
        const server = { id: call.request.id, name: 'vm', status: 'SERVER_STATUS_ACTIVE', update_time: nowTimestamp() } as Server__Output;
        call.write({ server });
        call.end();
      },
    },
  );
}

test('tokens: a static token goes as "authorization: Bearer" on every call and stream; UNAUTHENTICATED is then final', async () => {
  let valid = 'static-1';
  const api = await tokenCheckingApi(() => valid);
  try {
    const client = api.client({ token: 'static-1' });
    await client.flavors.get('f1');
    const changes = [];
    for await (const c of client.servers.watch('s1')) changes.push(c);
    assert.equal(changes.length, 1);
    assert.deepEqual(api.calls.map(bearer), ['Bearer static-1', 'Bearer static-1']);
    valid = 'static-2';
    const err = await rejection(client.flavors.get('f1'));
    assert.ok(err instanceof UnauthenticatedError);
    assert.equal(api.count('GetFlavor'), 2, 'no provider: not sent again');
    assert.throws(() => new KumoClient({ token: 'a', tokenProvider: async () => 'b' }), TypeError);
  } finally {
    await api.stop();
  }
});

test('tokens: a provider is asked once, then again after UNAUTHENTICATED, and the call is sent once more', async () => {
  let valid = 't1';
  let issued = 0;
  const api = await tokenCheckingApi(() => valid);
  try {
    const client = api.client({ tokenProvider: async () => `t${++issued}` });
    await client.flavors.get('f1');
    await client.flavors.get('f1');
    assert.equal(issued, 1, 'the token is kept between calls');

    // The token expires: the call fails once, a new token is fetched, the call succeeds.
    valid = 't2';
    assert.equal((await client.flavors.get('f1')).id, 'f1');
    assert.equal(issued, 2);
    assert.deepEqual(api.calls.map(bearer), ['Bearer t1', 'Bearer t1', 'Bearer t1', 'Bearer t2']);

    // Concurrent refusals refresh once.
    valid = 't3';
    await Promise.all([client.flavors.get('f1'), client.flavors.get('f1'), client.flavors.get('f1')]);
    assert.equal(issued, 3);

    // A stream refused before its first message is opened again with a new token.
    valid = 't4';
    const changes = [];
    for await (const c of client.servers.watch('s1')) changes.push(c.server.status);
    assert.deepEqual(changes, ['SERVER_STATUS_ACTIVE']);
    assert.equal(issued, 4);
    assert.deepEqual(api.calls.filter((c) => c.rpc === 'WatchServer').map(bearer), ['Bearer t3', 'Bearer t4']);
  } finally {
    await api.stop();
  }
});

test('tokens: a refreshed token that is refused too fails the call (one refresh per call, no loop)', async () => {
  let issued = 0;
  const api = await tokenCheckingApi(() => 'never');
  try {
    const client = api.client({ tokenProvider: async () => `t${++issued}` });
    const err = await rejection(client.flavors.get('f1'));
    assert.ok(err instanceof UnauthenticatedError);
    assert.equal(err.attempts, 2);
    assert.equal(api.count('GetFlavor'), 2);
    assert.equal(issued, 2);
    // A provider that fails fails the call (and is asked again next time).
    const failing = api.client({
      tokenProvider: async () => {
        throw new Error('identity service down');
      },
    });
    assert.equal(((await rejection(failing.flavors.get('f1'))) as Error).message, 'identity service down');
  } finally {
    await api.stop();
  }
});

test('KumoClient.fromEnv: KUMO_URL, KUMO_TOKEN, KUMO_PROJECT, KUMO_USER and KUMO_ROLES', async () => {
  const api = await scriptedApi({ GetFlavor: () => ({ flavor: flavor(1) }) });
  try {
    const client = KumoClient.fromEnv({}, { KUMO_URL: api.url, KUMO_TOKEN: 'env-token', KUMO_PROJECT: 'p1', KUMO_USER: 'u1', KUMO_ROLES: 'member, reader' });
    try {
      await client.flavors.get('f1');
    } finally {
      client.close();
    }
    const md = api.calls[0]!.metadata;
    assert.equal(md.get('authorization')[0], 'Bearer env-token');
    assert.equal(md.get('x-kumo-project')[0], 'p1');
    assert.equal(md.get('x-kumo-user')[0], 'u1');
    assert.equal(md.get('x-kumo-roles')[0], 'member,reader');
    // Overrides win; a provider replaces the environment's token.
    const c2 = KumoClient.fromEnv({ project: 'p2', tokenProvider: async () => 'fresh' }, { KUMO_URL: api.url, KUMO_TOKEN: 'env-token', KUMO_PROJECT: 'p1' });
    try {
      await c2.flavors.get('f1');
    } finally {
      c2.close();
    }
    assert.equal(api.calls[1]!.metadata.get('authorization')[0], 'Bearer fresh');
    assert.equal(api.calls[1]!.metadata.get('x-kumo-project')[0], 'p2');
    // Nothing set: no token, no identity headers.
    const c3 = KumoClient.fromEnv({ url: api.url }, {});
    try {
      await c3.flavors.get('f1');
    } finally {
      c3.close();
    }
    assert.deepEqual(api.calls[2]!.metadata.get('authorization'), []);
    assert.deepEqual(api.calls[2]!.metadata.get('x-kumo-project'), []);
  } finally {
    await api.stop();
  }
});

// ------------------------------------------------------------ errors

test('errors: each gRPC code is its own class, with the API details decoded', async () => {
  const cases: Array<[Handler, new (...args: never[]) => KumoApiError, string]> = [
    [() => { throw new ActorNotFound('flavor', 'nope'); }, NotFoundError, 'NOT_FOUND'],
    [() => { throw new ActorAlreadyExists('flavor', 'm1.tiny'); }, AlreadyExistsError, 'ALREADY_EXISTS'],
    [() => { throw new KumoError('PERMISSION_DENIED', 'admins only', { reason: 'ADMIN_REQUIRED' }); }, PermissionDeniedError, 'PERMISSION_DENIED'],
    [() => { throw new KumoError('UNAUTHENTICATED', 'no token', { reason: 'TOKEN_MISSING' }); }, UnauthenticatedError, 'UNAUTHENTICATED'],
    [() => { throw new KumoError('ABORTED', 'changed under us', { reason: 'CONCURRENT_UPDATE' }); }, AbortedError, 'ABORTED'],
    [() => { throw new KumoError('DEADLINE_EXCEEDED', 'conductor too slow'); }, DeadlineExceededError, 'DEADLINE_EXCEEDED'],
    [() => { throw new KumoError('INTERNAL', 'boom'); }, InternalError, 'INTERNAL'],
    [() => { throw new KumoError('FAILED_PRECONDITION', 'cannot start server s1 while vm_state is active', { reason: 'INSTANCE_INVALID_STATE', metadata: { id: 's1' } }); }, FailedPreconditionError, 'FAILED_PRECONDITION'],
  ];
  let i = 0;
  const api = await scriptedApi({ GetFlavor: () => cases[i]![0]({}, new Metadata(), 0) });
  try {
    const client = api.client({ retry: false });
    for (; i < cases.length; i++) {
      const [, cls, codeName] = cases[i]!;
      const err = await rejection(client.flavors.get('x'));
      assert.ok(err instanceof cls, `${codeName}: got ${String(err)}`);
      assert.ok(err instanceof KumoApiError && err instanceof Error);
      assert.equal(err.codeName, codeName);
      assert.equal(err.name, cls.name);
      assert.equal(err.rpc, 'GetFlavor');
      assert.equal(err.domain, 'kumo.dev');
    }
    // The details of the first and last cases.
    i = 0;
    const nf = (await rejection(client.flavors.get('x'))) as NotFoundError;
    assert.equal(nf.reason, 'FLAVOR_NOT_FOUND');
    assert.deepEqual(nf.metadata, { kind: 'flavor', id: 'nope' });
    assert.equal(nf.message, 'flavor nope not found');
    i = cases.length - 1;
    const fp = (await rejection(client.flavors.get('x'))) as FailedPreconditionError;
    assert.equal(fp.reason, 'INSTANCE_INVALID_STATE');
    assert.deepEqual(fp.preconditionViolations, [{ type: 'INSTANCE_INVALID_STATE', subject: 'server/s1', description: 'cannot start server s1 while vm_state is active' }]);
    assert.ok(!(fp instanceof NoValidHostError));
  } finally {
    await api.stop();
  }
});

test('errors: BadRequest field violations, QuotaFailure violations, and a status with no details', async () => {
  const api = await scriptedApi({
    CreateFlavor: () => {
      throw new ActorInvalidArgument([
        { field: 'flavor.ram_mb', description: 'must be positive' },
        { field: 'flavor.name', description: 'required' },
      ]);
    },
    CreateServer: () => {
      throw quotaExceeded();
    },
    GetFlavor: () => {
      throw bare(GrpcStatus.NOT_FOUND, 'plain');
    },
  });
  try {
    const client = api.client({ retry: false });
    const bad = await rejection(client.flavors.create({ name: '', ram_mb: 0 }));
    assert.ok(bad instanceof InvalidArgumentError);
    assert.deepEqual(bad.fieldViolations, [
      { field: 'flavor.ram_mb', description: 'must be positive' },
      { field: 'flavor.name', description: 'required' },
    ]);
    assert.equal(bad.reason, 'INVALID_ARGUMENT');

    const quota = await rejection(client.servers.create({ name: 'vm', flavor_id: '1', image_id: 'i' }));
    assert.ok(quota instanceof ResourceExhaustedError);
    assert.equal(quota.reason, 'QUOTA_EXCEEDED');
    assert.deepEqual(quota.metadata, { resource: 'instances' });
    assert.deepEqual(quota.quotaViolations, [
      { subject: 'project:p1', description: 'instances: 10 of 10 in use, 1 requested' },
      { subject: 'project:p1', description: 'cores: 20 of 20 in use, 2 requested' },
    ]);

    const plain = await rejection(client.flavors.get('x'));
    assert.ok(plain instanceof NotFoundError);
    assert.equal(plain.message, 'plain');
    assert.equal(plain.reason, '');
    assert.deepEqual([plain.fieldViolations, plain.quotaViolations, plain.metadata], [[], [], {}]);
  } finally {
    await api.stop();
  }
});

test('errors: NO_VALID_HOST is a NoValidHostError with the scheduler per-filter counts', async () => {
  const api = await scriptedApi({
    MigrateServer: () => {
      throw new SchedulerNoValidHost('No valid host was found. 4 host(s) considered; RamFilter removed 3 of 4 hosts: not enough free RAM; ComputeFilter removed 1 of 1 hosts: disabled', {
        hosts_considered: '4',
        RamFilter: '3/4: not enough free RAM',
        ComputeFilter: '1/1: disabled',
      });
    },
    ResizeServer: () => {
      throw new KumoError('FAILED_PRECONDITION', 'No valid host was found. Exhausted all hosts', { reason: 'NO_VALID_HOST', metadata: { attempt_2: 'h2: out of disk', attempt_1: 'h1: spawn failed' } });
    },
  });
  try {
    const client = api.client();
    const err = await rejection(client.servers.migrate('s1'));
    assert.ok(err instanceof NoValidHostError);
    assert.ok(err instanceof FailedPreconditionError, 'still a FailedPreconditionError');
    assert.equal(err.reason, 'NO_VALID_HOST');
    assert.deepEqual(err.noValidHost, {
      hostsConsidered: 4,
      filters: [
        { filter: 'RamFilter', removed: 3, before: 4, reasons: 'not enough free RAM' },
        { filter: 'ComputeFilter', removed: 1, before: 1, reasons: 'disabled' },
      ],
      attempts: [],
    });
    const retried = (await rejection(client.servers.resize('s1', 'big'))) as NoValidHostError;
    assert.deepEqual(retried.noValidHost, { hostsConsidered: undefined, filters: [], attempts: ['h1: spawn failed', 'h2: out of disk'] });
  } finally {
    await api.stop();
  }
});

// ------------------------------------------------------------ listing

test('list: an async iterator over pages, fetched as needed; awaiting it gives every item', async () => {
  const api = await scriptedApi({ ListFlavors: pagedFlavors(7), ListAggregates: () => ({ aggregates: [{ id: 'a1', name: 'rack1' }] }) });
  try {
    const client = api.client();
    const seen: string[] = [];
    for await (const f of client.flavors.list({ page_size: 3 })) seen.push(f.id);
    assert.deepEqual(seen, ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7']);
    assert.deepEqual(api.calls.map((c) => [c.request['page_size'], c.request['page_token']]), [
      [3, ''],
      [3, '3'],
      [3, '6'],
    ]);

    // Lazy: breaking after 4 items fetched two pages; nothing is fetched before iterating.
    const listing = client.flavors.list({ page_size: 3 });
    assert.equal(api.count('ListFlavors'), 3);
    let n = 0;
    for await (const _ of listing) if (++n === 4) break;
    assert.equal(api.count('ListFlavors'), 5);

    assert.deepEqual(ids(await client.flavors.list({ page_size: 5 })), seen);
    const pages: number[] = [];
    for await (const page of client.flavors.list({ page_size: 3 }).pages()) pages.push(page.length);
    assert.deepEqual(pages, [3, 3, 1]);
    assert.deepEqual(ids(await client.aggregates.list()), ['a1']);
  } finally {
    await api.stop();
  }
});

test('list: a page token answered twice stops the listing instead of looping', async () => {
  const api = await scriptedApi({ ListFlavors: () => ({ flavors: [flavor(1)], next_page_token: 'same' }) });
  try {
    const err = await rejection(api.client().flavors.list().toArray());
    assert.match((err as Error).message, /page token same twice/);
    assert.equal(api.count('ListFlavors'), 2);
  } finally {
    await api.stop();
  }
});

// ------------------------------------------------------------ decorators

/** A flavor API with a store, to see caching and invalidation. */
function flavorStore(): Record<string, Handler> {
  const store = new Map<string, Flavor__Output>();
  const full = (f: Flavor): Flavor__Output => ({ id: '', name: '', vcpus: 0, ram_mb: 0, disk_gb: 0, ephemeral_gb: 0, swap_mb: 0, is_public: true, extra_specs: {}, description: '', ...f }) as Flavor__Output;
  store.set('f1', full(flavor(1)));
  return {
    GetFlavor: (req) => {
      const f = store.get(String(req['id']));
      if (!f) throw new ActorNotFound('flavor', String(req['id']));
      return { flavor: f };
    },
    ListFlavors: (req) => {
      const all = [...store.values()];
      const size = Number(req['page_size']) || 1000;
      const from = Number(req['page_token'] || '0');
      return { flavors: all.slice(from, from + size), next_page_token: from + size < all.length ? String(from + size) : '' };
    },
    CreateFlavor: (req) => {
      const f = full(req['flavor'] as Flavor);
      store.set(f.id, f);
      return { flavor: f };
    },
    DeleteFlavor: (req) => {
      if (!store.delete(String(req['id']))) throw new ActorNotFound('flavor', String(req['id']));
      return {};
    },
  };
}

test('withCache: get and list are served from the cache until the TTL passes; create and delete through it invalidate', async () => {
  const api = await scriptedApi(flavorStore());
  try {
    let clock = 1_000;
    const client = api.client();
    const flavors = withCache(client.flavors, { ttlMs: 5_000, now: () => clock });
    assert.ok(flavors instanceof FlavorManager);

    assert.equal((await flavors.get('f1')).name, 'flavor-1');
    assert.equal((await flavors.get('f1')).name, 'flavor-1');
    assert.equal(api.count('GetFlavor'), 1);
    assert.deepEqual([flavors.cache.hits, flavors.cache.misses], [1, 1]);

    // A copy each time: changing a result does not change the cache.
    const mine = await flavors.get('f1');
    mine.name = 'changed';
    assert.equal((await flavors.get('f1')).name, 'flavor-1');

    // Concurrent gets share one call.
    await Promise.all([flavors.get('f1'), flavors.get('f1')]);
    assert.equal(api.count('GetFlavor'), 1);

    // Lists, per filters, and only once read to the end.
    assert.deepEqual(ids(await flavors.list()), ['f1']);
    assert.deepEqual(ids(await flavors.list()), ['f1']);
    assert.equal(api.count('ListFlavors'), 1);

    // Writes through the wrapper invalidate.
    await flavors.create(flavor(2));
    assert.deepEqual(ids(await flavors.list()), ['f1', 'f2']);
    assert.equal(api.count('ListFlavors'), 2);
    await flavors.get('f1');
    assert.equal(api.count('GetFlavor'), 2);
    await flavors.delete('f2');
    assert.deepEqual(ids(await flavors.list()), ['f1']);
    assert.equal(api.count('ListFlavors'), 3);
    // Raw RPCs through the wrapper are classified too: CreateFlavor writes, GetFlavor reads.
    await flavors.CreateFlavor({ flavor: flavor(3) });
    assert.deepEqual(ids(await flavors.list()), ['f1', 'f3']);
    assert.equal(api.count('ListFlavors'), 4);
    await flavors.GetFlavor({ id: 'f3' });
    await flavors.GetFlavor({ id: 'f3' });
    assert.equal(api.count('GetFlavor'), 3);

    // A failed write invalidates as well (it may have done something).
    await rejection(flavors.delete('nope'));
    await flavors.get('f1');
    assert.equal(api.count('GetFlavor'), 4);

    // The TTL.
    clock += 4_999;
    await flavors.get('f1');
    assert.equal(api.count('GetFlavor'), 4);
    clock += 2;
    await flavors.get('f1');
    assert.equal(api.count('GetFlavor'), 5);

    // Failures are not kept; clear() drops everything.
    await rejection(flavors.get('missing'));
    await rejection(flavors.get('missing'));
    assert.equal(api.count('GetFlavor'), 7);
    flavors.cache.clear();
    await flavors.get('f1');
    assert.equal(api.count('GetFlavor'), 8);
  } finally {
    await api.stop();
  }
});

test('withCache: a listing broken off early is not kept', async () => {
  const api = await scriptedApi({ ListFlavors: pagedFlavors(4) });
  try {
    const flavors = withCache(api.client().flavors);
    for await (const _ of flavors.list({ page_size: 2 })) break;
    assert.equal(api.count('ListFlavors'), 1);
    assert.equal((await flavors.list({ page_size: 2 })).length, 4);
    assert.equal(api.count('ListFlavors'), 3);
    assert.equal((await flavors.list({ page_size: 2 })).length, 4);
    assert.equal(api.count('ListFlavors'), 3);
    // Other filters are another entry.
    await flavors.list({ page_size: 4 });
    assert.equal(api.count('ListFlavors'), 4);
  } finally {
    await api.stop();
  }
});

test('withLogging: method, duration and outcome of each call; lists when they end; composes with withCache', async () => {
  const api = await scriptedApi(flavorStore(), {
    WatchServer: (call) => {
      for (const status of ['SERVER_STATUS_BUILD', 'SERVER_STATUS_ACTIVE']) call.write({ server: { id: call.request.id, status, update_time: nowTimestamp() } as Server__Output });
      call.end();
    },
  });
  try {
    const entries: CallLogEntry[] = [];
    const client = api.client({ retry: false });
    const flavors = withLogging(client.flavors, (e) => entries.push(e), { name: 'flavors' });
    await flavors.get('f1');
    await rejection(flavors.get('nope'));
    await flavors.list();
    assert.deepEqual(
      entries.map((e) => [e.manager, e.method, e.outcome, e.items, e.error?.codeName, e.error?.reason]),
      [
        ['flavors', 'get', 'ok', undefined, undefined, undefined],
        ['flavors', 'get', 'error', undefined, 'NOT_FOUND', 'FLAVOR_NOT_FOUND'],
        ['flavors', 'list', 'ok', 1, undefined, undefined],
      ],
    );
    assert.ok(entries.every((e) => e.durationMs >= 0 && e.durationMs < 5_000));

    // A logger object (pino's and console's shape): info for ok, warn for failures.
    const lines: string[] = [];
    const logger = { info: (e: CallLogEntry, msg: string) => lines.push(`info ${msg} ${e.method}`), warn: (e: CallLogEntry, msg: string) => lines.push(`warn ${msg} ${e.error?.codeName}`) };
    const logged = withLogging(client.flavors, logger, { name: 'f' });
    await logged.get('f1');
    await rejection(logged.get('nope'));
    assert.deepEqual(lines, ['info f.get ok get', 'warn f.get failed NOT_FOUND']);

    // Composed: every call is logged, only the first goes to the API.
    entries.length = 0;
    const before = api.count('GetFlavor');
    const both = withLogging(withCache(client.flavors), (e) => entries.push(e));
    await both.get('f1');
    await both.get('f1');
    assert.equal(api.count('GetFlavor'), before + 1);
    assert.deepEqual(entries.map((e) => [e.manager, e.method, e.outcome]), [
      ['FlavorManager', 'get', 'ok'],
      ['FlavorManager', 'get', 'ok'],
    ]);
    assert.equal(both.cache.hits, 1, 'the cache is reachable through the logging wrapper');
    assert.ok(both instanceof FlavorManager);

    // Any manager: a server watch is logged when it ends, with its item count.
    entries.length = 0;
    const servers = withLogging(client.servers, (e) => entries.push(e), { name: 'servers' });
    const statuses: string[] = [];
    for await (const c of servers.watch('s1')) statuses.push(c.server.status);
    assert.deepEqual(statuses, ['SERVER_STATUS_BUILD', 'SERVER_STATUS_ACTIVE']);
    assert.deepEqual(entries.map((e) => [e.manager, e.method, e.outcome, e.items]), [['servers', 'watch', 'ok', 2]]);
    await rejection(servers.get('s1'));
    assert.equal(entries.at(-1)!.error?.codeName, 'UNIMPLEMENTED');
  } finally {
    await api.stop();
  }
});

test('the raw RPCs stay reachable: as manager members (the old stub shape) and on .api', async () => {
  const api = await scriptedApi(flavorStore());
  try {
    const client = api.client();
    assert.equal((await client.flavors.GetFlavor({ id: 'f1' })).flavor!.id, 'f1');
    assert.equal((await client.flavors.api.GetFlavor({ id: 'f1' })).flavor!.id, 'f1');
    // The friendly methods go through the own members, so wrapping them in place (the CLI's --timings) sees them.
    const seen: string[] = [];
    const original = client.flavors.GetFlavor;
    client.flavors.GetFlavor = (req, opts) => (seen.push(String(req.id)), original(req, opts));
    await client.flavors.get('f1');
    assert.deepEqual(seen, ['f1']);
    // servers.create boots one; several go through createMany.
    await assert.rejects(client.servers.create({ name: 'x', max_count: 3 }), RangeError);
  } finally {
    await api.stop();
  }
});

// ------------------------------------------------------------ docs

/** The repository root (the folder with docs/sdk.md), from dist/test/unit or test/unit. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'docs', 'sdk.md')) || !existsSync(join(dir, 'test', 'examples'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find docs/sdk.md');
    dir = up;
  }
  return dir;
}

/** Lines without their common indentation, and without leading and trailing blank lines. */
function dedent(lines: readonly string[]): string {
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n').replace(/^\n+|\n+$/g, '');
}

test('docs/sdk.md: every example block is, verbatim, a region of test/examples/sdk_examples.ts (which the integration test runs)', () => {
  const root = repoRoot();
  const source = readFileSync(join(root, 'test', 'examples', 'sdk_examples.ts'), 'utf8').split('\n');
  const regions = new Map<string, string>();
  let name: string | undefined;
  let lines: string[] = [];
  for (const line of source) {
    const start = /^\s*\/\/ #region (\S+)$/.exec(line);
    if (start) {
      name = start[1]!;
      lines = [];
    } else if (/^\s*\/\/ #endregion$/.test(line)) {
      regions.set(name!, dedent(lines));
      name = undefined;
    } else if (name) lines.push(line);
  }
  const doc = readFileSync(join(root, 'docs', 'sdk.md'), 'utf8');
  const blocks = [...doc.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, m[2]!] as const);
  assert.ok(blocks.length >= 8, `only ${blocks.length} example blocks in docs/sdk.md`);
  assert.deepEqual(blocks.map(([n]) => n).sort(), [...regions.keys()].sort(), 'the same examples in both');
  for (const [n, code] of blocks) assert.equal(code, regions.get(n), `example ${n} differs between docs/sdk.md and test/examples/sdk_examples.ts`);
});
