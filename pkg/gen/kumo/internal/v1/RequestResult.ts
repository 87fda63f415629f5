// Original file: proto/kumo/internal/v1/consistency.proto

import type { Long } from '@grpc/proto-loader';

/**
 * RequestResult is the state-log entity (kind `reqid`) that makes a public
 * write idempotent: one subject per project and request id, claimed with a
 * compare-and-set before the write runs and completed with its answer.
 */
export interface RequestResult {
  /**
   * Project that sent the request.
   */
  'project_id'?: (string);
  /**
   * The caller's request id.
   */
  'request_id'?: (string);
  /**
   * Full RPC method name, e.g. "CreateServer".
   */
  'method'?: (string);
  /**
   * True once the write answered (response or error below is set).
   */
  'done'?: (boolean);
  /**
   * The encoded response message of the first call.
   */
  'response'?: (Buffer | Uint8Array | string);
  /**
   * The encoded kumo.internal.v1.ActorError the first call failed with.
   */
  'error'?: (Buffer | Uint8Array | string);
  /**
   * When the request id was first claimed, epoch milliseconds.
   */
  'started_ms'?: (number | string | Long);
  /**
   * When the answer was stored, epoch milliseconds.
   */
  'finished_ms'?: (number | string | Long);
  /**
   * A digest of the request message, so a reused id with a different request is refused.
   */
  'request_digest'?: (string);
}

/**
 * RequestResult is the state-log entity (kind `reqid`) that makes a public
 * write idempotent: one subject per project and request id, claimed with a
 * compare-and-set before the write runs and completed with its answer.
 */
export interface RequestResult__Output {
  /**
   * Project that sent the request.
   */
  'project_id': (string);
  /**
   * The caller's request id.
   */
  'request_id': (string);
  /**
   * Full RPC method name, e.g. "CreateServer".
   */
  'method': (string);
  /**
   * True once the write answered (response or error below is set).
   */
  'done': (boolean);
  /**
   * The encoded response message of the first call.
   */
  'response': (Buffer);
  /**
   * The encoded kumo.internal.v1.ActorError the first call failed with.
   */
  'error': (Buffer);
  /**
   * When the request id was first claimed, epoch milliseconds.
   */
  'started_ms': (number);
  /**
   * When the answer was stored, epoch milliseconds.
   */
  'finished_ms': (number);
  /**
   * A digest of the request message, so a reused id with a different request is refused.
   */
  'request_digest': (string);
}
