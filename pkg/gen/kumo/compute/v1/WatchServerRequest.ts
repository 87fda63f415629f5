// Original file: proto/kumo/compute/v1/server_watch.proto


/**
 * WatchServerRequest names the server to watch.
 */
export interface WatchServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
}

/**
 * WatchServerRequest names the server to watch.
 */
export interface WatchServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
}
