// Original file: proto/kumo/internal/v1/error.proto


/**
 * FieldViolation names one invalid request field.
 */
export interface FieldViolation {
  /**
   * Path of the field, for example "flavor.ram_mb".
   */
  'field'?: (string);
  /**
   * What is wrong with it.
   */
  'description'?: (string);
}

/**
 * FieldViolation names one invalid request field.
 */
export interface FieldViolation__Output {
  /**
   * Path of the field, for example "flavor.ram_mb".
   */
  'field': (string);
  /**
   * What is wrong with it.
   */
  'description': (string);
}
