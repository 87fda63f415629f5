// Original file: proto/kumo/compute/v1/placement.proto

import type { CreateServerRequest as _kumo_compute_v1_CreateServerRequest, CreateServerRequest__Output as _kumo_compute_v1_CreateServerRequest__Output } from '../../../kumo/compute/v1/CreateServerRequest.js';

/**
 * ExplainPlacementRequest is the create request to explain.
 */
export interface ExplainPlacementRequest {
  /**
   * The request, as CreateServer would get it.
   */
  'server'?: (_kumo_compute_v1_CreateServerRequest | null);
  /**
   * How many weighed hosts to return; 0 means 5.
   */
  'top'?: (number);
}

/**
 * ExplainPlacementRequest is the create request to explain.
 */
export interface ExplainPlacementRequest__Output {
  /**
   * The request, as CreateServer would get it.
   */
  'server': (_kumo_compute_v1_CreateServerRequest__Output | null);
  /**
   * How many weighed hosts to return; 0 means 5.
   */
  'top': (number);
}
