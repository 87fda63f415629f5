// Answers passed through as the conductor encoded them (pkg/api/encoded_answers.ts):
// the bytes go out unchanged, a client decodes them as it decoded the
// re-encoded answer, objects are serialised as before, and an answer of
// another message type is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { Encoded } from '../../pkg/actor/encoded.js';
import { encodedAnswers } from '../../pkg/api/encoded_answers.js';
import { apiPackageDefinition } from '../../pkg/api/proto.js';
import { ConductorProtocol } from '../../pkg/conductor/protocol.js';
import type { ListServersResponse } from '../../pkg/gen/types.js';

const def = encodedAnswers(apiPackageDefinition()['kumo.compute.v1.ServerService'] as ServiceDefinition);
const listServers = def['ListServers']!;

/** A page as the conductor answers it: enums, timestamps, maps, nested messages, repeated fields. */
const page: ListServersResponse = {
  servers: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'web-1',
      project_id: 'p1',
      status: 'SERVER_STATUS_ACTIVE',
      vm_state: 'VM_STATE_ACTIVE',
      flavor: { id: 'f1', name: 'm1.small', vcpus: 2, ram_mb: 2048, disk_gb: 20, extra_specs: { 'hw:cpu_policy': 'shared' } },
      host: 'host-1',
      metadata: { role: 'web', tier: '1' },
      create_time: { seconds: 1_700_000_000, nanos: 5_000_000 },
      addresses: [{ network: 'default', address: '10.0.0.5', version: 4, mac_address: 'fa:16:3e:00:00:01' }],
    },
    { id: '00000000-0000-4000-8000-000000000002', name: 'db-1', project_id: 'p1', status: 'SERVER_STATUS_SHUTOFF', metadata: {} },
  ],
  next_page_token: 'tok',
};

test('an encoded answer goes out as the conductor encoded it, and decodes as the re-encoded one did', () => {
  const codec = ConductorProtocol.ListServers.response;
  const bytes = codec.encode(page);
  const out = listServers.responseSerialize(new Encoded<ListServersResponse>(codec.typeName, bytes));
  assert.ok(Buffer.isBuffer(out));
  assert.deepEqual([...out], [...bytes]);
  // What a client saw before: the API decoded the conductor's answer and proto-loader encoded it again.
  const before = listServers.responseSerialize(codec.decode(bytes));
  const client = listServers.responseDeserialize;
  assert.deepEqual(client(out), client(before));
  const decoded = client(out) as { servers: Array<{ status: string; metadata: Record<string, string> }>; next_page_token: string };
  assert.equal(decoded.servers.length, 2);
  assert.equal(decoded.servers[1]!.status, 'SERVER_STATUS_SHUTOFF');
  assert.deepEqual(decoded.servers[0]!.metadata, { role: 'web', tier: '1' });
  assert.equal(decoded.next_page_token, 'tok');
});

test('objects are serialised as before; an encoding of another message is refused', () => {
  const object = listServers.responseSerialize(page);
  assert.deepEqual(listServers.responseDeserialize(object), listServers.responseDeserialize(Buffer.from(ConductorProtocol.ListServers.response.encode(page))));
  const flavors = ConductorProtocol.ListFlavors.response;
  assert.throws(() => listServers.responseSerialize(new Encoded(flavors.typeName, flavors.encode({ flavors: [] }))), /ListServers answers ListServersResponse, not kumo.compute.v1.ListFlavorsResponse/);
});
