// Image data for the SDK: upload from a file, a Node stream or any async
// iterable of bytes (UploadImageData, client streaming), and download to a
// file or as an async iterable (DownloadImageData, server streaming). The
// MD5 checksum is computed while uploading and sent with the first message
// only when the caller gives one (the API checks it); downloads are checked
// against the image's checksum as they end.
import type { ClientWritableStream, ServiceError, StatusObject } from '@grpc/grpc-js';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { ImageServiceDefinition } from '../gen/kumo/compute/v1/ImageService.js';
import type { Image__Output, UploadImageDataRequest } from '../gen/types.js';
import { KumoApiError } from './errors.js';
import { callMetadata, type Transport } from './transport.js';
import { serverStream, type StreamContext, type StreamOptions } from './watch.js';

/** Bytes per upload message: well below the API's 1 MiB message limit. */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;

export type ImageDataContext = StreamContext & Pick<Transport, 'seen'> & { definition: ImageServiceDefinition };

export interface UploadOptions extends StreamOptions {
  /** MD5 hex the data must have; the API refuses (and kills the image) on a mismatch. */
  checksum?: string;
  /** Size the data must have. */
  sizeBytes?: number;
  /** Called with the bytes sent so far. */
  onProgress?: (sentBytes: number) => void;
}

export interface DownloadOptions extends StreamOptions {
  /** Called with the bytes received so far and the image's size. */
  onProgress?: (receivedBytes: number, totalBytes: number) => void;
}

/** The downloaded data did not match the image's checksum. */
export class ImageChecksumError extends Error {
  constructor(
    readonly imageId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`image ${imageId}: downloaded data has MD5 ${actual}, the image says ${expected}`);
    this.name = new.target.name;
  }
}

/** Splits whatever the source yields into messages of at most UPLOAD_CHUNK_BYTES. */
async function* rechunk(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const piece of source) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
    for (let i = 0; i < bytes.length; i += UPLOAD_CHUNK_BYTES) yield bytes.subarray(i, i + UPLOAD_CHUNK_BYTES);
  }
}

/** Streams `source` (a file path, or bytes) into the QUEUED image `imageId`; resolves with the ACTIVE image. */
export async function uploadImageData(ctx: ImageDataContext, imageId: string, source: string | AsyncIterable<Uint8Array | string>, opts: UploadOptions = {}): Promise<Image__Output> {
  opts.signal?.throwIfAborted();
  let sizeBytes = opts.sizeBytes;
  if (typeof source === 'string') sizeBytes ??= (await stat(source)).size;
  const data = typeof source === 'string' ? createReadStream(source) : source;
  const { metadata } = await callMetadata(ctx);
  if (ctx.seen?.seq) metadata.set('x-kumo-min-seq', String(ctx.seen.seq));
  const deadline = opts.timeoutMs === undefined ? Infinity : Date.now() + Math.max(0, opts.timeoutMs);
  const def = ctx.definition.UploadImageData;
  let call!: ClientWritableStream<UploadImageDataRequest>;
  const answer = new Promise<Image__Output>((resolve, reject) => {
    call = ctx.client.makeClientStreamRequest(
      def.path,
      (value: UploadImageDataRequest) => def.requestSerialize(value),
      (buf: Buffer) => def.responseDeserialize(buf),
      metadata,
      { deadline },
      (err: ServiceError | null, res?: { image: Image__Output | null }) => {
        if (err) reject(KumoApiError.from(err, 'UploadImageData'));
        else if (!res?.image) reject(new Error('UploadImageData answered without image'));
        else resolve(res.image);
      },
    );
  });
  call.on('status', (st: StatusObject) => {
    const seq = Number(st.metadata?.get('x-kumo-seq')[0] ?? 0);
    if (ctx.seen && seq > ctx.seen.seq) ctx.seen.seq = seq;
  });
  const cancel = (): void => call.cancel();
  opts.signal?.addEventListener('abort', cancel, { once: true });
  // The API may answer early (a refusal): stop sending then.
  let answered = false;
  answer.then(
    () => (answered = true),
    () => (answered = true),
  );
  try {
    const write = (msg: UploadImageDataRequest): Promise<void> =>
      new Promise((resolve) => {
        if (call.write(msg)) resolve();
        else call.once('drain', () => resolve());
      });
    await write({ image_id: imageId, checksum: opts.checksum ?? '', size_bytes: sizeBytes ?? 0 });
    let sent = 0;
    for await (const chunk of rechunk(data)) {
      if (answered) break;
      await Promise.race([write({ data: chunk }), answer.catch(() => undefined)]);
      sent += chunk.length;
      opts.onProgress?.(sent);
    }
    call.end();
    return await answer;
  } catch (err) {
    call.cancel();
    opts.signal?.throwIfAborted();
    throw err;
  } finally {
    opts.signal?.removeEventListener('abort', cancel);
  }
}

/** The image record, then its data in chunks; the checksum is verified at the end. */
export async function* downloadImageData(ctx: ImageDataContext, imageId: string, opts: DownloadOptions = {}): AsyncGenerator<{ image: Image__Output; data: Uint8Array }> {
  const md5 = createHash('md5');
  let image: Image__Output | undefined;
  let received = 0;
  for await (const m of serverStream(ctx, ctx.definition.DownloadImageData, 'DownloadImageData', { id: imageId }, opts)) {
    image ??= m.image ?? undefined;
    if (!image) throw new Error('DownloadImageData sent data before the image');
    md5.update(m.data);
    received += m.data.length;
    opts.onProgress?.(received, Number(image.size_bytes));
    yield { image, data: m.data };
  }
  const actual = md5.digest('hex');
  if (image?.checksum && image.checksum !== actual) throw new ImageChecksumError(imageId, image.checksum, actual);
}

/** Downloads into `path` (written to a temporary name, renamed when complete and verified). */
export async function downloadImageDataToFile(ctx: ImageDataContext, imageId: string, path: string, opts: DownloadOptions = {}): Promise<Image__Output> {
  const partial = `${path}.part`;
  let image: Image__Output | undefined;
  try {
    await pipeline(
      async function* () {
        for await (const m of downloadImageData(ctx, imageId, opts)) {
          image = m.image;
          yield m.data;
        }
      },
      createWriteStream(partial),
    );
    await rename(partial, path);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return image!;
}
