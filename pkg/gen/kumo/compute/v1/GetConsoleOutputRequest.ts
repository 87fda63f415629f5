// Original file: proto/kumo/compute/v1/server_action.proto


/**
 * GetConsoleOutputRequest asks for the tail of a server's console log.
 */
export interface GetConsoleOutputRequest {
  /**
   * Server id.
   */
  'id'?: (string);
  /**
   * Number of lines from the end; 0 for all.
   */
  'length'?: (number);
}

/**
 * GetConsoleOutputRequest asks for the tail of a server's console log.
 */
export interface GetConsoleOutputRequest__Output {
  /**
   * Server id.
   */
  'id': (string);
  /**
   * Number of lines from the end; 0 for all.
   */
  'length': (number);
}
