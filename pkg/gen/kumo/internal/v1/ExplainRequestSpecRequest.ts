// Original file: proto/kumo/internal/v1/scheduler.proto

import type { RequestSpec as _kumo_internal_v1_RequestSpec, RequestSpec__Output as _kumo_internal_v1_RequestSpec__Output } from '../../../kumo/internal/v1/RequestSpec.js';

/**
 * ExplainRequestSpecRequest asks the scheduler for a dry run of a request.
 */
export interface ExplainRequestSpecRequest {
  /**
   * What to place.
   */
  'spec'?: (_kumo_internal_v1_RequestSpec | null);
  /**
   * How many instances the request creates.
   */
  'count'?: (number);
  /**
   * How many weighed hosts to return.
   */
  'top'?: (number);
}

/**
 * ExplainRequestSpecRequest asks the scheduler for a dry run of a request.
 */
export interface ExplainRequestSpecRequest__Output {
  /**
   * What to place.
   */
  'spec': (_kumo_internal_v1_RequestSpec__Output | null);
  /**
   * How many instances the request creates.
   */
  'count': (number);
  /**
   * How many weighed hosts to return.
   */
  'top': (number);
}
