// Original file: /work/main/proto/kumo/compute/v1/server_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateServerRequest as _kumo_compute_v1_CreateServerRequest, CreateServerRequest__Output as _kumo_compute_v1_CreateServerRequest__Output } from '../../../kumo/compute/v1/CreateServerRequest.js';
import type { CreateServerResponse as _kumo_compute_v1_CreateServerResponse, CreateServerResponse__Output as _kumo_compute_v1_CreateServerResponse__Output } from '../../../kumo/compute/v1/CreateServerResponse.js';
import type { DeleteServerRequest as _kumo_compute_v1_DeleteServerRequest, DeleteServerRequest__Output as _kumo_compute_v1_DeleteServerRequest__Output } from '../../../kumo/compute/v1/DeleteServerRequest.js';
import type { DeleteServerResponse as _kumo_compute_v1_DeleteServerResponse, DeleteServerResponse__Output as _kumo_compute_v1_DeleteServerResponse__Output } from '../../../kumo/compute/v1/DeleteServerResponse.js';
import type { GetServerRequest as _kumo_compute_v1_GetServerRequest, GetServerRequest__Output as _kumo_compute_v1_GetServerRequest__Output } from '../../../kumo/compute/v1/GetServerRequest.js';
import type { GetServerResponse as _kumo_compute_v1_GetServerResponse, GetServerResponse__Output as _kumo_compute_v1_GetServerResponse__Output } from '../../../kumo/compute/v1/GetServerResponse.js';
import type { ListServersRequest as _kumo_compute_v1_ListServersRequest, ListServersRequest__Output as _kumo_compute_v1_ListServersRequest__Output } from '../../../kumo/compute/v1/ListServersRequest.js';
import type { ListServersResponse as _kumo_compute_v1_ListServersResponse, ListServersResponse__Output as _kumo_compute_v1_ListServersResponse__Output } from '../../../kumo/compute/v1/ListServersResponse.js';
import type { RebootServerRequest as _kumo_compute_v1_RebootServerRequest, RebootServerRequest__Output as _kumo_compute_v1_RebootServerRequest__Output } from '../../../kumo/compute/v1/RebootServerRequest.js';
import type { RebootServerResponse as _kumo_compute_v1_RebootServerResponse, RebootServerResponse__Output as _kumo_compute_v1_RebootServerResponse__Output } from '../../../kumo/compute/v1/RebootServerResponse.js';
import type { StartServerRequest as _kumo_compute_v1_StartServerRequest, StartServerRequest__Output as _kumo_compute_v1_StartServerRequest__Output } from '../../../kumo/compute/v1/StartServerRequest.js';
import type { StartServerResponse as _kumo_compute_v1_StartServerResponse, StartServerResponse__Output as _kumo_compute_v1_StartServerResponse__Output } from '../../../kumo/compute/v1/StartServerResponse.js';
import type { StopServerRequest as _kumo_compute_v1_StopServerRequest, StopServerRequest__Output as _kumo_compute_v1_StopServerRequest__Output } from '../../../kumo/compute/v1/StopServerRequest.js';
import type { StopServerResponse as _kumo_compute_v1_StopServerResponse, StopServerResponse__Output as _kumo_compute_v1_StopServerResponse__Output } from '../../../kumo/compute/v1/StopServerResponse.js';

/**
 * ServerService creates, lists and drives servers.
 */
