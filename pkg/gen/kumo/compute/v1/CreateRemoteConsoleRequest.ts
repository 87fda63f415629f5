// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * CreateRemoteConsoleRequest asks for a console URL.
 */
export interface CreateRemoteConsoleRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Protocol; empty means "vnc".
   */
  'protocol'?: (string);
  /**
   * Type; empty means "novnc".
   */
  'type'?: (string);
}

/**
 * CreateRemoteConsoleRequest asks for a console URL.
 */
export interface CreateRemoteConsoleRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Protocol; empty means "vnc".
   */
  'protocol': (string);
  /**
   * Type; empty means "novnc".
   */
  'type': (string);
}
