// Idempotent writes: a request_id makes CreateServer and every server action
// happen at most once per project, whichever API process gets the retry
// (pkg/idempotency); and an internal command delivered twice over NATS
// (the same envelope published again) changes nothing the second time.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import { writeEnvelope } from '../../pkg/actor/envelope.js';
import { HDR } from '../../pkg/actor/envelope.js';
import { subjects } from '../../pkg/actor/subjects.js';
import { KumoClient } from '../../pkg/client/client.js';
import { InstanceProtocol } from '../../pkg/compute/protocol.js';
import { decodeError } from '../../pkg/actor/runtime.js';
import { spawnService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitStatus } from '../support/expect.js';

let cloud: TestCloud;
let second: KumoClient;
let imageId = '';

describe('idempotency', { timeout: 240_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'idem', hosts: 2 }], conductors: 2 });
    const api2 = await spawnService('kumo-api', { env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' }, args: ['--port', '0', '--auth', 'noauth'], label: 'api-2' });
    cloud.processes.push(api2);
    second = new KumoClient({ url: String(api2.ready['endpoint']) });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'idem', name: 'idem', vcpus: 1, ram_mb: 64, disk_gb: 1 } });
    imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
  });
  after(async () => {
    second?.close();
    await cloud?.stop();
  });

  test('CreateServer retried with one request_id, at once on two API processes: one reservation, the same ids every time', async () => {
    const request = { name: 'idem-create', flavor_id: 'idem', image_id: imageId, max_count: 2, request_id: 'req-create-once' };
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? second : cloud.client).servers.api.CreateServer(request)));
    const again = await cloud.client.servers.api.CreateServer(request);
    for (const a of [...answers, again]) {
      assert.equal(a.reservation_id, answers[0]!.reservation_id);
      assert.deepEqual(a.servers.map((s) => s.id).sort(), answers[0]!.servers.map((s) => s.id).sort());
    }
    const listed = (await cloud.client.servers.api.ListServers({ reservation_id: answers[0]!.reservation_id })).servers;
    assert.equal(listed.length, 2);
    const named = (await cloud.client.servers.api.ListServers({ name: '^idem-create' })).servers;
    assert.equal(named.length, 2, 'no second reservation was made');
  });

  test('a request_id reused for another request is INVALID_ARGUMENT; another project may use the same id', async () => {
    await expectError(cloud.client.servers.api.CreateServer({ name: 'other', flavor_id: 'idem', image_id: imageId, request_id: 'req-create-once' }), 'INVALID_ARGUMENT', 'request_id');
    const other = new KumoClient({ url: cloud.endpoint, project: 'idem-other' });
    try {
      const r = await other.servers.api.CreateServer({ name: 'idem-create', flavor_id: 'idem', image_id: imageId, request_id: 'req-create-once' }).catch((e: unknown) => e);
      // Whatever the other project's answer (it may lack a network or quota), it is not the first project's servers.
      if (!(r instanceof Error)) assert.notEqual((r as { reservation_id: string }).reservation_id, '');
    } finally {
      other.close();
    }
  });

  test('an action retried with one request_id answers the first answer and records one instance action', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'idem-act', flavor_id: 'idem', image_id: imageId });
    const id = servers[0]!.id;
    await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');
    const first = await cloud.client.servers.api.StopServer({ id, request_id: 'req-stop-once' });
    // Without the id a second stop would be refused (already stopping or stopped): the retry answers the first answer instead.
    const retry = await second.servers.api.StopServer({ id, request_id: 'req-stop-once' });
    assert.deepEqual(retry.server, first.server);
    await waitStatus(cloud.client, id, 'SERVER_STATUS_SHUTOFF');
    const again = await cloud.client.servers.api.StopServer({ id, request_id: 'req-stop-once' });
    assert.deepEqual(again.server, first.server);
    const actions = (await cloud.client.servers.api.ListInstanceActions({ server_id: id })).actions.filter((a) => a.action === 'stop');
    assert.equal(actions.length, 1, JSON.stringify(actions));
    // A new id is a new request: refused now, the server being stopped.
    await expectError(cloud.client.servers.api.StopServer({ id, request_id: 'req-stop-twice' }), 'FAILED_PRECONDITION');
  });

  test('an Act command published twice over NATS with one envelope runs once and answers the same', async () => {
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'idem-redeliver', flavor_id: 'idem', image_id: imageId });
    const id = servers[0]!.id;
    await waitStatus(cloud.client, id, 'SERVER_STATUS_ACTIVE');
    const nc: NatsConnection = await connect({ servers: cloud.nats.url });
    try {
      const spec = InstanceProtocol.Act;
      const body = spec.request.encode({ stop: { id }, admin: true });
      const envelope = { method: 'Act', requestId: 'req-redelivered-stop', deadline: Date.now() + 10_000, traceparent: '', projectId: 'default', userId: 'default', roles: ['admin'] };
      const send = async () => {
        const reply = await nc.request(subjects.instance(id), body, { headers: writeEnvelope(envelope), timeout: 10_000 });
        if (reply.headers?.get(HDR.status) === 'error') throw decodeError(reply.data);
        return spec.response.decode(reply.data);
      };
      const a = await send();
      const b = await send();
      assert.deepEqual(b, a, 'the duplicate answers the first answer');
      await waitStatus(cloud.client, id, 'SERVER_STATUS_SHUTOFF');
      const stops = (await cloud.client.servers.api.ListInstanceActions({ server_id: id })).actions.filter((x) => x.action === 'stop');
      assert.equal(stops.length, 1);
      // The same envelope once more after the stop finished: still the first answer, nothing runs.
      assert.deepEqual(await send(), a);
    } finally {
      await nc.drain();
    }
  });
});
