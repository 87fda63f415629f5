// The SDK's request ids (one per write call, kept across retries) and the
// request digest that refuses an id reused for another request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiPackageDefinition } from '../../pkg/api/proto.js';
import { withRequestId } from '../../pkg/client/transport.js';
import { requestDigest, requestIdOf, responseCodecOf } from '../../pkg/idempotency/request_results.js';
import type { MethodDefinition } from '@grpc/proto-loader';

const servers = apiPackageDefinition()['kumo.compute.v1.ServerService'] as unknown as Record<string, MethodDefinition<object, unknown, unknown, unknown>>;

test('writes with a request_id field get one; reads and requests that carry one keep theirs', () => {
  const create = withRequestId(servers['CreateServer']!, 'CreateServer', { name: 'a' }) as { request_id?: string };
  assert.match(create.request_id ?? '', /^req-[0-9a-f-]{36}$/);
  const stop = withRequestId(servers['StopServer']!, 'StopServer', { id: 'x' }) as { request_id?: string };
  assert.ok(stop.request_id && stop.request_id !== create.request_id);
  assert.equal((withRequestId(servers['StopServer']!, 'StopServer', { id: 'x', request_id: 'mine' }) as { request_id: string }).request_id, 'mine');
  // GetInstanceAction's request_id is what it looks up: never made up.
  assert.equal((withRequestId(servers['GetInstanceAction']!, 'GetInstanceAction', { server_id: 'x' }) as { request_id?: string }).request_id, undefined);
  assert.equal((withRequestId(servers['ListServers']!, 'ListServers', {}) as { request_id?: string }).request_id, undefined);
});

test('every server write RPC has a request_id and a response codec', () => {
  const writes = Object.keys(servers).filter((m) => !/^(Get|List|Watch)/.test(m));
  assert.ok(writes.length >= 30);
  for (const m of writes) {
    const fields = (servers[m]!.requestType as unknown as { type: { field: Array<{ name: string }> } }).type.field.map((f) => f.name);
    assert.ok(fields.includes('request_id'), `${m}Request has no request_id`);
    assert.ok(responseCodecOf(m), `${m} has no response codec`);
  }
});

test('the digest ignores the request id and sees every other field', () => {
  assert.equal(requestDigest({ id: 'a', request_id: 'x' }), requestDigest({ id: 'a', request_id: 'y' }));
  assert.notEqual(requestDigest({ id: 'a' }), requestDigest({ id: 'b' }));
  assert.equal(requestIdOf({ request_id: 'r' }), 'r');
  assert.equal(requestIdOf({}), '');
});
