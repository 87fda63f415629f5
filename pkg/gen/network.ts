import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { AllocationPool as _kumo_compute_v1_AllocationPool, AllocationPool__Output as _kumo_compute_v1_AllocationPool__Output } from './kumo/compute/v1/AllocationPool.js';
import type { CreateNetworkRequest as _kumo_compute_v1_CreateNetworkRequest, CreateNetworkRequest__Output as _kumo_compute_v1_CreateNetworkRequest__Output } from './kumo/compute/v1/CreateNetworkRequest.js';
import type { CreateNetworkResponse as _kumo_compute_v1_CreateNetworkResponse, CreateNetworkResponse__Output as _kumo_compute_v1_CreateNetworkResponse__Output } from './kumo/compute/v1/CreateNetworkResponse.js';
import type { DeleteNetworkRequest as _kumo_compute_v1_DeleteNetworkRequest, DeleteNetworkRequest__Output as _kumo_compute_v1_DeleteNetworkRequest__Output } from './kumo/compute/v1/DeleteNetworkRequest.js';
import type { DeleteNetworkResponse as _kumo_compute_v1_DeleteNetworkResponse, DeleteNetworkResponse__Output as _kumo_compute_v1_DeleteNetworkResponse__Output } from './kumo/compute/v1/DeleteNetworkResponse.js';
import type { FixedIp as _kumo_compute_v1_FixedIp, FixedIp__Output as _kumo_compute_v1_FixedIp__Output } from './kumo/compute/v1/FixedIp.js';
import type { GetNetworkRequest as _kumo_compute_v1_GetNetworkRequest, GetNetworkRequest__Output as _kumo_compute_v1_GetNetworkRequest__Output } from './kumo/compute/v1/GetNetworkRequest.js';
import type { GetNetworkResponse as _kumo_compute_v1_GetNetworkResponse, GetNetworkResponse__Output as _kumo_compute_v1_GetNetworkResponse__Output } from './kumo/compute/v1/GetNetworkResponse.js';
import type { GetPortRequest as _kumo_compute_v1_GetPortRequest, GetPortRequest__Output as _kumo_compute_v1_GetPortRequest__Output } from './kumo/compute/v1/GetPortRequest.js';
import type { GetPortResponse as _kumo_compute_v1_GetPortResponse, GetPortResponse__Output as _kumo_compute_v1_GetPortResponse__Output } from './kumo/compute/v1/GetPortResponse.js';
import type { ListNetworksRequest as _kumo_compute_v1_ListNetworksRequest, ListNetworksRequest__Output as _kumo_compute_v1_ListNetworksRequest__Output } from './kumo/compute/v1/ListNetworksRequest.js';
import type { ListNetworksResponse as _kumo_compute_v1_ListNetworksResponse, ListNetworksResponse__Output as _kumo_compute_v1_ListNetworksResponse__Output } from './kumo/compute/v1/ListNetworksResponse.js';
import type { ListPortsRequest as _kumo_compute_v1_ListPortsRequest, ListPortsRequest__Output as _kumo_compute_v1_ListPortsRequest__Output } from './kumo/compute/v1/ListPortsRequest.js';
import type { ListPortsResponse as _kumo_compute_v1_ListPortsResponse, ListPortsResponse__Output as _kumo_compute_v1_ListPortsResponse__Output } from './kumo/compute/v1/ListPortsResponse.js';
import type { Network as _kumo_compute_v1_Network, Network__Output as _kumo_compute_v1_Network__Output } from './kumo/compute/v1/Network.js';
import type { NetworkServiceClient as _kumo_compute_v1_NetworkServiceClient, NetworkServiceDefinition as _kumo_compute_v1_NetworkServiceDefinition } from './kumo/compute/v1/NetworkService.js';
import type { Port as _kumo_compute_v1_Port, Port__Output as _kumo_compute_v1_Port__Output } from './kumo/compute/v1/Port.js';
import type { Subnet as _kumo_compute_v1_Subnet, Subnet__Output as _kumo_compute_v1_Subnet__Output } from './kumo/compute/v1/Subnet.js';
import type { AddressClaim as _kumo_internal_v1_AddressClaim, AddressClaim__Output as _kumo_internal_v1_AddressClaim__Output } from './kumo/internal/v1/AddressClaim.js';
import type { MacClaim as _kumo_internal_v1_MacClaim, MacClaim__Output as _kumo_internal_v1_MacClaim__Output } from './kumo/internal/v1/MacClaim.js';
import type { Nic as _kumo_internal_v1_Nic, Nic__Output as _kumo_internal_v1_Nic__Output } from './kumo/internal/v1/Nic.js';
import type { NicAddress as _kumo_internal_v1_NicAddress, NicAddress__Output as _kumo_internal_v1_NicAddress__Output } from './kumo/internal/v1/NicAddress.js';

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
        AllocationPool: MessageTypeDefinition<_kumo_compute_v1_AllocationPool, _kumo_compute_v1_AllocationPool__Output>
        CreateNetworkRequest: MessageTypeDefinition<_kumo_compute_v1_CreateNetworkRequest, _kumo_compute_v1_CreateNetworkRequest__Output>
        CreateNetworkResponse: MessageTypeDefinition<_kumo_compute_v1_CreateNetworkResponse, _kumo_compute_v1_CreateNetworkResponse__Output>
        DeleteNetworkRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteNetworkRequest, _kumo_compute_v1_DeleteNetworkRequest__Output>
        DeleteNetworkResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteNetworkResponse, _kumo_compute_v1_DeleteNetworkResponse__Output>
        FixedIp: MessageTypeDefinition<_kumo_compute_v1_FixedIp, _kumo_compute_v1_FixedIp__Output>
        GetNetworkRequest: MessageTypeDefinition<_kumo_compute_v1_GetNetworkRequest, _kumo_compute_v1_GetNetworkRequest__Output>
        GetNetworkResponse: MessageTypeDefinition<_kumo_compute_v1_GetNetworkResponse, _kumo_compute_v1_GetNetworkResponse__Output>
        GetPortRequest: MessageTypeDefinition<_kumo_compute_v1_GetPortRequest, _kumo_compute_v1_GetPortRequest__Output>
        GetPortResponse: MessageTypeDefinition<_kumo_compute_v1_GetPortResponse, _kumo_compute_v1_GetPortResponse__Output>
        ListNetworksRequest: MessageTypeDefinition<_kumo_compute_v1_ListNetworksRequest, _kumo_compute_v1_ListNetworksRequest__Output>
        ListNetworksResponse: MessageTypeDefinition<_kumo_compute_v1_ListNetworksResponse, _kumo_compute_v1_ListNetworksResponse__Output>
        ListPortsRequest: MessageTypeDefinition<_kumo_compute_v1_ListPortsRequest, _kumo_compute_v1_ListPortsRequest__Output>
        ListPortsResponse: MessageTypeDefinition<_kumo_compute_v1_ListPortsResponse, _kumo_compute_v1_ListPortsResponse__Output>
        Network: MessageTypeDefinition<_kumo_compute_v1_Network, _kumo_compute_v1_Network__Output>
        /**
         * NetworkService manages tenant networks with their subnets, and shows the
         * ports servers hold on them (Neutron's networks, subnets and ports, as
         * far as Nova needs them). Kumo has no data plane yet: networks and ports
         * are IP address management (IPAM) only, and a host's driver gets a
         * server's ports as its NIC configuration.
         */
        NetworkService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_NetworkServiceClient> & { service: _kumo_compute_v1_NetworkServiceDefinition }
        Port: MessageTypeDefinition<_kumo_compute_v1_Port, _kumo_compute_v1_Port__Output>
        Subnet: MessageTypeDefinition<_kumo_compute_v1_Subnet, _kumo_compute_v1_Subnet__Output>
      }
    }
    internal: {
      v1: {
        AddressClaim: MessageTypeDefinition<_kumo_internal_v1_AddressClaim, _kumo_internal_v1_AddressClaim__Output>
        MacClaim: MessageTypeDefinition<_kumo_internal_v1_MacClaim, _kumo_internal_v1_MacClaim__Output>
        Nic: MessageTypeDefinition<_kumo_internal_v1_Nic, _kumo_internal_v1_Nic__Output>
        NicAddress: MessageTypeDefinition<_kumo_internal_v1_NicAddress, _kumo_internal_v1_NicAddress__Output>
      }
    }
  }
}

