// Original file: proto/kumo/compute/v1/server_group.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateServerGroupRequest as _kumo_compute_v1_CreateServerGroupRequest, CreateServerGroupRequest__Output as _kumo_compute_v1_CreateServerGroupRequest__Output } from '../../../kumo/compute/v1/CreateServerGroupRequest.js';
import type { CreateServerGroupResponse as _kumo_compute_v1_CreateServerGroupResponse, CreateServerGroupResponse__Output as _kumo_compute_v1_CreateServerGroupResponse__Output } from '../../../kumo/compute/v1/CreateServerGroupResponse.js';
import type { DeleteServerGroupRequest as _kumo_compute_v1_DeleteServerGroupRequest, DeleteServerGroupRequest__Output as _kumo_compute_v1_DeleteServerGroupRequest__Output } from '../../../kumo/compute/v1/DeleteServerGroupRequest.js';
import type { DeleteServerGroupResponse as _kumo_compute_v1_DeleteServerGroupResponse, DeleteServerGroupResponse__Output as _kumo_compute_v1_DeleteServerGroupResponse__Output } from '../../../kumo/compute/v1/DeleteServerGroupResponse.js';
import type { GetServerGroupRequest as _kumo_compute_v1_GetServerGroupRequest, GetServerGroupRequest__Output as _kumo_compute_v1_GetServerGroupRequest__Output } from '../../../kumo/compute/v1/GetServerGroupRequest.js';
import type { GetServerGroupResponse as _kumo_compute_v1_GetServerGroupResponse, GetServerGroupResponse__Output as _kumo_compute_v1_GetServerGroupResponse__Output } from '../../../kumo/compute/v1/GetServerGroupResponse.js';
import type { ListServerGroupsRequest as _kumo_compute_v1_ListServerGroupsRequest, ListServerGroupsRequest__Output as _kumo_compute_v1_ListServerGroupsRequest__Output } from '../../../kumo/compute/v1/ListServerGroupsRequest.js';
import type { ListServerGroupsResponse as _kumo_compute_v1_ListServerGroupsResponse, ListServerGroupsResponse__Output as _kumo_compute_v1_ListServerGroupsResponse__Output } from '../../../kumo/compute/v1/ListServerGroupsResponse.js';

/**
 * ServerGroupService manages server groups.
 */
