// The API process alone: gRPC health checking and server reflection are
// on, and with no conductor running a call fails UNAVAILABLE, not hangs.
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { KumoClient } from '../../pkg/client/client.js';
import { KumoApiError } from '../../pkg/client/errors.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { startTestNats, type TestNats } from '../support/nats.js';

const require = createRequire(import.meta.url);
let nats: TestNats;
let api: ChildService;
let endpoint = '';

function loadService(protoPath: string, includeDir: string, name: string): grpc.ServiceClientConstructor {
  const def = protoLoader.loadSync(protoPath, { includeDirs: [includeDir], keepCase: true, defaults: true, enums: String });
  const pkg = grpc.loadPackageDefinition(def);
  let node: unknown = pkg;
  for (const part of name.split('.')) node = (node as Record<string, unknown>)[part];
  return node as grpc.ServiceClientConstructor;
}

describe('api surface', { timeout: 60_000 }, () => {
  before(async () => {
    nats = await startTestNats();
    api = await spawnService('kumo-api', { env: { KUMO_NATS_URL: nats.url, KUMO_LOG_LEVEL: 'warn' }, args: ['--port', '0', '--auth', 'noauth'] });
    endpoint = String(api.ready['endpoint']);
  });
  after(async () => {
    await api?.stop();
    await nats?.cleanup();
  });

  test('gRPC health reports SERVING for the server and each service', async () => {
    const healthProto = join(dirname(require.resolve('grpc-health-check/package.json')), 'proto', 'health', 'v1', 'health.proto');
    const Health = loadService(healthProto, dirname(healthProto), 'grpc.health.v1.Health');
    const client = new Health(endpoint, grpc.credentials.createInsecure());
    try {
      for (const service of ['', 'kumo.compute.v1.ServerService', 'kumo.compute.v1.FlavorService']) {
        const res = await new Promise<{ status: string }>((resolve, reject) =>
          client['Check']!({ service }, (err: grpc.ServiceError | null, r: { status: string }) => (err ? reject(err) : resolve(r))),
        );
        assert.equal(res.status, 'SERVING', service);
      }
    } finally {
      client.close();
    }
  });

  test('server reflection lists every Kumo service', async () => {
    const reflectionProto = join(dirname(require.resolve('@grpc/reflection/package.json')), 'build', 'proto', 'grpc', 'reflection', 'v1', 'reflection.proto');
    const Reflection = loadService(reflectionProto, dirname(reflectionProto), 'grpc.reflection.v1.ServerReflection');
    const client = new Reflection(endpoint, grpc.credentials.createInsecure());
    try {
      const names = await new Promise<string[]>((resolve, reject) => {
        const call = client['ServerReflectionInfo']!() as grpc.ClientDuplexStream<object, { list_services_response?: { service: Array<{ name: string }> } }>;
        call.on('data', (msg) => {
          resolve((msg.list_services_response?.service ?? []).map((s: { name: string }) => s.name));
          call.end();
        });
        call.on('error', reject);
        call.write({ list_services: '*' });
      });
      for (const s of ['ServerService', 'FlavorService', 'ImageService', 'KeypairService', 'HypervisorService']) {
        assert.ok(names.includes(`kumo.compute.v1.${s}`), `${s} in ${names.join(', ')}`);
      }
    } finally {
      client.close();
    }
  });

  test('with no conductor running, calls fail fast with UNAVAILABLE', async () => {
    const client = new KumoClient({ url: endpoint });
    try {
      const err = await client.flavors.ListFlavors({}).then(
        () => assert.fail('expected UNAVAILABLE'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof KumoApiError);
      assert.equal(err.codeName, 'UNAVAILABLE');
      assert.equal(err.reason, 'NO_RESPONDERS');
      assert.equal(api.process.exitCode, null, 'the api is still running');
    } finally {
      client.close();
    }
  });
});
