// Original file: proto/google/rpc/status.proto

import type { Any as _google_protobuf_Any, Any__Output as _google_protobuf_Any__Output } from '../../google/protobuf/Any.js';

/**
 * The google.rpc error model, sent in the grpc-status-details-bin trailer.
 */
export interface Status {
  /**
   * The gRPC status code.
   */
  'code'?: (number);
  /**
   * Developer-facing message.
   */
  'message'?: (string);
  /**
   * Typed details: BadRequest, ErrorInfo, PreconditionFailure, QuotaFailure.
   */
  'details'?: (_google_protobuf_Any)[];
}

/**
 * The google.rpc error model, sent in the grpc-status-details-bin trailer.
 */
export interface Status__Output {
  /**
   * The gRPC status code.
   */
  'code': (number);
  /**
   * Developer-facing message.
   */
  'message': (string);
  /**
   * Typed details: BadRequest, ErrorInfo, PreconditionFailure, QuotaFailure.
   */
  'details': (_google_protobuf_Any__Output)[];
}
