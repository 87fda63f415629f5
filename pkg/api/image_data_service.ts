// ImageService's data RPCs: UploadImageData (client streaming) and
// DownloadImageData (server streaming). The bytes go straight between the
// gRPC stream and the JetStream object store (pkg/image); the image record's
// status moves through the conductor, whose writes are compare-and-set on
// the state log: queued -> saving (StartImageUpload, so only one upload of an
// image runs), then active with size and checksum, or killed
// (FinishImageUpload), as Glance does.
import type { sendUnaryData, ServerReadableStream, ServerWritableStream } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { asKumoError, InvalidArgumentError, KumoError, NotFoundError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { imageStatusText } from '../conductor/catalog.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type {
  DownloadImageDataRequest__Output,
  DownloadImageDataResponse,
  UploadImageDataRequest__Output,
  UploadImageDataResponse,
} from '../gen/types.js';
import { ImageStatusError } from '../image/errors.js';
import { isMd5Hex, openImageStore, type ImageStore } from '../image/object_store.js';
import { apiMetrics } from '../metrics/kumo.js';
import { requireId } from './server_service.js';
import { callEnvelope, failedCall, writeTrailer } from './unary.js';

/** Glance's image_size_cap default: 1 TiB. */
export const DEFAULT_IMAGE_SIZE_CAP = 1024 ** 4;

export interface ImageDataOptions {
  /** Largest image data accepted, in bytes (Glance's image_size_cap). */
  imageSizeCapBytes: number;
}

export interface ImageDataHandlers {
  UploadImageData: (call: ServerReadableStream<UploadImageDataRequest__Output, UploadImageDataResponse>, callback: sendUnaryData<UploadImageDataResponse>) => void;
  DownloadImageData: (call: ServerWritableStream<DownloadImageDataRequest__Output, DownloadImageDataResponse>) => void;
}

/** The client went away (or its deadline passed) mid-upload. */
class UploadCancelledError extends KumoError {
  constructor() {
    super('CANCELLED', 'the upload was cancelled by the client', { reason: 'UPLOAD_CANCELLED' });
  }
}

