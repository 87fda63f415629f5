// Original file: proto/google/rpc/error_details.proto


/**
 * One invalid field.
 */
export interface _google_rpc_BadRequest_FieldViolation {
  /**
   * Field path.
   */
  'field'?: (string);
  /**
   * What is wrong.
   */
  'description'?: (string);
}

/**
 * One invalid field.
 */
export interface _google_rpc_BadRequest_FieldViolation__Output {
  /**
   * Field path.
   */
  'field': (string);
  /**
   * What is wrong.
   */
  'description': (string);
}

/**
 * Which request fields were invalid.
 */
export interface BadRequest {
  /**
   * The violations.
   */
  'field_violations'?: (_google_rpc_BadRequest_FieldViolation)[];
}

/**
 * Which request fields were invalid.
 */
export interface BadRequest__Output {
  /**
   * The violations.
   */
  'field_violations': (_google_rpc_BadRequest_FieldViolation__Output)[];
}
