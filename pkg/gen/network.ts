import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { AddFloatingIpRequest as _kumo_compute_v1_AddFloatingIpRequest, AddFloatingIpRequest__Output as _kumo_compute_v1_AddFloatingIpRequest__Output } from './kumo/compute/v1/AddFloatingIpRequest.js';
import type { AddFloatingIpResponse as _kumo_compute_v1_AddFloatingIpResponse, AddFloatingIpResponse__Output as _kumo_compute_v1_AddFloatingIpResponse__Output } from './kumo/compute/v1/AddFloatingIpResponse.js';
import type { AddSecurityGroupRequest as _kumo_compute_v1_AddSecurityGroupRequest, AddSecurityGroupRequest__Output as _kumo_compute_v1_AddSecurityGroupRequest__Output } from './kumo/compute/v1/AddSecurityGroupRequest.js';
import type { AddSecurityGroupResponse as _kumo_compute_v1_AddSecurityGroupResponse, AddSecurityGroupResponse__Output as _kumo_compute_v1_AddSecurityGroupResponse__Output } from './kumo/compute/v1/AddSecurityGroupResponse.js';
import type { AllocationPool as _kumo_compute_v1_AllocationPool, AllocationPool__Output as _kumo_compute_v1_AllocationPool__Output } from './kumo/compute/v1/AllocationPool.js';
import type { CreateFloatingIpRequest as _kumo_compute_v1_CreateFloatingIpRequest, CreateFloatingIpRequest__Output as _kumo_compute_v1_CreateFloatingIpRequest__Output } from './kumo/compute/v1/CreateFloatingIpRequest.js';
import type { CreateFloatingIpResponse as _kumo_compute_v1_CreateFloatingIpResponse, CreateFloatingIpResponse__Output as _kumo_compute_v1_CreateFloatingIpResponse__Output } from './kumo/compute/v1/CreateFloatingIpResponse.js';
import type { CreateNetworkRequest as _kumo_compute_v1_CreateNetworkRequest, CreateNetworkRequest__Output as _kumo_compute_v1_CreateNetworkRequest__Output } from './kumo/compute/v1/CreateNetworkRequest.js';
import type { CreateNetworkResponse as _kumo_compute_v1_CreateNetworkResponse, CreateNetworkResponse__Output as _kumo_compute_v1_CreateNetworkResponse__Output } from './kumo/compute/v1/CreateNetworkResponse.js';
import type { CreateSecurityGroupRequest as _kumo_compute_v1_CreateSecurityGroupRequest, CreateSecurityGroupRequest__Output as _kumo_compute_v1_CreateSecurityGroupRequest__Output } from './kumo/compute/v1/CreateSecurityGroupRequest.js';
import type { CreateSecurityGroupResponse as _kumo_compute_v1_CreateSecurityGroupResponse, CreateSecurityGroupResponse__Output as _kumo_compute_v1_CreateSecurityGroupResponse__Output } from './kumo/compute/v1/CreateSecurityGroupResponse.js';
import type { CreateSecurityGroupRuleRequest as _kumo_compute_v1_CreateSecurityGroupRuleRequest, CreateSecurityGroupRuleRequest__Output as _kumo_compute_v1_CreateSecurityGroupRuleRequest__Output } from './kumo/compute/v1/CreateSecurityGroupRuleRequest.js';
import type { CreateSecurityGroupRuleResponse as _kumo_compute_v1_CreateSecurityGroupRuleResponse, CreateSecurityGroupRuleResponse__Output as _kumo_compute_v1_CreateSecurityGroupRuleResponse__Output } from './kumo/compute/v1/CreateSecurityGroupRuleResponse.js';
import type { DeleteFloatingIpRequest as _kumo_compute_v1_DeleteFloatingIpRequest, DeleteFloatingIpRequest__Output as _kumo_compute_v1_DeleteFloatingIpRequest__Output } from './kumo/compute/v1/DeleteFloatingIpRequest.js';
import type { DeleteFloatingIpResponse as _kumo_compute_v1_DeleteFloatingIpResponse, DeleteFloatingIpResponse__Output as _kumo_compute_v1_DeleteFloatingIpResponse__Output } from './kumo/compute/v1/DeleteFloatingIpResponse.js';
import type { DeleteNetworkRequest as _kumo_compute_v1_DeleteNetworkRequest, DeleteNetworkRequest__Output as _kumo_compute_v1_DeleteNetworkRequest__Output } from './kumo/compute/v1/DeleteNetworkRequest.js';
import type { DeleteNetworkResponse as _kumo_compute_v1_DeleteNetworkResponse, DeleteNetworkResponse__Output as _kumo_compute_v1_DeleteNetworkResponse__Output } from './kumo/compute/v1/DeleteNetworkResponse.js';
import type { DeleteSecurityGroupRequest as _kumo_compute_v1_DeleteSecurityGroupRequest, DeleteSecurityGroupRequest__Output as _kumo_compute_v1_DeleteSecurityGroupRequest__Output } from './kumo/compute/v1/DeleteSecurityGroupRequest.js';
import type { DeleteSecurityGroupResponse as _kumo_compute_v1_DeleteSecurityGroupResponse, DeleteSecurityGroupResponse__Output as _kumo_compute_v1_DeleteSecurityGroupResponse__Output } from './kumo/compute/v1/DeleteSecurityGroupResponse.js';
import type { DeleteSecurityGroupRuleRequest as _kumo_compute_v1_DeleteSecurityGroupRuleRequest, DeleteSecurityGroupRuleRequest__Output as _kumo_compute_v1_DeleteSecurityGroupRuleRequest__Output } from './kumo/compute/v1/DeleteSecurityGroupRuleRequest.js';
import type { DeleteSecurityGroupRuleResponse as _kumo_compute_v1_DeleteSecurityGroupRuleResponse, DeleteSecurityGroupRuleResponse__Output as _kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output } from './kumo/compute/v1/DeleteSecurityGroupRuleResponse.js';
import type { FixedIp as _kumo_compute_v1_FixedIp, FixedIp__Output as _kumo_compute_v1_FixedIp__Output } from './kumo/compute/v1/FixedIp.js';
import type { FloatingIp as _kumo_compute_v1_FloatingIp, FloatingIp__Output as _kumo_compute_v1_FloatingIp__Output } from './kumo/compute/v1/FloatingIp.js';
import type { GetFloatingIpRequest as _kumo_compute_v1_GetFloatingIpRequest, GetFloatingIpRequest__Output as _kumo_compute_v1_GetFloatingIpRequest__Output } from './kumo/compute/v1/GetFloatingIpRequest.js';
import type { GetFloatingIpResponse as _kumo_compute_v1_GetFloatingIpResponse, GetFloatingIpResponse__Output as _kumo_compute_v1_GetFloatingIpResponse__Output } from './kumo/compute/v1/GetFloatingIpResponse.js';
import type { GetNetworkRequest as _kumo_compute_v1_GetNetworkRequest, GetNetworkRequest__Output as _kumo_compute_v1_GetNetworkRequest__Output } from './kumo/compute/v1/GetNetworkRequest.js';
import type { GetNetworkResponse as _kumo_compute_v1_GetNetworkResponse, GetNetworkResponse__Output as _kumo_compute_v1_GetNetworkResponse__Output } from './kumo/compute/v1/GetNetworkResponse.js';
import type { GetPortRequest as _kumo_compute_v1_GetPortRequest, GetPortRequest__Output as _kumo_compute_v1_GetPortRequest__Output } from './kumo/compute/v1/GetPortRequest.js';
import type { GetPortResponse as _kumo_compute_v1_GetPortResponse, GetPortResponse__Output as _kumo_compute_v1_GetPortResponse__Output } from './kumo/compute/v1/GetPortResponse.js';
import type { GetSecurityGroupRequest as _kumo_compute_v1_GetSecurityGroupRequest, GetSecurityGroupRequest__Output as _kumo_compute_v1_GetSecurityGroupRequest__Output } from './kumo/compute/v1/GetSecurityGroupRequest.js';
import type { GetSecurityGroupResponse as _kumo_compute_v1_GetSecurityGroupResponse, GetSecurityGroupResponse__Output as _kumo_compute_v1_GetSecurityGroupResponse__Output } from './kumo/compute/v1/GetSecurityGroupResponse.js';
import type { ListFloatingIpsRequest as _kumo_compute_v1_ListFloatingIpsRequest, ListFloatingIpsRequest__Output as _kumo_compute_v1_ListFloatingIpsRequest__Output } from './kumo/compute/v1/ListFloatingIpsRequest.js';
import type { ListFloatingIpsResponse as _kumo_compute_v1_ListFloatingIpsResponse, ListFloatingIpsResponse__Output as _kumo_compute_v1_ListFloatingIpsResponse__Output } from './kumo/compute/v1/ListFloatingIpsResponse.js';
import type { ListNetworksRequest as _kumo_compute_v1_ListNetworksRequest, ListNetworksRequest__Output as _kumo_compute_v1_ListNetworksRequest__Output } from './kumo/compute/v1/ListNetworksRequest.js';
import type { ListNetworksResponse as _kumo_compute_v1_ListNetworksResponse, ListNetworksResponse__Output as _kumo_compute_v1_ListNetworksResponse__Output } from './kumo/compute/v1/ListNetworksResponse.js';
import type { ListPortsRequest as _kumo_compute_v1_ListPortsRequest, ListPortsRequest__Output as _kumo_compute_v1_ListPortsRequest__Output } from './kumo/compute/v1/ListPortsRequest.js';
import type { ListPortsResponse as _kumo_compute_v1_ListPortsResponse, ListPortsResponse__Output as _kumo_compute_v1_ListPortsResponse__Output } from './kumo/compute/v1/ListPortsResponse.js';
import type { ListSecurityGroupRulesRequest as _kumo_compute_v1_ListSecurityGroupRulesRequest, ListSecurityGroupRulesRequest__Output as _kumo_compute_v1_ListSecurityGroupRulesRequest__Output } from './kumo/compute/v1/ListSecurityGroupRulesRequest.js';
import type { ListSecurityGroupRulesResponse as _kumo_compute_v1_ListSecurityGroupRulesResponse, ListSecurityGroupRulesResponse__Output as _kumo_compute_v1_ListSecurityGroupRulesResponse__Output } from './kumo/compute/v1/ListSecurityGroupRulesResponse.js';
import type { ListSecurityGroupsRequest as _kumo_compute_v1_ListSecurityGroupsRequest, ListSecurityGroupsRequest__Output as _kumo_compute_v1_ListSecurityGroupsRequest__Output } from './kumo/compute/v1/ListSecurityGroupsRequest.js';
import type { ListSecurityGroupsResponse as _kumo_compute_v1_ListSecurityGroupsResponse, ListSecurityGroupsResponse__Output as _kumo_compute_v1_ListSecurityGroupsResponse__Output } from './kumo/compute/v1/ListSecurityGroupsResponse.js';
import type { Network as _kumo_compute_v1_Network, Network__Output as _kumo_compute_v1_Network__Output } from './kumo/compute/v1/Network.js';
import type { NetworkServiceClient as _kumo_compute_v1_NetworkServiceClient, NetworkServiceDefinition as _kumo_compute_v1_NetworkServiceDefinition } from './kumo/compute/v1/NetworkService.js';
import type { Port as _kumo_compute_v1_Port, Port__Output as _kumo_compute_v1_Port__Output } from './kumo/compute/v1/Port.js';
import type { RemoveFloatingIpRequest as _kumo_compute_v1_RemoveFloatingIpRequest, RemoveFloatingIpRequest__Output as _kumo_compute_v1_RemoveFloatingIpRequest__Output } from './kumo/compute/v1/RemoveFloatingIpRequest.js';
import type { RemoveFloatingIpResponse as _kumo_compute_v1_RemoveFloatingIpResponse, RemoveFloatingIpResponse__Output as _kumo_compute_v1_RemoveFloatingIpResponse__Output } from './kumo/compute/v1/RemoveFloatingIpResponse.js';
import type { RemoveSecurityGroupRequest as _kumo_compute_v1_RemoveSecurityGroupRequest, RemoveSecurityGroupRequest__Output as _kumo_compute_v1_RemoveSecurityGroupRequest__Output } from './kumo/compute/v1/RemoveSecurityGroupRequest.js';
import type { RemoveSecurityGroupResponse as _kumo_compute_v1_RemoveSecurityGroupResponse, RemoveSecurityGroupResponse__Output as _kumo_compute_v1_RemoveSecurityGroupResponse__Output } from './kumo/compute/v1/RemoveSecurityGroupResponse.js';
import type { SecurityGroup as _kumo_compute_v1_SecurityGroup, SecurityGroup__Output as _kumo_compute_v1_SecurityGroup__Output } from './kumo/compute/v1/SecurityGroup.js';
import type { SecurityGroupRule as _kumo_compute_v1_SecurityGroupRule, SecurityGroupRule__Output as _kumo_compute_v1_SecurityGroupRule__Output } from './kumo/compute/v1/SecurityGroupRule.js';
import type { Subnet as _kumo_compute_v1_Subnet, Subnet__Output as _kumo_compute_v1_Subnet__Output } from './kumo/compute/v1/Subnet.js';
import type { AddressClaim as _kumo_internal_v1_AddressClaim, AddressClaim__Output as _kumo_internal_v1_AddressClaim__Output } from './kumo/internal/v1/AddressClaim.js';
import type { FixedIpClaim as _kumo_internal_v1_FixedIpClaim, FixedIpClaim__Output as _kumo_internal_v1_FixedIpClaim__Output } from './kumo/internal/v1/FixedIpClaim.js';
import type { MacClaim as _kumo_internal_v1_MacClaim, MacClaim__Output as _kumo_internal_v1_MacClaim__Output } from './kumo/internal/v1/MacClaim.js';
import type { Nic as _kumo_internal_v1_Nic, Nic__Output as _kumo_internal_v1_Nic__Output } from './kumo/internal/v1/Nic.js';
import type { NicAddress as _kumo_internal_v1_NicAddress, NicAddress__Output as _kumo_internal_v1_NicAddress__Output } from './kumo/internal/v1/NicAddress.js';
import type { QuotaSlot as _kumo_internal_v1_QuotaSlot, QuotaSlot__Output as _kumo_internal_v1_QuotaSlot__Output } from './kumo/internal/v1/QuotaSlot.js';

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
        AddFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_AddFloatingIpRequest, _kumo_compute_v1_AddFloatingIpRequest__Output>
        AddFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_AddFloatingIpResponse, _kumo_compute_v1_AddFloatingIpResponse__Output>
        AddSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_AddSecurityGroupRequest, _kumo_compute_v1_AddSecurityGroupRequest__Output>
        AddSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_AddSecurityGroupResponse, _kumo_compute_v1_AddSecurityGroupResponse__Output>
        AllocationPool: MessageTypeDefinition<_kumo_compute_v1_AllocationPool, _kumo_compute_v1_AllocationPool__Output>
        CreateFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_CreateFloatingIpRequest, _kumo_compute_v1_CreateFloatingIpRequest__Output>
        CreateFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_CreateFloatingIpResponse, _kumo_compute_v1_CreateFloatingIpResponse__Output>
        CreateNetworkRequest: MessageTypeDefinition<_kumo_compute_v1_CreateNetworkRequest, _kumo_compute_v1_CreateNetworkRequest__Output>
        CreateNetworkResponse: MessageTypeDefinition<_kumo_compute_v1_CreateNetworkResponse, _kumo_compute_v1_CreateNetworkResponse__Output>
        CreateSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_CreateSecurityGroupRequest, _kumo_compute_v1_CreateSecurityGroupRequest__Output>
        CreateSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_CreateSecurityGroupResponse, _kumo_compute_v1_CreateSecurityGroupResponse__Output>
        CreateSecurityGroupRuleRequest: MessageTypeDefinition<_kumo_compute_v1_CreateSecurityGroupRuleRequest, _kumo_compute_v1_CreateSecurityGroupRuleRequest__Output>
        CreateSecurityGroupRuleResponse: MessageTypeDefinition<_kumo_compute_v1_CreateSecurityGroupRuleResponse, _kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>
        DeleteFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteFloatingIpRequest, _kumo_compute_v1_DeleteFloatingIpRequest__Output>
        DeleteFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteFloatingIpResponse, _kumo_compute_v1_DeleteFloatingIpResponse__Output>
        DeleteNetworkRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteNetworkRequest, _kumo_compute_v1_DeleteNetworkRequest__Output>
        DeleteNetworkResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteNetworkResponse, _kumo_compute_v1_DeleteNetworkResponse__Output>
        DeleteSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteSecurityGroupRequest, _kumo_compute_v1_DeleteSecurityGroupRequest__Output>
        DeleteSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteSecurityGroupResponse, _kumo_compute_v1_DeleteSecurityGroupResponse__Output>
        DeleteSecurityGroupRuleRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteSecurityGroupRuleRequest, _kumo_compute_v1_DeleteSecurityGroupRuleRequest__Output>
        DeleteSecurityGroupRuleResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteSecurityGroupRuleResponse, _kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>
        FixedIp: MessageTypeDefinition<_kumo_compute_v1_FixedIp, _kumo_compute_v1_FixedIp__Output>
        FloatingIp: MessageTypeDefinition<_kumo_compute_v1_FloatingIp, _kumo_compute_v1_FloatingIp__Output>
        GetFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_GetFloatingIpRequest, _kumo_compute_v1_GetFloatingIpRequest__Output>
        GetFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_GetFloatingIpResponse, _kumo_compute_v1_GetFloatingIpResponse__Output>
        GetNetworkRequest: MessageTypeDefinition<_kumo_compute_v1_GetNetworkRequest, _kumo_compute_v1_GetNetworkRequest__Output>
        GetNetworkResponse: MessageTypeDefinition<_kumo_compute_v1_GetNetworkResponse, _kumo_compute_v1_GetNetworkResponse__Output>
        GetPortRequest: MessageTypeDefinition<_kumo_compute_v1_GetPortRequest, _kumo_compute_v1_GetPortRequest__Output>
        GetPortResponse: MessageTypeDefinition<_kumo_compute_v1_GetPortResponse, _kumo_compute_v1_GetPortResponse__Output>
        GetSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_GetSecurityGroupRequest, _kumo_compute_v1_GetSecurityGroupRequest__Output>
        GetSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_GetSecurityGroupResponse, _kumo_compute_v1_GetSecurityGroupResponse__Output>
        ListFloatingIpsRequest: MessageTypeDefinition<_kumo_compute_v1_ListFloatingIpsRequest, _kumo_compute_v1_ListFloatingIpsRequest__Output>
        ListFloatingIpsResponse: MessageTypeDefinition<_kumo_compute_v1_ListFloatingIpsResponse, _kumo_compute_v1_ListFloatingIpsResponse__Output>
        ListNetworksRequest: MessageTypeDefinition<_kumo_compute_v1_ListNetworksRequest, _kumo_compute_v1_ListNetworksRequest__Output>
        ListNetworksResponse: MessageTypeDefinition<_kumo_compute_v1_ListNetworksResponse, _kumo_compute_v1_ListNetworksResponse__Output>
        ListPortsRequest: MessageTypeDefinition<_kumo_compute_v1_ListPortsRequest, _kumo_compute_v1_ListPortsRequest__Output>
        ListPortsResponse: MessageTypeDefinition<_kumo_compute_v1_ListPortsResponse, _kumo_compute_v1_ListPortsResponse__Output>
        ListSecurityGroupRulesRequest: MessageTypeDefinition<_kumo_compute_v1_ListSecurityGroupRulesRequest, _kumo_compute_v1_ListSecurityGroupRulesRequest__Output>
        ListSecurityGroupRulesResponse: MessageTypeDefinition<_kumo_compute_v1_ListSecurityGroupRulesResponse, _kumo_compute_v1_ListSecurityGroupRulesResponse__Output>
        ListSecurityGroupsRequest: MessageTypeDefinition<_kumo_compute_v1_ListSecurityGroupsRequest, _kumo_compute_v1_ListSecurityGroupsRequest__Output>
        ListSecurityGroupsResponse: MessageTypeDefinition<_kumo_compute_v1_ListSecurityGroupsResponse, _kumo_compute_v1_ListSecurityGroupsResponse__Output>
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
        RemoveFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_RemoveFloatingIpRequest, _kumo_compute_v1_RemoveFloatingIpRequest__Output>
        RemoveFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_RemoveFloatingIpResponse, _kumo_compute_v1_RemoveFloatingIpResponse__Output>
        RemoveSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_RemoveSecurityGroupRequest, _kumo_compute_v1_RemoveSecurityGroupRequest__Output>
        RemoveSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_RemoveSecurityGroupResponse, _kumo_compute_v1_RemoveSecurityGroupResponse__Output>
        SecurityGroup: MessageTypeDefinition<_kumo_compute_v1_SecurityGroup, _kumo_compute_v1_SecurityGroup__Output>
        SecurityGroupRule: MessageTypeDefinition<_kumo_compute_v1_SecurityGroupRule, _kumo_compute_v1_SecurityGroupRule__Output>
        Subnet: MessageTypeDefinition<_kumo_compute_v1_Subnet, _kumo_compute_v1_Subnet__Output>
      }
    }
    internal: {
      v1: {
        AddressClaim: MessageTypeDefinition<_kumo_internal_v1_AddressClaim, _kumo_internal_v1_AddressClaim__Output>
        FixedIpClaim: MessageTypeDefinition<_kumo_internal_v1_FixedIpClaim, _kumo_internal_v1_FixedIpClaim__Output>
        MacClaim: MessageTypeDefinition<_kumo_internal_v1_MacClaim, _kumo_internal_v1_MacClaim__Output>
        Nic: MessageTypeDefinition<_kumo_internal_v1_Nic, _kumo_internal_v1_Nic__Output>
        NicAddress: MessageTypeDefinition<_kumo_internal_v1_NicAddress, _kumo_internal_v1_NicAddress__Output>
        QuotaSlot: MessageTypeDefinition<_kumo_internal_v1_QuotaSlot, _kumo_internal_v1_QuotaSlot__Output>
      }
    }
  }
}

