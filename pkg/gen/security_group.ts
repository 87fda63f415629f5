import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { AddSecurityGroupRequest as _kumo_compute_v1_AddSecurityGroupRequest, AddSecurityGroupRequest__Output as _kumo_compute_v1_AddSecurityGroupRequest__Output } from './kumo/compute/v1/AddSecurityGroupRequest.js';
import type { AddSecurityGroupResponse as _kumo_compute_v1_AddSecurityGroupResponse, AddSecurityGroupResponse__Output as _kumo_compute_v1_AddSecurityGroupResponse__Output } from './kumo/compute/v1/AddSecurityGroupResponse.js';
import type { CreateSecurityGroupRequest as _kumo_compute_v1_CreateSecurityGroupRequest, CreateSecurityGroupRequest__Output as _kumo_compute_v1_CreateSecurityGroupRequest__Output } from './kumo/compute/v1/CreateSecurityGroupRequest.js';
import type { CreateSecurityGroupResponse as _kumo_compute_v1_CreateSecurityGroupResponse, CreateSecurityGroupResponse__Output as _kumo_compute_v1_CreateSecurityGroupResponse__Output } from './kumo/compute/v1/CreateSecurityGroupResponse.js';
import type { CreateSecurityGroupRuleRequest as _kumo_compute_v1_CreateSecurityGroupRuleRequest, CreateSecurityGroupRuleRequest__Output as _kumo_compute_v1_CreateSecurityGroupRuleRequest__Output } from './kumo/compute/v1/CreateSecurityGroupRuleRequest.js';
import type { CreateSecurityGroupRuleResponse as _kumo_compute_v1_CreateSecurityGroupRuleResponse, CreateSecurityGroupRuleResponse__Output as _kumo_compute_v1_CreateSecurityGroupRuleResponse__Output } from './kumo/compute/v1/CreateSecurityGroupRuleResponse.js';
import type { DeleteSecurityGroupRequest as _kumo_compute_v1_DeleteSecurityGroupRequest, DeleteSecurityGroupRequest__Output as _kumo_compute_v1_DeleteSecurityGroupRequest__Output } from './kumo/compute/v1/DeleteSecurityGroupRequest.js';
import type { DeleteSecurityGroupResponse as _kumo_compute_v1_DeleteSecurityGroupResponse, DeleteSecurityGroupResponse__Output as _kumo_compute_v1_DeleteSecurityGroupResponse__Output } from './kumo/compute/v1/DeleteSecurityGroupResponse.js';
import type { DeleteSecurityGroupRuleRequest as _kumo_compute_v1_DeleteSecurityGroupRuleRequest, DeleteSecurityGroupRuleRequest__Output as _kumo_compute_v1_DeleteSecurityGroupRuleRequest__Output } from './kumo/compute/v1/DeleteSecurityGroupRuleRequest.js';
import type { DeleteSecurityGroupRuleResponse as _kumo_compute_v1_DeleteSecurityGroupRuleResponse, DeleteSecurityGroupRuleResponse__Output as _kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output } from './kumo/compute/v1/DeleteSecurityGroupRuleResponse.js';
import type { GetSecurityGroupRequest as _kumo_compute_v1_GetSecurityGroupRequest, GetSecurityGroupRequest__Output as _kumo_compute_v1_GetSecurityGroupRequest__Output } from './kumo/compute/v1/GetSecurityGroupRequest.js';
import type { GetSecurityGroupResponse as _kumo_compute_v1_GetSecurityGroupResponse, GetSecurityGroupResponse__Output as _kumo_compute_v1_GetSecurityGroupResponse__Output } from './kumo/compute/v1/GetSecurityGroupResponse.js';
import type { ListSecurityGroupRulesRequest as _kumo_compute_v1_ListSecurityGroupRulesRequest, ListSecurityGroupRulesRequest__Output as _kumo_compute_v1_ListSecurityGroupRulesRequest__Output } from './kumo/compute/v1/ListSecurityGroupRulesRequest.js';
import type { ListSecurityGroupRulesResponse as _kumo_compute_v1_ListSecurityGroupRulesResponse, ListSecurityGroupRulesResponse__Output as _kumo_compute_v1_ListSecurityGroupRulesResponse__Output } from './kumo/compute/v1/ListSecurityGroupRulesResponse.js';
import type { ListSecurityGroupsRequest as _kumo_compute_v1_ListSecurityGroupsRequest, ListSecurityGroupsRequest__Output as _kumo_compute_v1_ListSecurityGroupsRequest__Output } from './kumo/compute/v1/ListSecurityGroupsRequest.js';
import type { ListSecurityGroupsResponse as _kumo_compute_v1_ListSecurityGroupsResponse, ListSecurityGroupsResponse__Output as _kumo_compute_v1_ListSecurityGroupsResponse__Output } from './kumo/compute/v1/ListSecurityGroupsResponse.js';
import type { RemoveSecurityGroupRequest as _kumo_compute_v1_RemoveSecurityGroupRequest, RemoveSecurityGroupRequest__Output as _kumo_compute_v1_RemoveSecurityGroupRequest__Output } from './kumo/compute/v1/RemoveSecurityGroupRequest.js';
import type { RemoveSecurityGroupResponse as _kumo_compute_v1_RemoveSecurityGroupResponse, RemoveSecurityGroupResponse__Output as _kumo_compute_v1_RemoveSecurityGroupResponse__Output } from './kumo/compute/v1/RemoveSecurityGroupResponse.js';
import type { SecurityGroup as _kumo_compute_v1_SecurityGroup, SecurityGroup__Output as _kumo_compute_v1_SecurityGroup__Output } from './kumo/compute/v1/SecurityGroup.js';
import type { SecurityGroupRule as _kumo_compute_v1_SecurityGroupRule, SecurityGroupRule__Output as _kumo_compute_v1_SecurityGroupRule__Output } from './kumo/compute/v1/SecurityGroupRule.js';

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
        AddSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_AddSecurityGroupRequest, _kumo_compute_v1_AddSecurityGroupRequest__Output>
        AddSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_AddSecurityGroupResponse, _kumo_compute_v1_AddSecurityGroupResponse__Output>
        CreateSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_CreateSecurityGroupRequest, _kumo_compute_v1_CreateSecurityGroupRequest__Output>
        CreateSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_CreateSecurityGroupResponse, _kumo_compute_v1_CreateSecurityGroupResponse__Output>
        CreateSecurityGroupRuleRequest: MessageTypeDefinition<_kumo_compute_v1_CreateSecurityGroupRuleRequest, _kumo_compute_v1_CreateSecurityGroupRuleRequest__Output>
        CreateSecurityGroupRuleResponse: MessageTypeDefinition<_kumo_compute_v1_CreateSecurityGroupRuleResponse, _kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>
        DeleteSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteSecurityGroupRequest, _kumo_compute_v1_DeleteSecurityGroupRequest__Output>
        DeleteSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteSecurityGroupResponse, _kumo_compute_v1_DeleteSecurityGroupResponse__Output>
        DeleteSecurityGroupRuleRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteSecurityGroupRuleRequest, _kumo_compute_v1_DeleteSecurityGroupRuleRequest__Output>
        DeleteSecurityGroupRuleResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteSecurityGroupRuleResponse, _kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>
        GetSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_GetSecurityGroupRequest, _kumo_compute_v1_GetSecurityGroupRequest__Output>
        GetSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_GetSecurityGroupResponse, _kumo_compute_v1_GetSecurityGroupResponse__Output>
        ListSecurityGroupRulesRequest: MessageTypeDefinition<_kumo_compute_v1_ListSecurityGroupRulesRequest, _kumo_compute_v1_ListSecurityGroupRulesRequest__Output>
        ListSecurityGroupRulesResponse: MessageTypeDefinition<_kumo_compute_v1_ListSecurityGroupRulesResponse, _kumo_compute_v1_ListSecurityGroupRulesResponse__Output>
        ListSecurityGroupsRequest: MessageTypeDefinition<_kumo_compute_v1_ListSecurityGroupsRequest, _kumo_compute_v1_ListSecurityGroupsRequest__Output>
        ListSecurityGroupsResponse: MessageTypeDefinition<_kumo_compute_v1_ListSecurityGroupsResponse, _kumo_compute_v1_ListSecurityGroupsResponse__Output>
        RemoveSecurityGroupRequest: MessageTypeDefinition<_kumo_compute_v1_RemoveSecurityGroupRequest, _kumo_compute_v1_RemoveSecurityGroupRequest__Output>
        RemoveSecurityGroupResponse: MessageTypeDefinition<_kumo_compute_v1_RemoveSecurityGroupResponse, _kumo_compute_v1_RemoveSecurityGroupResponse__Output>
        SecurityGroup: MessageTypeDefinition<_kumo_compute_v1_SecurityGroup, _kumo_compute_v1_SecurityGroup__Output>
        SecurityGroupRule: MessageTypeDefinition<_kumo_compute_v1_SecurityGroupRule, _kumo_compute_v1_SecurityGroupRule__Output>
      }
    }
  }
}

