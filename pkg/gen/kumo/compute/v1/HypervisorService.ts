// Original file: proto/kumo/compute/v1/hypervisor.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetHypervisorRequest as _kumo_compute_v1_GetHypervisorRequest, GetHypervisorRequest__Output as _kumo_compute_v1_GetHypervisorRequest__Output } from '../../../kumo/compute/v1/GetHypervisorRequest.js';
import type { GetHypervisorResponse as _kumo_compute_v1_GetHypervisorResponse, GetHypervisorResponse__Output as _kumo_compute_v1_GetHypervisorResponse__Output } from '../../../kumo/compute/v1/GetHypervisorResponse.js';
import type { GetHypervisorStatisticsRequest as _kumo_compute_v1_GetHypervisorStatisticsRequest, GetHypervisorStatisticsRequest__Output as _kumo_compute_v1_GetHypervisorStatisticsRequest__Output } from '../../../kumo/compute/v1/GetHypervisorStatisticsRequest.js';
import type { GetHypervisorStatisticsResponse as _kumo_compute_v1_GetHypervisorStatisticsResponse, GetHypervisorStatisticsResponse__Output as _kumo_compute_v1_GetHypervisorStatisticsResponse__Output } from '../../../kumo/compute/v1/GetHypervisorStatisticsResponse.js';
import type { ListComputeServicesRequest as _kumo_compute_v1_ListComputeServicesRequest, ListComputeServicesRequest__Output as _kumo_compute_v1_ListComputeServicesRequest__Output } from '../../../kumo/compute/v1/ListComputeServicesRequest.js';
import type { ListComputeServicesResponse as _kumo_compute_v1_ListComputeServicesResponse, ListComputeServicesResponse__Output as _kumo_compute_v1_ListComputeServicesResponse__Output } from '../../../kumo/compute/v1/ListComputeServicesResponse.js';
import type { ListHypervisorsRequest as _kumo_compute_v1_ListHypervisorsRequest, ListHypervisorsRequest__Output as _kumo_compute_v1_ListHypervisorsRequest__Output } from '../../../kumo/compute/v1/ListHypervisorsRequest.js';
import type { ListHypervisorsResponse as _kumo_compute_v1_ListHypervisorsResponse, ListHypervisorsResponse__Output as _kumo_compute_v1_ListHypervisorsResponse__Output } from '../../../kumo/compute/v1/ListHypervisorsResponse.js';
import type { UpdateComputeServiceRequest as _kumo_compute_v1_UpdateComputeServiceRequest, UpdateComputeServiceRequest__Output as _kumo_compute_v1_UpdateComputeServiceRequest__Output } from '../../../kumo/compute/v1/UpdateComputeServiceRequest.js';
import type { UpdateComputeServiceResponse as _kumo_compute_v1_UpdateComputeServiceResponse, UpdateComputeServiceResponse__Output as _kumo_compute_v1_UpdateComputeServiceResponse__Output } from '../../../kumo/compute/v1/UpdateComputeServiceResponse.js';

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
   * GetHypervisorStatistics sums resources and usage over every host.
   */
  GetHypervisorStatistics(argument: _kumo_compute_v1_GetHypervisorStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetHypervisorStatistics(argument: _kumo_compute_v1_GetHypervisorStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetHypervisorStatistics(argument: _kumo_compute_v1_GetHypervisorStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetHypervisorStatistics(argument: _kumo_compute_v1_GetHypervisorStatisticsRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorStatisticsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetHypervisorStatistics sums resources and usage over every host.
   */
  getHypervisorStatistics(argument: _kumo_compute_v1_GetHypervisorStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getHypervisorStatistics(argument: _kumo_compute_v1_GetHypervisorStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getHypervisorStatistics(argument: _kumo_compute_v1_GetHypervisorStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getHypervisorStatistics(argument: _kumo_compute_v1_GetHypervisorStatisticsRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetHypervisorStatisticsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListComputeServices lists the compute services, each up or down as
   * judged on the answering conductor's own clock.
   */
  ListComputeServices(argument: _kumo_compute_v1_ListComputeServicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListComputeServicesResponse__Output>): grpc.ClientUnaryCall;
  ListComputeServices(argument: _kumo_compute_v1_ListComputeServicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListComputeServicesResponse__Output>): grpc.ClientUnaryCall;
  ListComputeServices(argument: _kumo_compute_v1_ListComputeServicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListComputeServicesResponse__Output>): grpc.ClientUnaryCall;
  ListComputeServices(argument: _kumo_compute_v1_ListComputeServicesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListComputeServicesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListComputeServices lists the compute services, each up or down as
   * judged on the answering conductor's own clock.
   */
  listComputeServices(argument: _kumo_compute_v1_ListComputeServicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListComputeServicesResponse__Output>): grpc.ClientUnaryCall;
  listComputeServices(argument: _kumo_compute_v1_ListComputeServicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListComputeServicesResponse__Output>): grpc.ClientUnaryCall;
  listComputeServices(argument: _kumo_compute_v1_ListComputeServicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListComputeServicesResponse__Output>): grpc.ClientUnaryCall;
  listComputeServices(argument: _kumo_compute_v1_ListComputeServicesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListComputeServicesResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  /**
   * UpdateComputeService enables, disables or forces down a compute service (admins only).
   */
  UpdateComputeService(argument: _kumo_compute_v1_UpdateComputeServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UpdateComputeServiceResponse__Output>): grpc.ClientUnaryCall;
  UpdateComputeService(argument: _kumo_compute_v1_UpdateComputeServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UpdateComputeServiceResponse__Output>): grpc.ClientUnaryCall;
  UpdateComputeService(argument: _kumo_compute_v1_UpdateComputeServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UpdateComputeServiceResponse__Output>): grpc.ClientUnaryCall;
  UpdateComputeService(argument: _kumo_compute_v1_UpdateComputeServiceRequest, callback: grpc.requestCallback<_kumo_compute_v1_UpdateComputeServiceResponse__Output>): grpc.ClientUnaryCall;
  /**
   * UpdateComputeService enables, disables or forces down a compute service (admins only).
   */
  updateComputeService(argument: _kumo_compute_v1_UpdateComputeServiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UpdateComputeServiceResponse__Output>): grpc.ClientUnaryCall;
  updateComputeService(argument: _kumo_compute_v1_UpdateComputeServiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UpdateComputeServiceResponse__Output>): grpc.ClientUnaryCall;
  updateComputeService(argument: _kumo_compute_v1_UpdateComputeServiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UpdateComputeServiceResponse__Output>): grpc.ClientUnaryCall;
  updateComputeService(argument: _kumo_compute_v1_UpdateComputeServiceRequest, callback: grpc.requestCallback<_kumo_compute_v1_UpdateComputeServiceResponse__Output>): grpc.ClientUnaryCall;
  
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
   * GetHypervisorStatistics sums resources and usage over every host.
   */
  GetHypervisorStatistics: grpc.handleUnaryCall<_kumo_compute_v1_GetHypervisorStatisticsRequest__Output, _kumo_compute_v1_GetHypervisorStatisticsResponse>;
  
  /**
   * ListComputeServices lists the compute services, each up or down as
   * judged on the answering conductor's own clock.
   */
  ListComputeServices: grpc.handleUnaryCall<_kumo_compute_v1_ListComputeServicesRequest__Output, _kumo_compute_v1_ListComputeServicesResponse>;
  
  /**
   * ListHypervisors returns every known host ordered by name.
   */
  ListHypervisors: grpc.handleUnaryCall<_kumo_compute_v1_ListHypervisorsRequest__Output, _kumo_compute_v1_ListHypervisorsResponse>;
  
  /**
   * UpdateComputeService enables, disables or forces down a compute service (admins only).
   */
  UpdateComputeService: grpc.handleUnaryCall<_kumo_compute_v1_UpdateComputeServiceRequest__Output, _kumo_compute_v1_UpdateComputeServiceResponse>;
  
}

export interface HypervisorServiceDefinition extends grpc.ServiceDefinition {
  GetHypervisor: MethodDefinition<_kumo_compute_v1_GetHypervisorRequest, _kumo_compute_v1_GetHypervisorResponse, _kumo_compute_v1_GetHypervisorRequest__Output, _kumo_compute_v1_GetHypervisorResponse__Output>
  GetHypervisorStatistics: MethodDefinition<_kumo_compute_v1_GetHypervisorStatisticsRequest, _kumo_compute_v1_GetHypervisorStatisticsResponse, _kumo_compute_v1_GetHypervisorStatisticsRequest__Output, _kumo_compute_v1_GetHypervisorStatisticsResponse__Output>
  ListComputeServices: MethodDefinition<_kumo_compute_v1_ListComputeServicesRequest, _kumo_compute_v1_ListComputeServicesResponse, _kumo_compute_v1_ListComputeServicesRequest__Output, _kumo_compute_v1_ListComputeServicesResponse__Output>
  ListHypervisors: MethodDefinition<_kumo_compute_v1_ListHypervisorsRequest, _kumo_compute_v1_ListHypervisorsResponse, _kumo_compute_v1_ListHypervisorsRequest__Output, _kumo_compute_v1_ListHypervisorsResponse__Output>
  UpdateComputeService: MethodDefinition<_kumo_compute_v1_UpdateComputeServiceRequest, _kumo_compute_v1_UpdateComputeServiceResponse, _kumo_compute_v1_UpdateComputeServiceRequest__Output, _kumo_compute_v1_UpdateComputeServiceResponse__Output>
}
