// Original file: proto/kumo/compute/v1/flavor.proto


/**
 * ListFlavorsRequest pages through flavors.
 */
export interface ListFlavorsRequest {
  /**
   * Maximum flavors to return; 0 means the default (1000).
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
}

/**
 * ListFlavorsRequest pages through flavors.
 */
export interface ListFlavorsRequest__Output {
  /**
   * Maximum flavors to return; 0 means the default (1000).
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
}
