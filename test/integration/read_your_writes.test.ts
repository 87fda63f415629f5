// Read your writes across conductors: a client's Get and List, answered by
// whichever of two conductors takes the message, always show the client's
// own last write, with no sleeps and no `since` (pkg/api/read_your_writes.ts,
// pkg/conductor/read_your_writes.ts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Metadata } from '@grpc/grpc-js';
import { codec } from '../../pkg/actor/codec.js';
import { KumoClient } from '../../pkg/client/client.js';
import type * as g from '../../pkg/gen/types.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { waitStatus } from '../support/expect.js';

let cloud: TestCloud;
let serverId = '';

describe('read your writes', { timeout: 240_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'ryw', hosts: 1 }], conductors: 2 });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: 'ryw', name: 'ryw', vcpus: 1, ram_mb: 64, disk_gb: 1 } });
    const imageId = (await cloud.client.images.CreateImage({ image: { name: 'cirros' } })).image!.id;
    const { servers } = await cloud.client.servers.api.CreateServer({ name: 'ryw', flavor_id: 'ryw', image_id: imageId });
    serverId = servers[0]!.id;
    await waitStatus(cloud.client, serverId, 'SERVER_STATUS_ACTIVE');
  });
  after(async () => {
    await cloud?.stop();
  });

  test('200 writes, each read back at once through 2 conductors, never miss', async () => {
    const misses: string[] = [];
    for (let i = 0; i < 200; i++) {
      const value = String(i);
      await cloud.client.servers.api.SetServerMetadata({ id: serverId, metadata: { round: value } });
      const got = (await cloud.client.servers.api.GetServer({ id: serverId })).server!;
      if (got.metadata['round'] !== value) misses.push(`get after metadata ${value}: ${got.metadata['round']}`);
      const listed = (await cloud.client.servers.api.ListServers({})).servers.find((s) => s.id === serverId);
      if (listed?.metadata['round'] !== value) misses.push(`list after metadata ${value}: ${listed?.metadata['round']}`);
      // A catalog write answered by one conductor, read through either.
      const flavorId = `ryw-${i}`;
      await cloud.client.flavors.CreateFlavor({ flavor: { id: flavorId, name: flavorId, vcpus: 1, ram_mb: 64, disk_gb: 1 } });
      const flavor = await cloud.client.flavors.get(flavorId).catch((err: unknown) => String(err));
      if (typeof flavor === 'string') misses.push(`get flavor ${flavorId}: ${flavor}`);
    }
    assert.deepEqual(misses, []);
  });

  test('an x-kumo-min-seq past the log end is capped: the read is answered, not UNAVAILABLE', async () => {
    const req = codec<g.GetServerRequest, g.GetServerRequest__Output>('kumo.compute.v1.GetServerRequest');
    const res = codec<g.GetServerResponse, g.GetServerResponse__Output>('kumo.compute.v1.GetServerResponse');
    const md = new Metadata();
    md.set('x-kumo-min-seq', '999999999999');
    const started = Date.now();
    const got = await new Promise<g.GetServerResponse__Output>((resolve, reject) =>
      cloud.client.grpc.makeUnaryRequest(
        '/kumo.compute.v1.ServerService/GetServer',
        (r: g.GetServerRequest) => Buffer.from(req.encode(r)),
        (b: Buffer) => res.decode(b),
        { id: serverId },
        md,
        (err, value) => (err ? reject(err) : resolve(value!)),
      ),
    );
    assert.equal(got.server!.id, serverId);
    // One bounded wait (2 s) before the conductor looks at the log's end, not one per retry.
    assert.ok(Date.now() - started < 10_000);
  });

  test('the API returns the write sequence, and a fresh client of the same project also reads it (per-project memory)', async () => {
    const other = new KumoClient({ url: cloud.endpoint });
    try {
      for (let i = 0; i < 50; i++) {
        const value = `fresh-${i}`;
        await cloud.client.servers.api.SetServerMetadata({ id: serverId, metadata: { round: value } });
        const got = (await other.servers.api.GetServer({ id: serverId })).server!;
        assert.equal(got.metadata['round'], value);
      }
    } finally {
      other.close();
    }
  });
});
