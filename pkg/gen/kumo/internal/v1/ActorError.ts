// Original file: proto/kumo/internal/v1/error.proto

import type { FieldViolation as _kumo_internal_v1_FieldViolation, FieldViolation__Output as _kumo_internal_v1_FieldViolation__Output } from '../../../kumo/internal/v1/FieldViolation.js';

/**
 * ActorError is the body of an error reply between actors; the receiver
 * rethrows it as the typed error class registered under `name`.
 */
export interface ActorError {
  /**
   * Registered error class name, for example "NotFoundError".
   */
  'name'?: (string);
  /**
   * Canonical code, for example "NOT_FOUND" (the gRPC code name).
   */
  'code'?: (string);
  /**
   * Machine-readable reason, for example "NO_VALID_HOST".
   */
  'reason'?: (string);
  /**
   * Human-readable message.
   */
  'message'?: (string);
  /**
   * Invalid fields, for INVALID_ARGUMENT.
   */
  'field_violations'?: (_kumo_internal_v1_FieldViolation)[];
  /**
   * Extra key/value details.
   */
  'metadata'?: ({[key: string]: string});
}

/**
 * ActorError is the body of an error reply between actors; the receiver
 * rethrows it as the typed error class registered under `name`.
 */
export interface ActorError__Output {
  /**
   * Registered error class name, for example "NotFoundError".
   */
  'name': (string);
  /**
   * Canonical code, for example "NOT_FOUND" (the gRPC code name).
   */
  'code': (string);
  /**
   * Machine-readable reason, for example "NO_VALID_HOST".
   */
  'reason': (string);
  /**
   * Human-readable message.
   */
  'message': (string);
  /**
   * Invalid fields, for INVALID_ARGUMENT.
   */
  'field_violations': (_kumo_internal_v1_FieldViolation__Output)[];
  /**
   * Extra key/value details.
   */
  'metadata': ({[key: string]: string});
}
