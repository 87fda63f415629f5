// Original file: proto/kumo/compute/v1/image.proto


/**
 * DownloadImageDataRequest names the image to read.
 */
export interface DownloadImageDataRequest {
  /**
   * Image id.
   */
  'id'?: (string);
}

/**
 * DownloadImageDataRequest names the image to read.
 */
export interface DownloadImageDataRequest__Output {
  /**
   * Image id.
   */
  'id': (string);
}
