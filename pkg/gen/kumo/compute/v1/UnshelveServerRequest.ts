// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * UnshelveServerRequest is the request of UnshelveServer.
 */
export interface UnshelveServerRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Zone to unshelve into; empty for any.
   */
  'availability_zone'?: (string);
}

/**
 * UnshelveServerRequest is the request of UnshelveServer.
 */
export interface UnshelveServerRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Zone to unshelve into; empty for any.
   */
  'availability_zone': (string);
}
