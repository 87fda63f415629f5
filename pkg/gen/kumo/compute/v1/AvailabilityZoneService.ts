// Original file: proto/kumo/compute/v1/availability_zone.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListAvailabilityZonesRequest as _kumo_compute_v1_ListAvailabilityZonesRequest, ListAvailabilityZonesRequest__Output as _kumo_compute_v1_ListAvailabilityZonesRequest__Output } from '../../../kumo/compute/v1/ListAvailabilityZonesRequest.js';
import type { ListAvailabilityZonesResponse as _kumo_compute_v1_ListAvailabilityZonesResponse, ListAvailabilityZonesResponse__Output as _kumo_compute_v1_ListAvailabilityZonesResponse__Output } from '../../../kumo/compute/v1/ListAvailabilityZonesResponse.js';

/**
 * AvailabilityZoneService lists zones.
 */
export interface AvailabilityZoneServiceClient extends grpc.Client {
  /**
   * ListAvailabilityZones returns every zone: those of aggregates, and the
   * default zone of hosts in no zoned aggregate.
   */
  ListAvailabilityZones(argument: _kumo_compute_v1_ListAvailabilityZonesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListAvailabilityZonesResponse__Output>): grpc.ClientUnaryCall;
  ListAvailabilityZones(argument: _kumo_compute_v1_ListAvailabilityZonesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListAvailabilityZonesResponse__Output>): grpc.ClientUnaryCall;
  ListAvailabilityZones(argument: _kumo_compute_v1_ListAvailabilityZonesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListAvailabilityZonesResponse__Output>): grpc.ClientUnaryCall;
  ListAvailabilityZones(argument: _kumo_compute_v1_ListAvailabilityZonesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListAvailabilityZonesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListAvailabilityZones returns every zone: those of aggregates, and the
   * default zone of hosts in no zoned aggregate.
   */
  listAvailabilityZones(argument: _kumo_compute_v1_ListAvailabilityZonesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListAvailabilityZonesResponse__Output>): grpc.ClientUnaryCall;
  listAvailabilityZones(argument: _kumo_compute_v1_ListAvailabilityZonesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListAvailabilityZonesResponse__Output>): grpc.ClientUnaryCall;
  listAvailabilityZones(argument: _kumo_compute_v1_ListAvailabilityZonesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListAvailabilityZonesResponse__Output>): grpc.ClientUnaryCall;
  listAvailabilityZones(argument: _kumo_compute_v1_ListAvailabilityZonesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListAvailabilityZonesResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * AvailabilityZoneService lists zones.
 */
export interface AvailabilityZoneServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * ListAvailabilityZones returns every zone: those of aggregates, and the
   * default zone of hosts in no zoned aggregate.
   */
  ListAvailabilityZones: grpc.handleUnaryCall<_kumo_compute_v1_ListAvailabilityZonesRequest__Output, _kumo_compute_v1_ListAvailabilityZonesResponse>;
  
}

export interface AvailabilityZoneServiceDefinition extends grpc.ServiceDefinition {
  ListAvailabilityZones: MethodDefinition<_kumo_compute_v1_ListAvailabilityZonesRequest, _kumo_compute_v1_ListAvailabilityZonesResponse, _kumo_compute_v1_ListAvailabilityZonesRequest__Output, _kumo_compute_v1_ListAvailabilityZonesResponse__Output>
}
