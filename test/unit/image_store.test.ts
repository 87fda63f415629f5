// The JetStream image store against a real nats-server: round trip, limits,
// checksum checks, and that failed uploads leave nothing behind.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import { ImageDataMismatchError, ImageDataNotFoundError, ImageTooLargeError } from '../../pkg/image/errors.js';
import { openImageStore, type ImageStore } from '../../pkg/image/object_store.js';
import { startTestNats, type TestNats } from '../support/nats.js';

let nats: TestNats;
let nc: NatsConnection;
let store: ImageStore;

before(async () => {
  nats = await startTestNats();
  nc = await connect({ servers: nats.url });
  store = await openImageStore(nc, { chunkBytes: 64 * 1024 });
});

after(async () => {
  await nc.close();
  await nats.cleanup();
});

async function* chunks(data: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of source) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

test('put then read returns the same bytes, md5 hex, size; stat and delete', async () => {
  const data = randomBytes(3 * 1024 * 1024 + 17);
  const md5 = createHash('md5').update(data).digest('hex');
  let progress = 0;
  const info = await store.putImageData('img-1', chunks(data, 100_000), { maxBytes: 8 << 20, expectedChecksum: md5.toUpperCase(), onProgress: (n) => (progress = n) });
  assert.deepEqual(info, { size: data.length, checksum: md5 });
  assert.equal(progress, data.length);
  assert.deepEqual(await store.statImageData('img-1'), { size: data.length, checksum: md5 });
  const back = await collect(store.readImageData('img-1'));
  assert.equal(createHash('md5').update(back).digest('hex'), md5);
  assert.equal(await store.deleteImageData('img-1'), true);
  assert.equal(await store.deleteImageData('img-1'), false);
  assert.equal(await store.statImageData('img-1'), null);
  await assert.rejects(collect(store.readImageData('img-1')), ImageDataNotFoundError);
});

test('an upload over the limit fails typed and stores nothing', async () => {
  const data = randomBytes(300_000);
  await assert.rejects(store.putImageData('img-big', chunks(data, 50_000), { maxBytes: 200_000 }), ImageTooLargeError);
  assert.equal(await store.statImageData('img-big'), null);
});

test('a checksum or size mismatch fails typed and stores nothing', async () => {
  const data = randomBytes(200_000);
  await assert.rejects(store.putImageData('img-bad', chunks(data, 50_000), { maxBytes: 1 << 20, expectedChecksum: '0'.repeat(32) }), (err: unknown) => {
    assert.ok(err instanceof ImageDataMismatchError);
    assert.equal(err.reason, 'IMAGE_CHECKSUM_MISMATCH');
    return true;
  });
  await assert.rejects(store.putImageData('img-bad', chunks(data, 50_000), { maxBytes: 1 << 20, expectedSize: 5 }), ImageDataMismatchError);
  assert.equal(await store.statImageData('img-bad'), null);
});

test('a source that throws aborts the upload with its error', async () => {
  async function* broken(): AsyncIterable<Uint8Array> {
    yield new Uint8Array(1000);
    throw new Error('client went away');
  }
  await assert.rejects(store.putImageData('img-abort', broken(), { maxBytes: 1 << 20 }), /client went away/);
  assert.equal(await store.statImageData('img-abort'), null);
});
