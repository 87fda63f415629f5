// Original file: proto/kumo/compute/v1/system.proto

import type { ServiceStatus as _kumo_compute_v1_ServiceStatus, ServiceStatus__Output as _kumo_compute_v1_ServiceStatus__Output } from '../../../kumo/compute/v1/ServiceStatus.js';
import type { HostCounts as _kumo_compute_v1_HostCounts, HostCounts__Output as _kumo_compute_v1_HostCounts__Output } from '../../../kumo/compute/v1/HostCounts.js';
import type { ConductorStatus as _kumo_compute_v1_ConductorStatus, ConductorStatus__Output as _kumo_compute_v1_ConductorStatus__Output } from '../../../kumo/compute/v1/ConductorStatus.js';
import type { StreamStatus as _kumo_compute_v1_StreamStatus, StreamStatus__Output as _kumo_compute_v1_StreamStatus__Output } from '../../../kumo/compute/v1/StreamStatus.js';
import type { NatsStatus as _kumo_compute_v1_NatsStatus, NatsStatus__Output as _kumo_compute_v1_NatsStatus__Output } from '../../../kumo/compute/v1/NatsStatus.js';

/**
 * GetStatusResponse is the control plane's status.
 */
export interface GetStatusResponse {
  /**
   * One entry per kind of Kumo process, always all four.
   */
  'services'?: (_kumo_compute_v1_ServiceStatus)[];
  /**
   * Compute hosts by state.
   */
  'hosts'?: (_kumo_compute_v1_HostCounts | null);
  /**
   * One entry per conductor that answered.
   */
  'conductors'?: (_kumo_compute_v1_ConductorStatus)[];
  /**
   * The state log.
   */
  'stream'?: (_kumo_compute_v1_StreamStatus | null);
  /**
   * The API's NATS connection.
   */
  'nats'?: (_kumo_compute_v1_NatsStatus | null);
}

/**
 * GetStatusResponse is the control plane's status.
 */
export interface GetStatusResponse__Output {
  /**
   * One entry per kind of Kumo process, always all four.
   */
  'services': (_kumo_compute_v1_ServiceStatus__Output)[];
  /**
   * Compute hosts by state.
   */
  'hosts': (_kumo_compute_v1_HostCounts__Output | null);
  /**
   * One entry per conductor that answered.
   */
  'conductors': (_kumo_compute_v1_ConductorStatus__Output)[];
  /**
   * The state log.
   */
  'stream': (_kumo_compute_v1_StreamStatus__Output | null);
  /**
   * The API's NATS connection.
   */
  'nats': (_kumo_compute_v1_NatsStatus__Output | null);
}
