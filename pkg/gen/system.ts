import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ConductorStatus as _kumo_compute_v1_ConductorStatus, ConductorStatus__Output as _kumo_compute_v1_ConductorStatus__Output } from './kumo/compute/v1/ConductorStatus.js';
import type { GetStatusRequest as _kumo_compute_v1_GetStatusRequest, GetStatusRequest__Output as _kumo_compute_v1_GetStatusRequest__Output } from './kumo/compute/v1/GetStatusRequest.js';
import type { GetStatusResponse as _kumo_compute_v1_GetStatusResponse, GetStatusResponse__Output as _kumo_compute_v1_GetStatusResponse__Output } from './kumo/compute/v1/GetStatusResponse.js';
import type { HostCounts as _kumo_compute_v1_HostCounts, HostCounts__Output as _kumo_compute_v1_HostCounts__Output } from './kumo/compute/v1/HostCounts.js';
import type { NatsStatus as _kumo_compute_v1_NatsStatus, NatsStatus__Output as _kumo_compute_v1_NatsStatus__Output } from './kumo/compute/v1/NatsStatus.js';
import type { ProcessInfo as _kumo_compute_v1_ProcessInfo, ProcessInfo__Output as _kumo_compute_v1_ProcessInfo__Output } from './kumo/compute/v1/ProcessInfo.js';
import type { ServiceStatus as _kumo_compute_v1_ServiceStatus, ServiceStatus__Output as _kumo_compute_v1_ServiceStatus__Output } from './kumo/compute/v1/ServiceStatus.js';
import type { StreamStatus as _kumo_compute_v1_StreamStatus, StreamStatus__Output as _kumo_compute_v1_StreamStatus__Output } from './kumo/compute/v1/StreamStatus.js';
import type { SystemServiceClient as _kumo_compute_v1_SystemServiceClient, SystemServiceDefinition as _kumo_compute_v1_SystemServiceDefinition } from './kumo/compute/v1/SystemService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kumo: {
    compute: {
      v1: {
        ConductorStatus: MessageTypeDefinition<_kumo_compute_v1_ConductorStatus, _kumo_compute_v1_ConductorStatus__Output>
        GetStatusRequest: MessageTypeDefinition<_kumo_compute_v1_GetStatusRequest, _kumo_compute_v1_GetStatusRequest__Output>
        GetStatusResponse: MessageTypeDefinition<_kumo_compute_v1_GetStatusResponse, _kumo_compute_v1_GetStatusResponse__Output>
        HostCounts: MessageTypeDefinition<_kumo_compute_v1_HostCounts, _kumo_compute_v1_HostCounts__Output>
        NatsStatus: MessageTypeDefinition<_kumo_compute_v1_NatsStatus, _kumo_compute_v1_NatsStatus__Output>
        ProcessInfo: MessageTypeDefinition<_kumo_compute_v1_ProcessInfo, _kumo_compute_v1_ProcessInfo__Output>
        ServiceStatus: MessageTypeDefinition<_kumo_compute_v1_ServiceStatus, _kumo_compute_v1_ServiceStatus__Output>
        StreamStatus: MessageTypeDefinition<_kumo_compute_v1_StreamStatus, _kumo_compute_v1_StreamStatus__Output>
        /**
         * SystemService is the operator's view of the control plane itself (admin only).
         */
        SystemService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_SystemServiceClient> & { service: _kumo_compute_v1_SystemServiceDefinition }
      }
    }
  }
}

