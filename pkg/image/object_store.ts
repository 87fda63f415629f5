// Image data in a JetStream object store, so every node reads the same bytes
// (the role Glance's backend store plays for Nova). One object per image,
// named by the image id; nats.js splits it into chunk messages and verifies
// its own SHA-256 digest on read. On top of that we compute the MD5 hex
// checksum Glance reports (Image.checksum) while the bytes stream in, and we
// keep it in the object's metadata so it can be read back without the data.
//
// Limits and checksums are enforced inside the stream we hand to nats.js: a
// failure errors that stream before its last chunk, so nats.js purges the
// chunks it wrote and never publishes the object's metadata. A failed upload
// therefore leaves nothing behind.
import { createHash } from 'node:crypto';
import { StorageType, type NatsConnection, type ObjectStore } from 'nats';
import { ImageDataMismatchError, ImageDataNotFoundError, ImageTooLargeError } from './errors.js';

export const DEFAULT_IMAGE_BUCKET = 'kumo-images';
/** Bytes per stored chunk message; below NATS's default 1 MiB max_payload. */
export const DEFAULT_CHUNK_BYTES = 128 * 1024;
const CHECKSUM_KEY = 'kumo-md5';

/** What is stored for one image. checksum is MD5 hex, as Glance's `checksum`. */
export interface ImageDataInfo {
  size: number;
  checksum: string;
}

export interface PutImageDataOptions {
  /** Hard limit; the upload fails with ImageTooLargeError past it. */
  maxBytes: number;
  /** MD5 hex the uploader announced; a mismatch fails with ImageDataMismatchError. */
  expectedChecksum?: string;
  /** Size the uploader announced; a mismatch fails with ImageDataMismatchError. */
  expectedSize?: number;
  /** Called with the running byte count as data arrives (progress display). */
  onProgress?: (bytes: number) => void;
}

/** The image data store every node uses. */
export interface ImageStore {
  /** Streams `source` into the object for `imageId`, replacing any previous data. */
  putImageData(imageId: string, source: AsyncIterable<Uint8Array>, opts: PutImageDataOptions): Promise<ImageDataInfo>;
  /**
   * Streams the image's data; the first iteration throws ImageDataNotFoundError if none is stored.
   * Note: nats.js pushes the object's chunks as fast as NATS sends them, so a reader slower than
   * NATS (a slow download) makes the object accumulate in this process's memory.
   */
  readImageData(imageId: string): AsyncIterable<Uint8Array>;
  /** Size and checksum of the stored data, or null if none is stored. */
  statImageData(imageId: string): Promise<ImageDataInfo | null>;
  /** Removes the image's data; false if there was none. */
  deleteImageData(imageId: string): Promise<boolean>;
}

export interface ImageStoreOptions {
  bucket?: string;
  /** 'file' (default) survives a nats-server restart; 'memory' for throwaway stores. */
  storage?: 'file' | 'memory';
  chunkBytes?: number;
}

