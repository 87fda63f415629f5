import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { ComputeService as _kumo_compute_v1_ComputeService, ComputeService__Output as _kumo_compute_v1_ComputeService__Output } from './kumo/compute/v1/ComputeService.js';
import type { GetHypervisorRequest as _kumo_compute_v1_GetHypervisorRequest, GetHypervisorRequest__Output as _kumo_compute_v1_GetHypervisorRequest__Output } from './kumo/compute/v1/GetHypervisorRequest.js';
import type { GetHypervisorResponse as _kumo_compute_v1_GetHypervisorResponse, GetHypervisorResponse__Output as _kumo_compute_v1_GetHypervisorResponse__Output } from './kumo/compute/v1/GetHypervisorResponse.js';
import type { GetHypervisorStatisticsRequest as _kumo_compute_v1_GetHypervisorStatisticsRequest, GetHypervisorStatisticsRequest__Output as _kumo_compute_v1_GetHypervisorStatisticsRequest__Output } from './kumo/compute/v1/GetHypervisorStatisticsRequest.js';
import type { GetHypervisorStatisticsResponse as _kumo_compute_v1_GetHypervisorStatisticsResponse, GetHypervisorStatisticsResponse__Output as _kumo_compute_v1_GetHypervisorStatisticsResponse__Output } from './kumo/compute/v1/GetHypervisorStatisticsResponse.js';
import type { Hypervisor as _kumo_compute_v1_Hypervisor, Hypervisor__Output as _kumo_compute_v1_Hypervisor__Output } from './kumo/compute/v1/Hypervisor.js';
import type { HypervisorServiceClient as _kumo_compute_v1_HypervisorServiceClient, HypervisorServiceDefinition as _kumo_compute_v1_HypervisorServiceDefinition } from './kumo/compute/v1/HypervisorService.js';
import type { ListComputeServicesRequest as _kumo_compute_v1_ListComputeServicesRequest, ListComputeServicesRequest__Output as _kumo_compute_v1_ListComputeServicesRequest__Output } from './kumo/compute/v1/ListComputeServicesRequest.js';
import type { ListComputeServicesResponse as _kumo_compute_v1_ListComputeServicesResponse, ListComputeServicesResponse__Output as _kumo_compute_v1_ListComputeServicesResponse__Output } from './kumo/compute/v1/ListComputeServicesResponse.js';
import type { ListHypervisorsRequest as _kumo_compute_v1_ListHypervisorsRequest, ListHypervisorsRequest__Output as _kumo_compute_v1_ListHypervisorsRequest__Output } from './kumo/compute/v1/ListHypervisorsRequest.js';
import type { ListHypervisorsResponse as _kumo_compute_v1_ListHypervisorsResponse, ListHypervisorsResponse__Output as _kumo_compute_v1_ListHypervisorsResponse__Output } from './kumo/compute/v1/ListHypervisorsResponse.js';
import type { UpdateComputeServiceRequest as _kumo_compute_v1_UpdateComputeServiceRequest, UpdateComputeServiceRequest__Output as _kumo_compute_v1_UpdateComputeServiceRequest__Output } from './kumo/compute/v1/UpdateComputeServiceRequest.js';
import type { UpdateComputeServiceResponse as _kumo_compute_v1_UpdateComputeServiceResponse, UpdateComputeServiceResponse__Output as _kumo_compute_v1_UpdateComputeServiceResponse__Output } from './kumo/compute/v1/UpdateComputeServiceResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  kumo: {
    compute: {
      v1: {
        ComputeService: MessageTypeDefinition<_kumo_compute_v1_ComputeService, _kumo_compute_v1_ComputeService__Output>
        GetHypervisorRequest: MessageTypeDefinition<_kumo_compute_v1_GetHypervisorRequest, _kumo_compute_v1_GetHypervisorRequest__Output>
        GetHypervisorResponse: MessageTypeDefinition<_kumo_compute_v1_GetHypervisorResponse, _kumo_compute_v1_GetHypervisorResponse__Output>
        GetHypervisorStatisticsRequest: MessageTypeDefinition<_kumo_compute_v1_GetHypervisorStatisticsRequest, _kumo_compute_v1_GetHypervisorStatisticsRequest__Output>
        GetHypervisorStatisticsResponse: MessageTypeDefinition<_kumo_compute_v1_GetHypervisorStatisticsResponse, _kumo_compute_v1_GetHypervisorStatisticsResponse__Output>
        Hypervisor: MessageTypeDefinition<_kumo_compute_v1_Hypervisor, _kumo_compute_v1_Hypervisor__Output>
        /**
         * HypervisorService shows compute hosts.
         */
        HypervisorService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_HypervisorServiceClient> & { service: _kumo_compute_v1_HypervisorServiceDefinition }
        ListComputeServicesRequest: MessageTypeDefinition<_kumo_compute_v1_ListComputeServicesRequest, _kumo_compute_v1_ListComputeServicesRequest__Output>
        ListComputeServicesResponse: MessageTypeDefinition<_kumo_compute_v1_ListComputeServicesResponse, _kumo_compute_v1_ListComputeServicesResponse__Output>
        ListHypervisorsRequest: MessageTypeDefinition<_kumo_compute_v1_ListHypervisorsRequest, _kumo_compute_v1_ListHypervisorsRequest__Output>
        ListHypervisorsResponse: MessageTypeDefinition<_kumo_compute_v1_ListHypervisorsResponse, _kumo_compute_v1_ListHypervisorsResponse__Output>
        UpdateComputeServiceRequest: MessageTypeDefinition<_kumo_compute_v1_UpdateComputeServiceRequest, _kumo_compute_v1_UpdateComputeServiceRequest__Output>
        UpdateComputeServiceResponse: MessageTypeDefinition<_kumo_compute_v1_UpdateComputeServiceResponse, _kumo_compute_v1_UpdateComputeServiceResponse__Output>
      }
    }
  }
}