export interface ServerGroupServiceClient extends grpc.Client {
  /**
   * CreateServerGroup adds a group.
   */
  CreateServerGroup(argument: _kumo_compute_v1_CreateServerGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateServerGroup(argument: _kumo_compute_v1_CreateServerGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateServerGroup(argument: _kumo_compute_v1_CreateServerGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateServerGroup(argument: _kumo_compute_v1_CreateServerGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateServerGroup adds a group.
   */
  createServerGroup(argument: _kumo_compute_v1_CreateServerGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerGroupResponse__Output>): grpc.ClientUnaryCall;
  createServerGroup(argument: _kumo_compute_v1_CreateServerGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerGroupResponse__Output>): grpc.ClientUnaryCall;
  createServerGroup(argument: _kumo_compute_v1_CreateServerGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerGroupResponse__Output>): grpc.ClientUnaryCall;
  createServerGroup(argument: _kumo_compute_v1_CreateServerGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteServerGroup removes a group; its servers keep running.
   */
  DeleteServerGroup(argument: _kumo_compute_v1_DeleteServerGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerGroup(argument: _kumo_compute_v1_DeleteServerGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerGroup(argument: _kumo_compute_v1_DeleteServerGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerGroup(argument: _kumo_compute_v1_DeleteServerGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteServerGroup removes a group; its servers keep running.
   */
  deleteServerGroup(argument: _kumo_compute_v1_DeleteServerGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteServerGroup(argument: _kumo_compute_v1_DeleteServerGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteServerGroup(argument: _kumo_compute_v1_DeleteServerGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteServerGroup(argument: _kumo_compute_v1_DeleteServerGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetServerGroup returns one group with its members.
   */
  GetServerGroup(argument: _kumo_compute_v1_GetServerGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetServerGroupResponse__Output>): grpc.ClientUnaryCall;
  GetServerGroup(argument: _kumo_compute_v1_GetServerGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetServerGroupResponse__Output>): grpc.ClientUnaryCall;
  GetServerGroup(argument: _kumo_compute_v1_GetServerGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetServerGroupResponse__Output>): grpc.ClientUnaryCall;
  GetServerGroup(argument: _kumo_compute_v1_GetServerGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetServerGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetServerGroup returns one group with its members.
   */
  getServerGroup(argument: _kumo_compute_v1_GetServerGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetServerGroupResponse__Output>): grpc.ClientUnaryCall;
  getServerGroup(argument: _kumo_compute_v1_GetServerGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetServerGroupResponse__Output>): grpc.ClientUnaryCall;
  getServerGroup(argument: _kumo_compute_v1_GetServerGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetServerGroupResponse__Output>): grpc.ClientUnaryCall;
  getServerGroup(argument: _kumo_compute_v1_GetServerGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetServerGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListServerGroups returns the project's groups ordered by name.
   */
  ListServerGroups(argument: _kumo_compute_v1_ListServerGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListServerGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListServerGroups(argument: _kumo_compute_v1_ListServerGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListServerGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListServerGroups(argument: _kumo_compute_v1_ListServerGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListServerGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListServerGroups(argument: _kumo_compute_v1_ListServerGroupsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListServerGroupsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListServerGroups returns the project's groups ordered by name.
   */
  listServerGroups(argument: _kumo_compute_v1_ListServerGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListServerGroupsResponse__Output>): grpc.ClientUnaryCall;
  listServerGroups(argument: _kumo_compute_v1_ListServerGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListServerGroupsResponse__Output>): grpc.ClientUnaryCall;
  listServerGroups(argument: _kumo_compute_v1_ListServerGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListServerGroupsResponse__Output>): grpc.ClientUnaryCall;
  listServerGroups(argument: _kumo_compute_v1_ListServerGroupsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListServerGroupsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * ServerGroupService manages server groups.
 */
export interface ServerGroupServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * CreateServerGroup adds a group.
   */
  CreateServerGroup: grpc.handleUnaryCall<_kumo_compute_v1_CreateServerGroupRequest__Output, _kumo_compute_v1_CreateServerGroupResponse>;
  
  /**
   * DeleteServerGroup removes a group; its servers keep running.
   */
  DeleteServerGroup: grpc.handleUnaryCall<_kumo_compute_v1_DeleteServerGroupRequest__Output, _kumo_compute_v1_DeleteServerGroupResponse>;
  
  /**
   * GetServerGroup returns one group with its members.
   */
  GetServerGroup: grpc.handleUnaryCall<_kumo_compute_v1_GetServerGroupRequest__Output, _kumo_compute_v1_GetServerGroupResponse>;
  
  /**
   * ListServerGroups returns the project's groups ordered by name.
   */
  ListServerGroups: grpc.handleUnaryCall<_kumo_compute_v1_ListServerGroupsRequest__Output, _kumo_compute_v1_ListServerGroupsResponse>;
  
}

export interface ServerGroupServiceDefinition extends grpc.ServiceDefinition {
  CreateServerGroup: MethodDefinition<_kumo_compute_v1_CreateServerGroupRequest, _kumo_compute_v1_CreateServerGroupResponse, _kumo_compute_v1_CreateServerGroupRequest__Output, _kumo_compute_v1_CreateServerGroupResponse__Output>
  DeleteServerGroup: MethodDefinition<_kumo_compute_v1_DeleteServerGroupRequest, _kumo_compute_v1_DeleteServerGroupResponse, _kumo_compute_v1_DeleteServerGroupRequest__Output, _kumo_compute_v1_DeleteServerGroupResponse__Output>
  GetServerGroup: MethodDefinition<_kumo_compute_v1_GetServerGroupRequest, _kumo_compute_v1_GetServerGroupResponse, _kumo_compute_v1_GetServerGroupRequest__Output, _kumo_compute_v1_GetServerGroupResponse__Output>
  ListServerGroups: MethodDefinition<_kumo_compute_v1_ListServerGroupsRequest, _kumo_compute_v1_ListServerGroupsResponse, _kumo_compute_v1_ListServerGroupsRequest__Output, _kumo_compute_v1_ListServerGroupsResponse__Output>
}