/** Opens (creating if needed) the image bucket on the connection's JetStream. */
export async function openImageStore(nc: NatsConnection, opts: ImageStoreOptions = {}): Promise<ImageStore> {
  const os = await nc.jetstream().views.os(opts.bucket ?? DEFAULT_IMAGE_BUCKET, {
    storage: opts.storage === 'memory' ? StorageType.Memory : StorageType.File,
    description: 'Kumo image data',
  });
  return new JetStreamImageStore(os, opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
}

/** Normalises a checksum the user typed (hex, any case). */
export function normaliseChecksum(checksum: string): string {
  return checksum.trim().toLowerCase();
}

export function isMd5Hex(value: string): boolean {
  return /^[0-9a-f]{32}$/.test(normaliseChecksum(value));
}

class JetStreamImageStore implements ImageStore {
  constructor(
    private readonly os: ObjectStore,
    private readonly chunkBytes: number,
  ) {}

  async putImageData(imageId: string, source: AsyncIterable<Uint8Array>, opts: PutImageDataOptions): Promise<ImageDataInfo> {
    const md5 = createHash('md5');
    let size = 0;
    let failure: Error | undefined;
    // The checksum is only known at the end, but nats.js serialises the
    // object's metadata after the stream closes: expose it through a getter.
    let digest = '';
    const metadata: Record<string, string> = {};
    Object.defineProperty(metadata, CHECKSUM_KEY, { enumerable: true, get: () => digest });
    const iterator = source[Symbol.asyncIterator]();
    const fail = (controller: ReadableStreamDefaultController<Uint8Array>, err: Error): void => {
      failure = err;
      controller.error(err);
      // Stop the producer (e.g. the gRPC call) instead of draining it.
      void iterator.return?.().catch(() => undefined);
    };
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        let step: IteratorResult<Uint8Array>;
        try {
          step = await iterator.next();
        } catch (err) {
          failure = err instanceof Error ? err : new Error(String(err));
          controller.error(failure);
          return;
        }
        if (step.done) {
          const checksum = md5.digest('hex');
          if (opts.expectedSize !== undefined && opts.expectedSize !== size) {
            return fail(controller, new ImageDataMismatchError(imageId, 'size', String(opts.expectedSize), String(size)));
          }
          if (opts.expectedChecksum && normaliseChecksum(opts.expectedChecksum) !== checksum) {
            return fail(controller, new ImageDataMismatchError(imageId, 'checksum', normaliseChecksum(opts.expectedChecksum), checksum));
          }
          digest = checksum;
          controller.close();
          return;
        }
        const chunk = step.value;
        if (chunk.length === 0) return;
        size += chunk.length;
        if (size > opts.maxBytes) return fail(controller, new ImageTooLargeError(imageId, opts.maxBytes));
        md5.update(chunk);
        opts.onProgress?.(size);
        controller.enqueue(chunk);
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    try {
      const info = await this.os.put({ name: imageId, metadata, options: { max_chunk_size: this.chunkBytes } }, stream);
      return { size: info.size, checksum: digest };
    } catch (err) {
      throw failure ?? err;
    }
  }

  async *readImageData(imageId: string): AsyncIterable<Uint8Array> {
    const result = await this.os.get(imageId);
    if (!result) throw new ImageDataNotFoundError(imageId);
    const reader = result.data.getReader();
    let finished = false;
    try {
      while (true) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value && value.length) yield value;
      }
      finished = true;
    } finally {
      // A reader that stopped early (a download cancelled) stops the consumer feeding it.
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
    // nats.js checks its SHA-256 digest once the stream ends.
    const err = await result.error;
    if (err) throw err;
  }

  async statImageData(imageId: string): Promise<ImageDataInfo | null> {
    const info = await this.os.info(imageId);
    if (!info || info.deleted) return null;
    return { size: info.size, checksum: info.metadata?.[CHECKSUM_KEY] ?? '' };
  }

  async deleteImageData(imageId: string): Promise<boolean> {
    const info = await this.os.info(imageId);
    if (!info || info.deleted) return false;
    await this.os.delete(imageId);
    return true;
  }
}

/**
 * The NATS subjects a process must be allowed to publish to for using the
 * image bucket (nats.js builds them; listed here for generated NATS
 * permissions, pkg/security/nats_authz.ts): the object's chunk and metadata
 * subjects, and the JetStream API calls put/get/info/delete make on its
 * stream (OBJ_<bucket>). Replies come back on the process's inbox.
 */
export function imageStorePermissions(bucket = DEFAULT_IMAGE_BUCKET): string[] {
  const stream = `OBJ_${bucket}`;
  const api = (s: string): string => `$JS.API.${s}`;
  return [
    `$O.${bucket}.>`,
    api('INFO'),
    api(`STREAM.INFO.${stream}`),
    api(`STREAM.CREATE.${stream}`),
    api(`STREAM.PURGE.${stream}`),
    api(`STREAM.MSG.GET.${stream}`),
    api(`DIRECT.GET.${stream}.>`),
    // get() reads through an ordered consumer (old and new consumer-create APIs).
    api(`CONSUMER.CREATE.${stream}`),
    api(`CONSUMER.CREATE.${stream}.>`),
    api(`CONSUMER.DELETE.${stream}.>`),
    api(`CONSUMER.INFO.${stream}.>`),
  ];
}
