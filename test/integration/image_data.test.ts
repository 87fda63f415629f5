// The image data path against a cloud of real processes (api, conductor,
// scheduler, compute over a private nats-server with JetStream and the
// generated per-process NATS permissions): uploads
// stream into the object store and downloads stream out byte for byte;
// checksum, size and status rules as Glance's; the CLI round trip.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { connect } from 'nats';
import { FailedPreconditionError, InvalidArgumentError, KumoApiError, KumoClient, NotFoundError } from '../../pkg/client/index.js';
import type { Image__Output } from '../../pkg/gen/types.js';
import { openImageStore } from '../../pkg/image/object_store.js';
import { inboxPrefix, readNatsCreds } from '../../pkg/security/nats_creds.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { waitStatus } from '../support/expect.js';
import { tempDir } from '../support/nats.js';

const KUMO = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'cmd', 'kumo', 'main.js');
const CAP = 8 * 1024 * 1024;
const md5 = (b: Uint8Array): string => createHash('md5').update(b).digest('hex');

let cloud: TestCloud;
let kumo: KumoClient;
const dir = tempDir('kumo-image-data-');

async function* pieces(data: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function downloadAll(client: KumoClient, id: string): Promise<{ image: Image__Output; data: Buffer }> {
  const parts: Buffer[] = [];
  let image: Image__Output | undefined;
  for await (const m of client.images.download(id)) {
    image = m.image;
    parts.push(Buffer.from(m.data));
  }
  return { image: image!, data: Buffer.concat(parts) };
}

async function storedSize(id: string): Promise<number | null> {
  // As the api process does, with its generated NATS credential (the cloud runs with NATS authorization).
  const creds = readNatsCreds(cloud.authz!.creds['api']!);
  const nc = await connect({ servers: cloud.nats.url, user: creds.user, pass: creds.password, inboxPrefix: inboxPrefix(creds.user) });
  try {
    return (await (await openImageStore(nc)).statImageData(id))?.size ?? null;
  } finally {
    await nc.close();
  }
}

function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KUMO, '--url', cloud.endpoint, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout, err: stderr });
    });
  });
}

