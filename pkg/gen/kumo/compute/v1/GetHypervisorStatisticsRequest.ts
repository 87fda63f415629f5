// Original file: proto/kumo/compute/v1/hypervisor.proto


/**
 * GetHypervisorStatisticsRequest takes no arguments.
 */
export interface GetHypervisorStatisticsRequest {
}

/**
 * GetHypervisorStatisticsRequest takes no arguments.
 */
export interface GetHypervisorStatisticsRequest__Output {
}
