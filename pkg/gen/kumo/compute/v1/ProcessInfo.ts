// Original file: proto/kumo/compute/v1/system.proto

import type { Long } from '@grpc/proto-loader';

/**
 * ProcessInfo is one Kumo process that answered the status query.
 */
export interface ProcessInfo {
  /**
   * NATS client name of the process.
   */
  'name'?: (string);
  /**
   * Operating-system process id.
   */
  'pid'?: (number);
  /**
   * Machine it runs on.
   */
  'hostname'?: (string);
  /**
   * Milliseconds since it started.
   */
  'uptime_ms'?: (number | string | Long);
  /**
   * Compute processes: the hosts it runs.
   */
  'hosts'?: (string)[];
}

/**
 * ProcessInfo is one Kumo process that answered the status query.
 */
export interface ProcessInfo__Output {
  /**
   * NATS client name of the process.
   */
  'name': (string);
  /**
   * Operating-system process id.
   */
  'pid': (number);
  /**
   * Machine it runs on.
   */
  'hostname': (string);
  /**
   * Milliseconds since it started.
   */
  'uptime_ms': (number);
  /**
   * Compute processes: the hosts it runs.
   */
  'hosts': (string)[];
}
