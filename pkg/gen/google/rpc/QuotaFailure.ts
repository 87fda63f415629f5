// Original file: proto/google/rpc/error_details.proto


/**
 * One exceeded quota.
 */
export interface _google_rpc_QuotaFailure_Violation {
  /**
   * Subject, for example "project:<id>".
   */
  'subject'?: (string);
  /**
   * What was exceeded.
   */
  'description'?: (string);
}

/**
 * One exceeded quota.
 */
export interface _google_rpc_QuotaFailure_Violation__Output {
  /**
   * Subject, for example "project:<id>".
   */
  'subject': (string);
  /**
   * What was exceeded.
   */
  'description': (string);
}

/**
 * Which quotas were exceeded.
 */
export interface QuotaFailure {
  /**
   * The violations.
   */
  'violations'?: (_google_rpc_QuotaFailure_Violation)[];
}

/**
 * Which quotas were exceeded.
 */
export interface QuotaFailure__Output {
  /**
   * The violations.
   */
  'violations': (_google_rpc_QuotaFailure_Violation__Output)[];
}
