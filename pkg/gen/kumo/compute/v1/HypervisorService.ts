// Original file: /work/main/proto/kumo/compute/v1/hypervisor.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetHypervisorRequest as _kumo_compute_v1_GetHypervisorRequest, GetHypervisorRequest__Output as _kumo_compute_v1_GetHypervisorRequest__Output } from '../../../kumo/compute/v1/GetHypervisorRequest.js';
import type { GetHypervisorResponse as _kumo_compute_v1_GetHypervisorResponse, GetHypervisorResponse__Output as _kumo_compute_v1_GetHypervisorResponse__Output } from '../../../kumo/compute/v1/GetHypervisorResponse.js';
import type { ListHypervisorsRequest as _kumo_compute_v1_ListHypervisorsRequest, ListHypervisorsRequest__Output as _kumo_compute_v1_ListHypervisorsRequest__Output } from '../../../kumo/compute/v1/ListHypervisorsRequest.js';
import type { ListHypervisorsResponse as _kumo_compute_v1_ListHypervisorsResponse, ListHypervisorsResponse__Output as _kumo_compute_v1_ListHypervisorsResponse__Output } from '../../../kumo/compute/v1/ListHypervisorsResponse.js';

/**
 * HypervisorService shows compute hosts.
 */
export interface HypervisorServiceClient extends grpc.Client {
  /**
   * GetHypervisor returns one host.
   */
  GetHypervisor(argument: _kumo_compute_v1_GetHypervisorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorResponse__Output>): grpc.ClientUnaryCall;
  GetHypervisor(argument: _kumo_compute_v1_GetHypervisorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorResponse__Output>): grpc.ClientUnaryCall;
  GetHypervisor(argument: _kumo_compute_v1_GetHypervisorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorResponse__Output>): grpc.ClientUnaryCall;
  GetHypervisor(argument: _kumo_compute_v1_GetHypervisorRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetHypervisor returns one host.
   */
  getHypervisor(argument: _kumo_compute_v1_GetHypervisorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorResponse__Output>): grpc.ClientUnaryCall;
  getHypervisor(argument: _kumo_compute_v1_GetHypervisorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorResponse__Output>): grpc.ClientUnaryCall;
  getHypervisor(argument: _kumo_compute_v1_GetHypervisorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorResponse__Output>): grpc.ClientUnaryCall;
  getHypervisor(argument: _kumo_compute_v1_GetHypervisorRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListHypervisors returns every known host ordered by name.
   */
  ListHypervisors(argument: _kumo_compute_v1_ListHypervisorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListHypervisorsResponse__Output>): grpc.ClientUnaryCall;
  ListHypervisors(argument: _kumo_compute_v1_ListHypervisorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListHypervisorsResponse__Output>): grpc.ClientUnaryCall;
  ListHypervisors(argument: _kumo_compute_v1_ListHypervisorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListHypervisorsResponse__Output>): grpc.ClientUnaryCall;
  ListHypervisors(argument: _kumo_compute_v1_ListHypervisorsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListHypervisorsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListHypervisors returns every known host ordered by name.
   */
  listHypervisors(argument: _kumo_compute_v1_ListHypervisorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListHypervisorsResponse__Output>): grpc.ClientUnaryCall;
  listHypervisors(argument: _kumo_compute_v1_ListHypervisorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListHypervisorsResponse__Output>): grpc.ClientUnaryCall;
  listHypervisors(argument: _kumo_compute_v1_ListHypervisorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListHypervisorsResponse__Output>): grpc.ClientUnaryCall;
  listHypervisors(argument: _kumo_compute_v1_ListHypervisorsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListHypervisorsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * HypervisorService shows compute hosts.
 */
export interface HypervisorServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * GetHypervisor returns one host.
   */
  GetHypervisor: grpc.handleUnaryCall<_kumo_compute_v1_GetHypervisorRequest__Output, _kumo_compute_v1_GetHypervisorResponse>;
  
  /**
   * ListHypervisors returns every known host ordered by name.
   */
  ListHypervisors: grpc.handleUnaryCall<_kumo_compute_v1_ListHypervisorsRequest__Output, _kumo_compute_v1_ListHypervisorsResponse>;
  
}

export interface HypervisorServiceDefinition extends grpc.ServiceDefinition {
  GetHypervisor: MethodDefinition<_kumo_compute_v1_GetHypervisorRequest, _kumo_compute_v1_GetHypervisorResponse, _kumo_compute_v1_GetHypervisorRequest__Output, _kumo_compute_v1_GetHypervisorResponse__Output>
  ListHypervisors: MethodDefinition<_kumo_compute_v1_ListHypervisorsRequest, _kumo_compute_v1_ListHypervisorsResponse, _kumo_compute_v1_ListHypervisorsRequest__Output, _kumo_compute_v1_ListHypervisorsResponse__Output>
}