export function imageDataService(system: ActorSystem, log: Logger, opts: ImageDataOptions): ImageDataHandlers {
  const conductor = system.ref(subjects.conductor(), ConductorProtocol);
  const metrics = apiMetrics();
  // Opened on first use: the bucket is created then if it does not exist yet.
  let store: Promise<ImageStore> | undefined;
  const imageStore = (): Promise<ImageStore> => {
    store ??= openImageStore(system.nc).catch((err: unknown) => {
      store = undefined;
      throw err;
    });
    return store;
  };

  async function upload(call: ServerReadableStream<UploadImageDataRequest__Output, UploadImageDataResponse>, envelope: ReturnType<typeof callEnvelope>): Promise<UploadImageDataResponse> {
    // A cancelled call never ends its readable side: turn the cancellation into an error of the stream.
    call.on('cancelled', () => call.destroy(new UploadCancelledError()));
    const messages = call[Symbol.asyncIterator]() as AsyncIterator<UploadImageDataRequest__Output>;
    const first = await messages.next();
    if (first.done) throw InvalidArgumentError.field('image_id', 'required: the first message names the image');
    const head = first.value;
    const imageId = head.image_id;
    requireId(imageId, 'image_id');
    if (head.checksum && !isMd5Hex(head.checksum)) throw InvalidArgumentError.field('checksum', 'must be an MD5 digest: 32 hex digits');
    if (head.size_bytes < 0) throw InvalidArgumentError.field('size_bytes', 'must not be negative');

    await conductor.call('StartImageUpload', { image_id: imageId }, { parent: envelope });
    async function* chunks(): AsyncGenerator<Uint8Array> {
      if (head.data.length) yield head.data;
      for (;;) {
        const next = await messages.next();
        if (next.done) break;
        if (next.value.data.length) yield next.value.data;
      }
      // Node's http2 ends a reset stream's readable side ('end') before it reports the reset ('close'):
      // a cancelled upload first looks complete. Let the cancellation, if any, arrive before accepting the end.
      await new Promise((resolve) => setImmediate(resolve));
      if (call.cancelled) throw new UploadCancelledError();
    }
    let stored: { size: number; checksum: string };
    try {
      stored = await (await imageStore()).putImageData(imageId, chunks(), {
        maxBytes: opts.imageSizeCapBytes,
        expectedChecksum: head.checksum || undefined,
        expectedSize: head.size_bytes > 0 ? Number(head.size_bytes) : undefined,
      });
    } catch (err) {
      // Nothing was kept (pkg/image purges partial data): the image is KILLED, as Glance leaves a failed upload.
      const reason = asKumoError(err).message;
      await conductor.call('FinishImageUpload', { image_id: imageId, failed: true, reason, size_bytes: 0, checksum: '' }, { parent: envelope }).catch((e: unknown) => {
        log.warn({ err: e, image: imageId }, 'cannot mark the image killed after a failed upload');
      });
      throw err;
    }
    if (call.cancelled) {
      // Seen only now (after the store's round trips): the data may be truncated, so it is not kept.
      await (await imageStore()).deleteImageData(imageId).catch(() => undefined);
      await conductor.call('FinishImageUpload', { image_id: imageId, failed: true, reason: 'cancelled by the client', size_bytes: 0, checksum: '' }, { parent: envelope }).catch((e: unknown) => {
        log.warn({ err: e, image: imageId }, 'cannot mark the image killed after a cancelled upload');
      });
      throw new UploadCancelledError();
    }
    try {
      const done = await conductor.call('FinishImageUpload', { image_id: imageId, failed: false, reason: '', size_bytes: stored.size, checksum: stored.checksum }, { parent: envelope });
      return { image: done.image };
    } catch (err) {
      // Deleted while it uploaded: its data must not outlive it.
      if (err instanceof NotFoundError || err instanceof ImageStatusError) await (await imageStore()).deleteImageData(imageId).catch(() => undefined);
      throw err;
    }
  }

  async function download(call: ServerWritableStream<DownloadImageDataRequest__Output, DownloadImageDataResponse>, envelope: ReturnType<typeof callEnvelope>): Promise<void> {
    requireId(call.request.id);
    const { image } = await conductor.call('GetImage', { id: call.request.id }, { parent: envelope });
    if (!image) throw new NotFoundError('image', call.request.id);
    if (image.status !== 'IMAGE_STATUS_ACTIVE') throw new ImageStatusError(image.id, imageStatusText(image.status), 'download', 'active');
    let sentImage = false;
    for await (const chunk of (await imageStore()).readImageData(image.id)) {
      if (call.cancelled) return;
      const more = call.write({ image: sentImage ? null : image, data: chunk });
      sentImage = true;
      // Backpressure: wait for the client to read before fetching more chunks.
      if (!more) await new Promise<void>((resolve) => {
        const done = (): void => {
          call.off('drain', done);
          call.off('cancelled', done);
          resolve();
        };
        call.on('drain', done);
        call.on('cancelled', done);
      });
    }
    // An empty image: the record still goes out.
    if (!sentImage) call.write({ image, data: Buffer.alloc(0) });
  }

  return {
    UploadImageData: (call, callback) => {
      const started = performance.now();
      const envelope = callEnvelope(call, 'UploadImageData');
      upload(call, envelope)
        .then(async (res) => {
          metrics.done('UploadImageData', 0, started);
          callback(null, res, await writeTrailer(log, envelope.projectId));
        })
        .catch((err: unknown) => {
          const se = failedCall(log, envelope, err);
          metrics.done('UploadImageData', se.code ?? 2, started);
          callback(se, null);
        });
    },
    DownloadImageData: (call) => {
      const started = performance.now();
      const envelope = callEnvelope(call, 'DownloadImageData');
      download(call, envelope).then(
        () => {
          metrics.done('DownloadImageData', 0, started);
          call.end();
        },
        (err: unknown) => {
          const se = failedCall(log, envelope, err);
          metrics.done('DownloadImageData', se.code ?? 2, started);
          if (!call.cancelled) call.emit('error', se);
        },
      );
    },
  };
}
