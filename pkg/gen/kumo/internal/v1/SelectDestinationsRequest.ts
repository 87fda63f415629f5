// Original file: proto/kumo/internal/v1/scheduler.proto

import type { RequestSpec as _kumo_internal_v1_RequestSpec, RequestSpec__Output as _kumo_internal_v1_RequestSpec__Output } from '../../../kumo/internal/v1/RequestSpec.js';

/**
 * SelectDestinationsRequest asks for one host per instance.
 */
export interface SelectDestinationsRequest {
  /**
   * What to place.
   */
  'spec'?: (_kumo_internal_v1_RequestSpec | null);
  /**
   * One id per instance to place.
   */
  'instance_ids'?: (string)[];
  /**
   * Fewest instances that must fit, else NoValidHost.
   */
  'min_count'?: (number);
}

/**
 * SelectDestinationsRequest asks for one host per instance.
 */
export interface SelectDestinationsRequest__Output {
  /**
   * What to place.
   */
  'spec': (_kumo_internal_v1_RequestSpec__Output | null);
  /**
   * One id per instance to place.
   */
  'instance_ids': (string)[];
  /**
   * Fewest instances that must fit, else NoValidHost.
   */
  'min_count': (number);
}
