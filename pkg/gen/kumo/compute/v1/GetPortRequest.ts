// Original file: proto/kumo/compute/v1/network.proto


/**
 * GetPortRequest names a port.
 */
export interface GetPortRequest {
  /**
   * Port id.
   */
  'id'?: (string);
}

/**
 * GetPortRequest names a port.
 */
export interface GetPortRequest__Output {
  /**
   * Port id.
   */
  'id': (string);
}
