// Original file: proto/kumo/compute/v1/hypervisor.proto


/**
 * GetHypervisorRequest names a hypervisor.
 */
export interface GetHypervisorRequest {
  /**
   * Hypervisor node name.
   */
  'hypervisor_hostname'?: (string);
}

/**
 * GetHypervisorRequest names a hypervisor.
 */
export interface GetHypervisorRequest__Output {
  /**
   * Hypervisor node name.
   */
  'hypervisor_hostname': (string);
}
