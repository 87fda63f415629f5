// Original file: proto/kumo/internal/v1/image_data.proto


/**
 * StartImageUploadRequest asks the conductor to move a QUEUED image to
 * SAVING before its data streams into the object store (one upload at a
 * time: the compare-and-set on the image's generation decides).
 */
export interface StartImageUploadRequest {
  /**
   * Image id.
   */
  'image_id'?: (string);
}

/**
 * StartImageUploadRequest asks the conductor to move a QUEUED image to
 * SAVING before its data streams into the object store (one upload at a
 * time: the compare-and-set on the image's generation decides).
 */
export interface StartImageUploadRequest__Output {
  /**
   * Image id.
   */
  'image_id': (string);
}
