// Original file: proto/kumo/compute/v1/availability_zone.proto


/**
 * ListAvailabilityZonesRequest lists zones.
 */
export interface ListAvailabilityZonesRequest {
}

/**
 * ListAvailabilityZonesRequest lists zones.
 */
export interface ListAvailabilityZonesRequest__Output {
}
