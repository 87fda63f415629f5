// The storm's lean gRPC caller (test/bench/grpc_h2.ts) against a real
// grpc-js server: a message both ways, a status with its message, a
// deadline the server sees.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Server, ServerCredentials, status, type ServiceDefinition, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { codec } from '../../pkg/actor/codec.js';
import type { CreateServerRequest, CreateServerRequest__Output, CreateServerResponse, CreateServerResponse__Output } from '../../pkg/gen/types.js';
import { newClientRequestId } from '../../pkg/client/transport.js';
import { GrpcCallError, LeanUnaryClient } from '../bench/grpc_h2.js';

const PATH = '/kumo.compute.v1.ServerService/CreateServer';
const reqCodec = codec<CreateServerRequest, CreateServerRequest__Output>('kumo.compute.v1.CreateServerRequest');
const resCodec = codec<CreateServerResponse, CreateServerResponse__Output>('kumo.compute.v1.CreateServerResponse');

const service: ServiceDefinition = {
  CreateServer: {
    path: PATH,
    requestStream: false,
    responseStream: false,
    requestSerialize: (v: CreateServerRequest) => Buffer.from(reqCodec.encode(v)),
    requestDeserialize: (b: Buffer) => reqCodec.decode(b),
    responseSerialize: (v: CreateServerResponse) => Buffer.from(resCodec.encode(v)),
    responseDeserialize: (b: Buffer) => resCodec.decode(b),
  },
};

let server: Server;
let client: LeanUnaryClient;
const seen: Array<{ request: CreateServerRequest__Output; deadline: number }> = [];

before(async () => {
  server = new Server();
  server.addService(service, {
    CreateServer: (call: ServerUnaryCall<CreateServerRequest__Output, CreateServerResponse>, cb: sendUnaryData<CreateServerResponse>) => {
      const deadline = call.getDeadline();
      seen.push({ request: call.request, deadline: deadline instanceof Date ? deadline.getTime() : Number(deadline) });
      if (call.request.name === 'bad') return cb({ code: status.INVALID_ARGUMENT, details: 'flavor_id: no flavor "x" (100% sure)' });
      cb(null, { servers: [{ id: `id-${call.request.name}`, name: call.request.name }] });
    },
  });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  client = new LeanUnaryClient(`127.0.0.1:${port}`);
});

after(() => {
  client.close();
  server.forceShutdown();
});

test('lean caller: request and answer decoded, request id and deadline carried', async () => {
  const id = newClientRequestId();
  const started = Date.now();
  const res = await client.call<CreateServerRequest, CreateServerResponse__Output>(PATH, reqCodec.typeName, resCodec.typeName, { name: 'web', flavor_id: '1', request_id: id }, 5_000);
  assert.deepEqual(
    res.servers.map((s) => [s.id, s.name]),
    [['id-web', 'web']],
  );
  const last = seen.at(-1)!;
  assert.equal(last.request.request_id, id);
  assert.match(id, /^req-[0-9a-f-]{36}$/);
  assert.ok(last.deadline >= started + 4_000 && last.deadline <= Date.now() + 5_000, `deadline ${last.deadline - started} ms after the call`);
});

test('lean caller: a status other than OK rejects with its code and message', async () => {
  await assert.rejects(
    client.call(PATH, reqCodec.typeName, resCodec.typeName, { name: 'bad' }, 5_000),
    (err: unknown) => err instanceof GrpcCallError && err.code === status.INVALID_ARGUMENT && err.details === 'flavor_id: no flavor "x" (100% sure)',
  );
});

test('lean caller: many calls in flight on one connection', async () => {
  const names = Array.from({ length: 200 }, (_, i) => `s${i}`);
  const answers = await Promise.all(names.map((name) => client.call<CreateServerRequest, CreateServerResponse__Output>(PATH, reqCodec.typeName, resCodec.typeName, { name }, 5_000)));
  assert.deepEqual(
    answers.map((a) => a.servers[0]!.id),
    names.map((n) => `id-${n}`),
  );
});
