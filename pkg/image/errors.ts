// Errors of the image data path. Typed here; the API edge maps the code to a
// gRPC status (Glance answers 413 for an oversized upload, hence
// RESOURCE_EXHAUSTED; 400 for a checksum mismatch, hence INVALID_ARGUMENT).
import { KumoError, registerErrorClass } from '../actor/errors.js';

/** No data object is stored for the image. */
export class ImageDataNotFoundError extends KumoError {
  constructor(imageId: string) {
    super('NOT_FOUND', `no data stored for image ${imageId}`, { reason: 'IMAGE_DATA_NOT_FOUND', metadata: { kind: 'image data', id: imageId } });
  }
}

/** The upload passed the configured size limit; nothing was kept. */
export class ImageTooLargeError extends KumoError {
  constructor(imageId: string, maxBytes: number) {
    super('RESOURCE_EXHAUSTED', `image ${imageId} data exceeds the limit of ${maxBytes} bytes`, {
      reason: 'IMAGE_SIZE_LIMIT_EXCEEDED',
      metadata: { image_id: imageId, max_bytes: String(maxBytes) },
    });
  }
}

/** The data did not match the checksum or size the uploader announced; nothing was kept. */
export class ImageDataMismatchError extends KumoError {
  constructor(imageId: string, field: 'checksum' | 'size', expected: string, actual: string) {
    super('INVALID_ARGUMENT', `image ${imageId} data ${field} mismatch: expected ${expected}, got ${actual}`, {
      reason: field === 'checksum' ? 'IMAGE_CHECKSUM_MISMATCH' : 'IMAGE_SIZE_MISMATCH',
      fieldViolations: [{ field: field === 'checksum' ? 'checksum' : 'size_bytes', description: `expected ${expected}, got ${actual}` }],
      metadata: { image_id: imageId, expected, actual },
    });
  }
}

for (const cls of [ImageDataNotFoundError, ImageTooLargeError, ImageDataMismatchError]) registerErrorClass(cls);

/** The image is in the wrong status for the operation (Glance answers 409 Conflict). */
export class ImageStatusError extends KumoError {
  constructor(imageId: string, status: string, operation: string, wanted: string) {
    super('FAILED_PRECONDITION', `cannot ${operation} image ${imageId} while it is ${status}; it must be ${wanted}`, {
      reason: 'IMAGE_STATUS_CONFLICT',
      metadata: { image_id: imageId, status, wanted },
    });
  }
}

registerErrorClass(ImageStatusError);
