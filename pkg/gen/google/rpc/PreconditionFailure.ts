// Original file: proto/google/rpc/error_details.proto


/**
 * One failed precondition.
 */
export interface _google_rpc_PreconditionFailure_Violation {
  /**
   * Kind of precondition, for example "STATE".
   */
  'type'?: (string);
  /**
   * Subject, for example "server/<id>".
   */
  'subject'?: (string);
  /**
   * What failed.
   */
  'description'?: (string);
}

/**
 * One failed precondition.
 */
export interface _google_rpc_PreconditionFailure_Violation__Output {
  /**
   * Kind of precondition, for example "STATE".
   */
  'type': (string);
  /**
   * Subject, for example "server/<id>".
   */
  'subject': (string);
  /**
   * What failed.
   */
  'description': (string);
}

/**
 * Which preconditions failed.
 */
export interface PreconditionFailure {
  /**
   * The violations.
   */
  'violations'?: (_google_rpc_PreconditionFailure_Violation)[];
}

/**
 * Which preconditions failed.
 */
export interface PreconditionFailure__Output {
  /**
   * The violations.
   */
  'violations': (_google_rpc_PreconditionFailure_Violation__Output)[];
}
