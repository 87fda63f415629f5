// Original file: proto/kumo/compute/v1/hypervisor.proto


/**
 * ListHypervisorsRequest pages through hypervisors.
 */
export interface ListHypervisorsRequest {
  /**
   * Maximum hypervisors to return; 0 means all.
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
}

/**
 * ListHypervisorsRequest pages through hypervisors.
 */
export interface ListHypervisorsRequest__Output {
  /**
   * Maximum hypervisors to return; 0 means all.
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
}
