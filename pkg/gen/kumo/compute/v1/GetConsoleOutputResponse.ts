// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * GetConsoleOutputResponse carries the console log text.
 */
export interface GetConsoleOutputResponse {
  /**
   * The console output.
   */
  'output'?: (string);
}

/**
 * GetConsoleOutputResponse carries the console log text.
 */
export interface GetConsoleOutputResponse__Output {
  /**
   * The console output.
   */
  'output': (string);
}
