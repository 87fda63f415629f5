// Original file: proto/kumo/compute/v1/console.proto


/**
 * ValidateConsoleTokenResponse says which console the token opens.
 */
export interface ValidateConsoleTokenResponse {
  /**
   * Server id.
   */
  'instance_id'?: (string);
  /**
   * Host running the server.
   */
  'host'?: (string);
  /**
   * Port of the console on that host.
   */
  'port'?: (number);
  /**
   * Path on the host, if any.
   */
  'internal_access_path'?: (string);
  /**
   * Console type, e.g. novnc.
   */
  'console_type'?: (string);
}

/**
 * ValidateConsoleTokenResponse says which console the token opens.
 */
export interface ValidateConsoleTokenResponse__Output {
  /**
   * Server id.
   */
  'instance_id': (string);
  /**
   * Host running the server.
   */
  'host': (string);
  /**
   * Port of the console on that host.
   */
  'port': (number);
  /**
   * Path on the host, if any.
   */
  'internal_access_path': (string);
  /**
   * Console type, e.g. novnc.
   */
  'console_type': (string);
}
