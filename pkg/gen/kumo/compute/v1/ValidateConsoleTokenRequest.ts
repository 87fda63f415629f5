// Original file: proto/kumo/compute/v1/console.proto


/**
 * ValidateConsoleTokenRequest carries the token from the console URL.
 */
export interface ValidateConsoleTokenRequest {
  /**
   * The token.
   */
  'token'?: (string);
}

/**
 * ValidateConsoleTokenRequest carries the token from the console URL.
 */
export interface ValidateConsoleTokenRequest__Output {
  /**
   * The token.
   */
  'token': (string);
}
