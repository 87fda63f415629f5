// Original file: proto/kumo/compute/v1/server_service.proto

import type { SchedulerHints as _kumo_compute_v1_SchedulerHints, SchedulerHints__Output as _kumo_compute_v1_SchedulerHints__Output } from '../../../kumo/compute/v1/SchedulerHints.js';
import type { NetworkRequest as _kumo_compute_v1_NetworkRequest, NetworkRequest__Output as _kumo_compute_v1_NetworkRequest__Output } from '../../../kumo/compute/v1/NetworkRequest.js';
import type { NetworkMode as _kumo_compute_v1_NetworkMode, NetworkMode__Output as _kumo_compute_v1_NetworkMode__Output } from '../../../kumo/compute/v1/NetworkMode.js';

/**
 * CreateServerRequest describes the servers to boot.
 */
export interface CreateServerRequest {
  /**
   * Display name; with max_count > 1 each server gets "-<index+1>" appended.
   */
  'name'?: (string);
  /**
   * Flavor id.
   */
  'flavor_id'?: (string);
  /**
   * Image id.
   */
  'image_id'?: (string);
  /**
   * Name of a keypair of the caller to inject.
   */
  'key_name'?: (string);
  /**
   * User metadata: at most 128 pairs, keys up to 255 characters.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * User data handed to the guest; at most 65535 bytes.
   */
  'user_data'?: (Buffer | Uint8Array | string);
  /**
   * Availability zone to boot in; empty for any.
   */
  'availability_zone'?: (string);
  /**
   * Minimum servers to create; the request fails unless this many fit. 0 means 1.
   */
  'min_count'?: (number);
  /**
   * Maximum servers to create. 0 means min_count.
   */
  'max_count'?: (number);
  /**
   * Hints for the scheduler.
   */
  'scheduler_hints'?: (_kumo_compute_v1_SchedulerHints | null);
  /**
   * Networks to attach, one port each, in order. Empty means network_mode
   * decides. A fixed_ip needs max_count 1.
   */
  'networks'?: (_kumo_compute_v1_NetworkRequest)[];
  /**
   * With no networks: AUTO (the default) attaches the one network the
   * project can use, creating "<project>-default" when it has none; NONE
   * attaches nothing. Must be unspecified when networks are given.
   */
  'network_mode'?: (_kumo_compute_v1_NetworkMode);
  /**
   * Security groups (names or ids of the caller's groups) every port of
   * the servers applies; empty means the project's "default" group.
   */
  'security_groups'?: (string)[];
  /**
   * User data as Nova's API takes it: base64 text that decodes to at most
   * 65535 bytes (INVALID_ARGUMENT otherwise). Not together with user_data.
   */
  'user_data_base64'?: (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id'?: (string);
}

/**
 * CreateServerRequest describes the servers to boot.
 */
export interface CreateServerRequest__Output {
  /**
   * Display name; with max_count > 1 each server gets "-<index+1>" appended.
   */
  'name': (string);
  /**
   * Flavor id.
   */
  'flavor_id': (string);
  /**
   * Image id.
   */
  'image_id': (string);
  /**
   * Name of a keypair of the caller to inject.
   */
  'key_name': (string);
  /**
   * User metadata: at most 128 pairs, keys up to 255 characters.
   */
  'metadata': ({[key: string]: string});
  /**
   * User data handed to the guest; at most 65535 bytes.
   */
  'user_data': (Buffer);
  /**
   * Availability zone to boot in; empty for any.
   */
  'availability_zone': (string);
  /**
   * Minimum servers to create; the request fails unless this many fit. 0 means 1.
   */
  'min_count': (number);
  /**
   * Maximum servers to create. 0 means min_count.
   */
  'max_count': (number);
  /**
   * Hints for the scheduler.
   */
  'scheduler_hints': (_kumo_compute_v1_SchedulerHints__Output | null);
  /**
   * Networks to attach, one port each, in order. Empty means network_mode
   * decides. A fixed_ip needs max_count 1.
   */
  'networks': (_kumo_compute_v1_NetworkRequest__Output)[];
  /**
   * With no networks: AUTO (the default) attaches the one network the
   * project can use, creating "<project>-default" when it has none; NONE
   * attaches nothing. Must be unspecified when networks are given.
   */
  'network_mode': (_kumo_compute_v1_NetworkMode__Output);
  /**
   * Security groups (names or ids of the caller's groups) every port of
   * the servers applies; empty means the project's "default" group.
   */
  'security_groups': (string)[];
  /**
   * User data as Nova's API takes it: base64 text that decodes to at most
   * 65535 bytes (INVALID_ARGUMENT otherwise). Not together with user_data.
   */
  'user_data_base64': (string);
  /**
   * Idempotency key (e.g. "req-<uuid>"): a retry with the same id in the
   * same project within 24 hours returns the first call's answer and does
   * nothing again. Empty: no deduplication. The SDK sets one per call.
   */
  'request_id': (string);
}
