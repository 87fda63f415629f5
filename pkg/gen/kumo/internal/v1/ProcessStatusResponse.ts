// Original file: proto/kumo/internal/v1/status.proto

import type { Long } from '@grpc/proto-loader';

/**
 * ProcessStatusResponse is one process's answer.
 */
export interface ProcessStatusResponse {
  /**
   * Binary: kumo-api, kumo-conductor, kumo-scheduler or kumo-compute.
   */
  'service'?: (string);
  /**
   * The process's NATS client name (binary and pid by default).
   */
  'name'?: (string);
  /**
   * Operating-system process id.
   */
  'pid'?: (number);
  /**
   * Machine the process runs on.
   */
  'hostname'?: (string);
  /**
   * Milliseconds since the process started.
   */
  'uptime_ms'?: (number | string | Long);
  /**
   * Conductors only: the last state-log sequence applied to its view.
   */
  'applied_seq'?: (number | string | Long);
  /**
   * Conductors only: milliseconds since its view last applied an entry (-1: never since start).
   */
  'applied_age_ms'?: (number | string | Long);
  /**
   * Conductors only: its id (as in view digests).
   */
  'conductor_id'?: (string);
  /**
   * Compute processes only: the hosts it runs.
   */
  'hosts'?: (string)[];
}

/**
 * ProcessStatusResponse is one process's answer.
 */
export interface ProcessStatusResponse__Output {
  /**
   * Binary: kumo-api, kumo-conductor, kumo-scheduler or kumo-compute.
   */
  'service': (string);
  /**
   * The process's NATS client name (binary and pid by default).
   */
  'name': (string);
  /**
   * Operating-system process id.
   */
  'pid': (number);
  /**
   * Machine the process runs on.
   */
  'hostname': (string);
  /**
   * Milliseconds since the process started.
   */
  'uptime_ms': (number);
  /**
   * Conductors only: the last state-log sequence applied to its view.
   */
  'applied_seq': (number);
  /**
   * Conductors only: milliseconds since its view last applied an entry (-1: never since start).
   */
  'applied_age_ms': (number);
  /**
   * Conductors only: its id (as in view digests).
   */
  'conductor_id': (string);
  /**
   * Compute processes only: the hosts it runs.
   */
  'hosts': (string)[];
}
