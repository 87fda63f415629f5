// Original file: proto/kumo/compute/v1/hypervisor.proto


/**
 * ListComputeServicesRequest filters services.
 */
export interface ListComputeServicesRequest {
  /**
   * Only this host.
   */
  'host'?: (string);
}

/**
 * ListComputeServicesRequest filters services.
 */
export interface ListComputeServicesRequest__Output {
  /**
   * Only this host.
   */
  'host': (string);
}
