import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { CreateServerGroupRequest as _kumo_compute_v1_CreateServerGroupRequest, CreateServerGroupRequest__Output as _kumo_compute_v1_CreateServerGroupRequest__Output } from './kumo/compute/v1/CreateServerGroupRequest.js';
import type { CreateServerGroupResponse as _kumo_compute_v1_CreateServerGroupResponse, CreateServerGroupResponse__Output as _kumo_compute_v1_CreateServerGroupResponse__Output } from './kumo/compute/v1/CreateServerGroupResponse.js';
import type { DeleteServerGroupRequest as _kumo_compute_v1_DeleteServerGroupRequest, DeleteServerGroupRequest__Output as _kumo_compute_v1_DeleteServerGroupRequest__Output } from './kumo/compute/v1/DeleteServerGroupRequest.js';
import type { DeleteServerGroupResponse as _kumo_compute_v1_DeleteServerGroupResponse, DeleteServerGroupResponse__Output as _kumo_compute_v1_DeleteServerGroupResponse__Output } from './kumo/compute/v1/DeleteServerGroupResponse.js';
import type { GetServerGroupRequest as _kumo_compute_v1_GetServerGroupRequest, GetServerGroupRequest__Output as _kumo_compute_v1_GetServerGroupRequest__Output } from './kumo/compute/v1/GetServerGroupRequest.js';
import type { GetServerGroupResponse as _kumo_compute_v1_GetServerGroupResponse, GetServerGroupResponse__Output as _kumo_compute_v1_GetServerGroupResponse__Output } from './kumo/compute/v1/GetServerGroupResponse.js';
import type { ListServerGroupsRequest as _kumo_compute_v1_ListServerGroupsRequest, ListServerGroupsRequest__Output as _kumo_compute_v1_ListServerGroupsRequest__Output } from './kumo/compute/v1/ListServerGroupsRequest.js';
import type { ListServerGroupsResponse as _kumo_compute_v1_ListServerGroupsResponse, ListServerGroupsResponse__Output as _kumo_compute_v1_ListServerGroupsResponse__Output } from './kumo/compute/v1/ListServerGroupsResponse.js';
import type { ServerGroup as _kumo_compute_v1_ServerGroup, ServerGroup__Output as _kumo_compute_v1_ServerGroup__Output } from './kumo/compute/v1/ServerGroup.js';
import type { ServerGroupServiceClient as _kumo_compute_v1_ServerGroupServiceClient, ServerGroupServiceDefinition as _kumo_compute_v1_ServerGroupServiceDefinition } from './kumo/compute/v1/ServerGroupService.js';

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
        CreateServerGroupRequest: MessageTypeDefinition<_kumo_compute_v1_CreateServerGroupRequest, _kumo_compute_v1_CreateServerGroupRequest__Output>
        CreateServerGroupResponse: MessageTypeDefinition<_kumo_compute_v1_CreateServerGroupResponse, _kumo_compute_v1_CreateServerGroupResponse__Output>
        DeleteServerGroupRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerGroupRequest, _kumo_compute_v1_DeleteServerGroupRequest__Output>
        DeleteServerGroupResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerGroupResponse, _kumo_compute_v1_DeleteServerGroupResponse__Output>
        GetServerGroupRequest: MessageTypeDefinition<_kumo_compute_v1_GetServerGroupRequest, _kumo_compute_v1_GetServerGroupRequest__Output>
        GetServerGroupResponse: MessageTypeDefinition<_kumo_compute_v1_GetServerGroupResponse, _kumo_compute_v1_GetServerGroupResponse__Output>
        ListServerGroupsRequest: MessageTypeDefinition<_kumo_compute_v1_ListServerGroupsRequest, _kumo_compute_v1_ListServerGroupsRequest__Output>
        ListServerGroupsResponse: MessageTypeDefinition<_kumo_compute_v1_ListServerGroupsResponse, _kumo_compute_v1_ListServerGroupsResponse__Output>
        ServerGroup: MessageTypeDefinition<_kumo_compute_v1_ServerGroup, _kumo_compute_v1_ServerGroup__Output>
        ServerGroupPolicy: EnumTypeDefinition
        /**
         * ServerGroupService manages server groups.
         */
        ServerGroupService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_ServerGroupServiceClient> & { service: _kumo_compute_v1_ServerGroupServiceDefinition }
      }
    }
  }
}