export interface ServerServiceClient extends grpc.Client {
  /**
   * CreateServer boots min_count..max_count servers; it returns once their
   * BUILD records are durable, and they become ACTIVE asynchronously.
   */
  CreateServer(argument: _kumo_compute_v1_CreateServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerResponse__Output>): grpc.ClientUnaryCall;
  CreateServer(argument: _kumo_compute_v1_CreateServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerResponse__Output>): grpc.ClientUnaryCall;
  CreateServer(argument: _kumo_compute_v1_CreateServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerResponse__Output>): grpc.ClientUnaryCall;
  CreateServer(argument: _kumo_compute_v1_CreateServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateServer boots min_count..max_count servers; it returns once their
   * BUILD records are durable, and they become ACTIVE asynchronously.
   */
  createServer(argument: _kumo_compute_v1_CreateServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerResponse__Output>): grpc.ClientUnaryCall;
  createServer(argument: _kumo_compute_v1_CreateServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerResponse__Output>): grpc.ClientUnaryCall;
  createServer(argument: _kumo_compute_v1_CreateServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerResponse__Output>): grpc.ClientUnaryCall;
  createServer(argument: _kumo_compute_v1_CreateServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteServer deletes a server in any state.
   */
  DeleteServer(argument: _kumo_compute_v1_DeleteServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerResponse__Output>): grpc.ClientUnaryCall;
  DeleteServer(argument: _kumo_compute_v1_DeleteServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerResponse__Output>): grpc.ClientUnaryCall;
  DeleteServer(argument: _kumo_compute_v1_DeleteServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerResponse__Output>): grpc.ClientUnaryCall;
  DeleteServer(argument: _kumo_compute_v1_DeleteServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteServer deletes a server in any state.
   */
  deleteServer(argument: _kumo_compute_v1_DeleteServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerResponse__Output>): grpc.ClientUnaryCall;
  deleteServer(argument: _kumo_compute_v1_DeleteServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerResponse__Output>): grpc.ClientUnaryCall;
  deleteServer(argument: _kumo_compute_v1_DeleteServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerResponse__Output>): grpc.ClientUnaryCall;
  deleteServer(argument: _kumo_compute_v1_DeleteServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetServer returns one server by id.
   */
  GetServer(argument: _kumo_compute_v1_GetServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetServerResponse__Output>): grpc.ClientUnaryCall;
  GetServer(argument: _kumo_compute_v1_GetServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetServerResponse__Output>): grpc.ClientUnaryCall;
  GetServer(argument: _kumo_compute_v1_GetServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetServerResponse__Output>): grpc.ClientUnaryCall;
  GetServer(argument: _kumo_compute_v1_GetServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetServer returns one server by id.
   */
  getServer(argument: _kumo_compute_v1_GetServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetServerResponse__Output>): grpc.ClientUnaryCall;
  getServer(argument: _kumo_compute_v1_GetServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetServerResponse__Output>): grpc.ClientUnaryCall;
  getServer(argument: _kumo_compute_v1_GetServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetServerResponse__Output>): grpc.ClientUnaryCall;
  getServer(argument: _kumo_compute_v1_GetServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListServers returns servers, newest first, with filters and paging.
   */
  ListServers(argument: _kumo_compute_v1_ListServersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListServersResponse__Output>): grpc.ClientUnaryCall;
  ListServers(argument: _kumo_compute_v1_ListServersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListServersResponse__Output>): grpc.ClientUnaryCall;
  ListServers(argument: _kumo_compute_v1_ListServersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListServersResponse__Output>): grpc.ClientUnaryCall;
  ListServers(argument: _kumo_compute_v1_ListServersRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListServersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListServers returns servers, newest first, with filters and paging.
   */
  listServers(argument: _kumo_compute_v1_ListServersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListServersResponse__Output>): grpc.ClientUnaryCall;
  listServers(argument: _kumo_compute_v1_ListServersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListServersResponse__Output>): grpc.ClientUnaryCall;
  listServers(argument: _kumo_compute_v1_ListServersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListServersResponse__Output>): grpc.ClientUnaryCall;
  listServers(argument: _kumo_compute_v1_ListServersRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListServersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RebootServer reboots a server, softly or hard.
   */
  RebootServer(argument: _kumo_compute_v1_RebootServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RebootServerResponse__Output>): grpc.ClientUnaryCall;
  RebootServer(argument: _kumo_compute_v1_RebootServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RebootServerResponse__Output>): grpc.ClientUnaryCall;
  RebootServer(argument: _kumo_compute_v1_RebootServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RebootServerResponse__Output>): grpc.ClientUnaryCall;
  RebootServer(argument: _kumo_compute_v1_RebootServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RebootServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RebootServer reboots a server, softly or hard.
   */
  rebootServer(argument: _kumo_compute_v1_RebootServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RebootServerResponse__Output>): grpc.ClientUnaryCall;
  rebootServer(argument: _kumo_compute_v1_RebootServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RebootServerResponse__Output>): grpc.ClientUnaryCall;
  rebootServer(argument: _kumo_compute_v1_RebootServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RebootServerResponse__Output>): grpc.ClientUnaryCall;
  rebootServer(argument: _kumo_compute_v1_RebootServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RebootServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * StartServer powers on a SHUTOFF server.
   */
  StartServer(argument: _kumo_compute_v1_StartServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_StartServerResponse__Output>): grpc.ClientUnaryCall;
  StartServer(argument: _kumo_compute_v1_StartServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_StartServerResponse__Output>): grpc.ClientUnaryCall;
  StartServer(argument: _kumo_compute_v1_StartServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_StartServerResponse__Output>): grpc.ClientUnaryCall;
  StartServer(argument: _kumo_compute_v1_StartServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_StartServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * StartServer powers on a SHUTOFF server.
   */
  startServer(argument: _kumo_compute_v1_StartServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_StartServerResponse__Output>): grpc.ClientUnaryCall;
  startServer(argument: _kumo_compute_v1_StartServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_StartServerResponse__Output>): grpc.ClientUnaryCall;
  startServer(argument: _kumo_compute_v1_StartServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_StartServerResponse__Output>): grpc.ClientUnaryCall;
  startServer(argument: _kumo_compute_v1_StartServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_StartServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * StopServer powers off an ACTIVE or ERROR server.
   */
  StopServer(argument: _kumo_compute_v1_StopServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_StopServerResponse__Output>): grpc.ClientUnaryCall;
  StopServer(argument: _kumo_compute_v1_StopServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_StopServerResponse__Output>): grpc.ClientUnaryCall;
  StopServer(argument: _kumo_compute_v1_StopServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_StopServerResponse__Output>): grpc.ClientUnaryCall;
  StopServer(argument: _kumo_compute_v1_StopServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_StopServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * StopServer powers off an ACTIVE or ERROR server.
   */
  stopServer(argument: _kumo_compute_v1_StopServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_StopServerResponse__Output>): grpc.ClientUnaryCall;
  stopServer(argument: _kumo_compute_v1_StopServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_StopServerResponse__Output>): grpc.ClientUnaryCall;
  stopServer(argument: _kumo_compute_v1_StopServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_StopServerResponse__Output>): grpc.ClientUnaryCall;
  stopServer(argument: _kumo_compute_v1_StopServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_StopServerResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * ServerService creates, lists and drives servers.
 */
export interface ServerServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * CreateServer boots min_count..max_count servers; it returns once their
   * BUILD records are durable, and they become ACTIVE asynchronously.
   */
  CreateServer: grpc.handleUnaryCall<_kumo_compute_v1_CreateServerRequest__Output, _kumo_compute_v1_CreateServerResponse>;
  
  /**
   * DeleteServer deletes a server in any state.
   */
  DeleteServer: grpc.handleUnaryCall<_kumo_compute_v1_DeleteServerRequest__Output, _kumo_compute_v1_DeleteServerResponse>;
  
  /**
   * GetServer returns one server by id.
   */
  GetServer: grpc.handleUnaryCall<_kumo_compute_v1_GetServerRequest__Output, _kumo_compute_v1_GetServerResponse>;
  
  /**
   * ListServers returns servers, newest first, with filters and paging.
   */
  ListServers: grpc.handleUnaryCall<_kumo_compute_v1_ListServersRequest__Output, _kumo_compute_v1_ListServersResponse>;
  
  /**
   * RebootServer reboots a server, softly or hard.
   */
  RebootServer: grpc.handleUnaryCall<_kumo_compute_v1_RebootServerRequest__Output, _kumo_compute_v1_RebootServerResponse>;
  
  /**
   * StartServer powers on a SHUTOFF server.
   */
  StartServer: grpc.handleUnaryCall<_kumo_compute_v1_StartServerRequest__Output, _kumo_compute_v1_StartServerResponse>;
  
  /**
   * StopServer powers off an ACTIVE or ERROR server.
   */
  StopServer: grpc.handleUnaryCall<_kumo_compute_v1_StopServerRequest__Output, _kumo_compute_v1_StopServerResponse>;
  
}

export interface ServerServiceDefinition extends grpc.ServiceDefinition {
  CreateServer: MethodDefinition<_kumo_compute_v1_CreateServerRequest, _kumo_compute_v1_CreateServerResponse, _kumo_compute_v1_CreateServerRequest__Output, _kumo_compute_v1_CreateServerResponse__Output>
  DeleteServer: MethodDefinition<_kumo_compute_v1_DeleteServerRequest, _kumo_compute_v1_DeleteServerResponse, _kumo_compute_v1_DeleteServerRequest__Output, _kumo_compute_v1_DeleteServerResponse__Output>
  GetServer: MethodDefinition<_kumo_compute_v1_GetServerRequest, _kumo_compute_v1_GetServerResponse, _kumo_compute_v1_GetServerRequest__Output, _kumo_compute_v1_GetServerResponse__Output>
  ListServers: MethodDefinition<_kumo_compute_v1_ListServersRequest, _kumo_compute_v1_ListServersResponse, _kumo_compute_v1_ListServersRequest__Output, _kumo_compute_v1_ListServersResponse__Output>
  RebootServer: MethodDefinition<_kumo_compute_v1_RebootServerRequest, _kumo_compute_v1_RebootServerResponse, _kumo_compute_v1_RebootServerRequest__Output, _kumo_compute_v1_RebootServerResponse__Output>
  StartServer: MethodDefinition<_kumo_compute_v1_StartServerRequest, _kumo_compute_v1_StartServerResponse, _kumo_compute_v1_StartServerRequest__Output, _kumo_compute_v1_StartServerResponse__Output>
  StopServer: MethodDefinition<_kumo_compute_v1_StopServerRequest, _kumo_compute_v1_StopServerResponse, _kumo_compute_v1_StopServerRequest__Output, _kumo_compute_v1_StopServerResponse__Output>
}
