// A list page written from stored record bytes (pkg/conductor/server_wire.ts)
// decodes to exactly what decoding the record and showing it gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codec } from '../../pkg/actor/codec.js';
import { encodeServerPage, serverBytesOfRecord, serverExtras, WireError } from '../../pkg/conductor/server_wire.js';
import type { ListServersResponse, ListServersResponse__Output, Server, Server__Output } from '../../pkg/gen/types.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';

const serverCodec = codec<Server, Server__Output>('kumo.compute.v1.Server');
const pageCodec = codec<ListServersResponse, ListServersResponse__Output>('kumo.compute.v1.ListServersResponse');

function recordBytes(i: number, patch: Partial<Server> = {}): Uint8Array {
  return serverRecordCodec.encode({
    // Fields before and after `server` in the record, so the scan must skip some.
    user_data: Buffer.alloc(300 + i, 7),
    generation: 2 ** 40 + i,
    tried_hosts: ['h9'],
    image_properties: { os_distro: 'cirros' },
    request_spec: { flavor: { id: 'f1', vcpus: 2 }, project_id: 'p' },
    request_id: `req-${i}`,
    server: {
      id: `id-${i}`,
      name: `vm-${i}-${'é'.repeat(i)}`,
      project_id: 'p',
      status: 'SERVER_STATUS_ERROR',
      flavor: { id: 'f1', name: 'm1', vcpus: 2, ram_mb: 2048, extra_specs: { 'hw:cpu_policy': 'dedicated' } },
      metadata: { role: 'web', n: String(i) },
      addresses: [{ network: 'net', address: `10.0.0.${i}`, version: 4, type: 'fixed', mac_address: 'fa:16:3e:00:00:01' }],
      fault: { code: 500, message: 'x'.repeat(200 * i), details: 'trace' },
      create_time: { seconds: 1_700_000_000 + i, nanos: 5 },
      ...patch,
    },
  });
}

test('the server of a stored record, copied out as bytes, decodes as the record decoded', () => {
  for (let i = 0; i < 20; i++) {
    const bytes = recordBytes(i);
    const server = serverCodec.decode(Buffer.concat(serverBytesOfRecord(bytes)));
    assert.deepEqual(server, serverRecordCodec.decode(bytes).server);
  }
});

test("a record's own security_groups are dropped; the ports' groups and floating addresses are appended after the fixed ones", () => {
  const bytes = recordBytes(3, { security_groups: ['stale', 'old'] });
  const floating = [{ network: 'public', address: '203.0.113.5', version: 4, type: 'floating', mac_address: 'fa:16:3e:00:00:01' }];
  const parts = [...serverBytesOfRecord(bytes), ...serverExtras(floating, ['default', 'web'])];
  const server = serverCodec.decode(Buffer.concat(parts));
  const expected = serverRecordCodec.decode(bytes).server!;
  assert.deepEqual(server, { ...expected, addresses: [...expected.addresses, ...floating], security_groups: ['default', 'web'] });
  assert.deepEqual(serverCodec.decode(Buffer.concat(serverBytesOfRecord(bytes))).security_groups, []);
});

test('a page frames each server and the token as ListServersResponse does', () => {
  const records = [0, 1, 2, 150].map((i) => recordBytes(i));
  const page = encodeServerPage(records.map((r) => serverBytesOfRecord(r)), 'next-token-é');
  const decoded = pageCodec.decode(page.bytes);
  assert.equal(page.typeName, 'kumo.compute.v1.ListServersResponse');
  assert.deepEqual(decoded.servers, records.map((r) => serverRecordCodec.decode(r).server));
  assert.equal(decoded.next_page_token, 'next-token-é');
  assert.deepEqual(pageCodec.decode(encodeServerPage([], '').bytes), { servers: [], next_page_token: '' });
});

test('truncated or serverless bytes are refused, not misread', () => {
  const bytes = recordBytes(1);
  assert.throws(() => serverBytesOfRecord(bytes.subarray(0, 50)), WireError);
  assert.throws(() => serverBytesOfRecord(serverRecordCodec.encode({ generation: 3 })), /no server/);
});
