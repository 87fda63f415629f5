// Original file: proto/kumo/compute/v1/system.proto

import type { Long } from '@grpc/proto-loader';

/**
 * StreamStatus is the state log's JetStream stream.
 */
export interface StreamStatus {
  /**
   * Stream name (KUMO_STATE).
   */
  'name'?: (string);
  /**
   * Messages stored.
   */
  'messages'?: (number | string | Long);
  /**
   * Bytes stored.
   */
  'bytes'?: (number | string | Long);
  /**
   * First sequence stored.
   */
  'first_seq'?: (number | string | Long);
  /**
   * Last sequence stored.
   */
  'last_seq'?: (number | string | Long);
  /**
   * Consumers of the stream (conductors' ordered consumers among them).
   */
  'consumers'?: (number);
  /**
   * Distinct subjects (entities) in the stream.
   */
  'subjects'?: (number | string | Long);
  /**
   * Replicas configured.
   */
  'replicas'?: (number);
  /**
   * Empty when the stream answered, else why not.
   */
  'error'?: (string);
}

/**
 * StreamStatus is the state log's JetStream stream.
 */
export interface StreamStatus__Output {
  /**
   * Stream name (KUMO_STATE).
   */
  'name': (string);
  /**
   * Messages stored.
   */
  'messages': (number);
  /**
   * Bytes stored.
   */
  'bytes': (number);
  /**
   * First sequence stored.
   */
  'first_seq': (number);
  /**
   * Last sequence stored.
   */
  'last_seq': (number);
  /**
   * Consumers of the stream (conductors' ordered consumers among them).
   */
  'consumers': (number);
  /**
   * Distinct subjects (entities) in the stream.
   */
  'subjects': (number);
  /**
   * Replicas configured.
   */
  'replicas': (number);
  /**
   * Empty when the stream answered, else why not.
   */
  'error': (string);
}