describe('image data through the API', { timeout: 180_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'img', hosts: 1 }], natsAuthz: true, envOf: { 'kumo-api': { KUMO_IMAGE_SIZE_CAP: String(CAP) } } });
    kumo = new KumoClient({ url: cloud.endpoint, project: 'p-images' });
  });

  after(async () => {
    kumo?.close();
    await cloud?.stop();
    dir.remove();
  });

  test('upload multi-MiB data: queued -> active with size and MD5; download is byte-identical; delete removes the data', async () => {
    const data = randomBytes(5 * 1024 * 1024 + 123);
    const created = await kumo.images.create({ name: 'random', disk_format: 'raw' });
    assert.equal(created.status, 'IMAGE_STATUS_ACTIVE', 'a record without data is active at once (as before)');
    const queued = (await kumo.images.CreateImage({ image: { name: 'random-data', disk_format: 'raw' }, will_upload: true })).image!;
    assert.equal(queued.status, 'IMAGE_STATUS_QUEUED');
    // A queued image has no data to download.
    await assert.rejects(downloadAll(kumo, queued.id), (err: unknown) => {
      assert.ok(err instanceof FailedPreconditionError, String(err));
      assert.match(err.message, /queued/);
      return true;
    });
    const started = performance.now();
    let progress = 0;
    const active = await kumo.images.upload(queued.id, pieces(data, 300_000), { checksum: md5(data), onProgress: (n) => (progress = n) });
    const uploadMs = performance.now() - started;
    assert.equal(active.status, 'IMAGE_STATUS_ACTIVE');
    assert.equal(Number(active.size_bytes), data.length);
    assert.equal(active.checksum, md5(data));
    assert.equal(progress, data.length);
    assert.equal((await kumo.images.get(queued.id)).status, 'IMAGE_STATUS_ACTIVE');
    const t0 = performance.now();
    const back = await downloadAll(kumo, queued.id);
    const downloadMs = performance.now() - t0;
    assert.equal(back.data.length, data.length);
    assert.equal(md5(back.data), md5(data));
    assert.equal(back.image.checksum, md5(data));
    console.log(`# 5 MiB upload ${uploadMs.toFixed(0)} ms, download ${downloadMs.toFixed(0)} ms`);
    // Uploading again: the image is not queued any more.
    await assert.rejects(kumo.images.upload(queued.id, pieces(data, 300_000)), (err: unknown) => {
      assert.ok(err instanceof FailedPreconditionError, String(err));
      assert.match(err.message, /active/);
      return true;
    });
    assert.equal(await storedSize(queued.id), data.length);
    await kumo.images.delete(queued.id);
    assert.equal(await storedSize(queued.id), null, 'deleting the image deletes its data');
  });

  test('a checksum mismatch kills the image and keeps no data', async () => {
    const data = randomBytes(700_000);
    const image = (await kumo.images.CreateImage({ image: { name: 'bad-sum' }, will_upload: true })).image!;
    await assert.rejects(kumo.images.upload(image.id, pieces(data, 100_000), { checksum: '0'.repeat(32) }), (err: unknown) => {
      assert.ok(err instanceof InvalidArgumentError, String(err));
      assert.equal(err.reason, 'IMAGE_CHECKSUM_MISMATCH');
      return true;
    });
    assert.equal((await kumo.images.get(image.id)).status, 'IMAGE_STATUS_KILLED');
    assert.equal(await storedSize(image.id), null);
    await assert.rejects(downloadAll(kumo, image.id), /killed/);
  });

  test('an upload over the size cap is RESOURCE_EXHAUSTED and kills the image', async () => {
    const image = (await kumo.images.CreateImage({ image: { name: 'too-big' }, will_upload: true })).image!;
    await assert.rejects(kumo.images.upload(image.id, pieces(randomBytes(CAP + 1), 256 * 1024)), (err: unknown) => {
      assert.ok(err instanceof KumoApiError, String(err));
      assert.equal(err.code, 8 /* RESOURCE_EXHAUSTED */);
      assert.equal(err.reason, 'IMAGE_SIZE_LIMIT_EXCEEDED');
      return true;
    });
    assert.equal((await kumo.images.get(image.id)).status, 'IMAGE_STATUS_KILLED');
    assert.equal(await storedSize(image.id), null);
  });

  test('an upload the client abandons midway leaves the image killed and no data', async () => {
    const image = (await kumo.images.CreateImage({ image: { name: 'abandoned' }, will_upload: true })).image!;
    const abort = new AbortController();
    async function* slow(): AsyncIterable<Uint8Array> {
      for (let i = 0; ; i++) {
        yield randomBytes(64 * 1024);
        // Midway: once the API took the upload (the image is saving). Aborted before the API read the
        // first message, the upload never started and the image rightly stays queued (a CI run did that).
        if (i >= 3 && (await kumo.images.get(image.id)).status === 'IMAGE_STATUS_SAVING') abort.abort(new Error('user pressed Ctrl-C'));
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    await assert.rejects(kumo.images.upload(image.id, slow(), { signal: abort.signal }), /Ctrl-C/);
    const until = Date.now() + 10_000;
    while ((await kumo.images.get(image.id)).status !== 'IMAGE_STATUS_KILLED') {
      assert.ok(Date.now() < until, 'the abandoned upload did not kill the image');
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(await storedSize(image.id), null);
  });

  test("another project's private image is NOT_FOUND for upload and download", async () => {
    const data = randomBytes(10_000);
    const mine = (await kumo.images.CreateImage({ image: { name: 'private', visibility: 'private' }, will_upload: true })).image!;
    const other = new KumoClient({ url: cloud.endpoint, project: 'p-someone-else' });
    try {
      await assert.rejects(other.images.upload(mine.id, pieces(data, 5000)), NotFoundError);
      assert.equal((await kumo.images.get(mine.id)).status, 'IMAGE_STATUS_QUEUED', 'a refused upload changes nothing');
      await kumo.images.upload(mine.id, pieces(data, 5000));
      await assert.rejects(downloadAll(other, mine.id), NotFoundError);
      assert.equal(md5((await downloadAll(kumo, mine.id)).data), md5(data));
    } finally {
      other.close();
    }
  });

  test('a first message without image_id is INVALID_ARGUMENT naming the field', async () => {
    await assert.rejects(kumo.images.upload('', pieces(randomBytes(10), 10)), (err: unknown) => {
      assert.ok(err instanceof InvalidArgumentError, String(err));
      assert.deepEqual(err.fieldViolations.map((v) => v.field), ['image_id']);
      return true;
    });
  });

  test('a snapshot with the fake driver: queued, then active with the size and MD5 of the (synthetic) data it stored', async () => {
    await kumo.flavors.create({ id: 'img1', name: 'img1', vcpus: 1, ram_mb: 128, disk_gb: 1 });
    const base = await kumo.images.create({ name: 'snap-base' });
    const s = await kumo.servers.create({ name: 'snapper', flavor_id: 'img1', image_id: base.id });
    await waitStatus(kumo, s.id, 'SERVER_STATUS_ACTIVE', 30_000);
    const { image } = await kumo.servers.createImage(s.id, 'snapper-snap');
    assert.equal(image.status, 'IMAGE_STATUS_QUEUED');
    const until = Date.now() + 30_000;
    let now = image;
    while (now.status !== 'IMAGE_STATUS_ACTIVE') {
      assert.ok(Date.now() < until, `snapshot image still ${now.status}`);
      await new Promise((r) => setTimeout(r, 100));
      now = await kumo.images.get(image.id);
    }
    const { data } = await downloadAll(kumo, image.id);
    // The fake hypervisor has no disk: it stores a short text saying what it is.
    assert.match(data.toString(), /^kumo fake snapshot\nserver /);
    assert.equal(Number(now.size_bytes), data.length);
    assert.equal(now.checksum, md5(data));
  });

  test('CLI: image create --file uploads, image save downloads the same bytes', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 5);
    const src = join(dir.path, 'guest.qcow2');
    const dst = join(dir.path, 'copy.qcow2');
    writeFileSync(src, data);
    const created = await cli('image', 'create', '--file', src, '--disk-format', 'qcow2', '--container-format', 'bare', 'cli-guest', '-f', 'json');
    assert.equal(created.code, 0, created.err);
    const shown = JSON.parse(created.out) as Record<string, unknown>;
    assert.equal(shown['status'], 'active');
    assert.equal(shown['checksum'], md5(data));
    assert.equal(Number(shown['size']), data.length);
    const saved = await cli('image', 'save', '--file', dst, 'cli-guest');
    assert.equal(saved.code, 0, saved.err);
    assert.equal(md5(readFileSync(dst)), md5(data));
    // A missing file fails before anything is created.
    const missing = await cli('image', 'create', '--file', join(dir.path, 'nope.qcow2'), 'ghost');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /cannot read image file/);
    const list = await cli('image', 'list', '-f', 'json');
    assert.ok(!(JSON.parse(list.out) as Array<{ Name: string }>).some((i) => i.Name === 'ghost'));
  });
});
