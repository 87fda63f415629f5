// Original file: proto/kumo/compute/v1/server_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConfirmResizeServerRequest as _kumo_compute_v1_ConfirmResizeServerRequest, ConfirmResizeServerRequest__Output as _kumo_compute_v1_ConfirmResizeServerRequest__Output } from '../../../kumo/compute/v1/ConfirmResizeServerRequest.js';
import type { ConfirmResizeServerResponse as _kumo_compute_v1_ConfirmResizeServerResponse, ConfirmResizeServerResponse__Output as _kumo_compute_v1_ConfirmResizeServerResponse__Output } from '../../../kumo/compute/v1/ConfirmResizeServerResponse.js';
import type { CreateRemoteConsoleRequest as _kumo_compute_v1_CreateRemoteConsoleRequest, CreateRemoteConsoleRequest__Output as _kumo_compute_v1_CreateRemoteConsoleRequest__Output } from '../../../kumo/compute/v1/CreateRemoteConsoleRequest.js';
import type { CreateRemoteConsoleResponse as _kumo_compute_v1_CreateRemoteConsoleResponse, CreateRemoteConsoleResponse__Output as _kumo_compute_v1_CreateRemoteConsoleResponse__Output } from '../../../kumo/compute/v1/CreateRemoteConsoleResponse.js';
import type { CreateServerImageRequest as _kumo_compute_v1_CreateServerImageRequest, CreateServerImageRequest__Output as _kumo_compute_v1_CreateServerImageRequest__Output } from '../../../kumo/compute/v1/CreateServerImageRequest.js';
import type { CreateServerImageResponse as _kumo_compute_v1_CreateServerImageResponse, CreateServerImageResponse__Output as _kumo_compute_v1_CreateServerImageResponse__Output } from '../../../kumo/compute/v1/CreateServerImageResponse.js';
import type { CreateServerRequest as _kumo_compute_v1_CreateServerRequest, CreateServerRequest__Output as _kumo_compute_v1_CreateServerRequest__Output } from '../../../kumo/compute/v1/CreateServerRequest.js';
import type { CreateServerResponse as _kumo_compute_v1_CreateServerResponse, CreateServerResponse__Output as _kumo_compute_v1_CreateServerResponse__Output } from '../../../kumo/compute/v1/CreateServerResponse.js';
import type { DeleteServerMetadataRequest as _kumo_compute_v1_DeleteServerMetadataRequest, DeleteServerMetadataRequest__Output as _kumo_compute_v1_DeleteServerMetadataRequest__Output } from '../../../kumo/compute/v1/DeleteServerMetadataRequest.js';
import type { DeleteServerMetadataResponse as _kumo_compute_v1_DeleteServerMetadataResponse, DeleteServerMetadataResponse__Output as _kumo_compute_v1_DeleteServerMetadataResponse__Output } from '../../../kumo/compute/v1/DeleteServerMetadataResponse.js';
import type { DeleteServerRequest as _kumo_compute_v1_DeleteServerRequest, DeleteServerRequest__Output as _kumo_compute_v1_DeleteServerRequest__Output } from '../../../kumo/compute/v1/DeleteServerRequest.js';
import type { DeleteServerResponse as _kumo_compute_v1_DeleteServerResponse, DeleteServerResponse__Output as _kumo_compute_v1_DeleteServerResponse__Output } from '../../../kumo/compute/v1/DeleteServerResponse.js';
import type { DeleteServerTagsRequest as _kumo_compute_v1_DeleteServerTagsRequest, DeleteServerTagsRequest__Output as _kumo_compute_v1_DeleteServerTagsRequest__Output } from '../../../kumo/compute/v1/DeleteServerTagsRequest.js';
import type { DeleteServerTagsResponse as _kumo_compute_v1_DeleteServerTagsResponse, DeleteServerTagsResponse__Output as _kumo_compute_v1_DeleteServerTagsResponse__Output } from '../../../kumo/compute/v1/DeleteServerTagsResponse.js';
import type { EvacuateServerRequest as _kumo_compute_v1_EvacuateServerRequest, EvacuateServerRequest__Output as _kumo_compute_v1_EvacuateServerRequest__Output } from '../../../kumo/compute/v1/EvacuateServerRequest.js';
import type { EvacuateServerResponse as _kumo_compute_v1_EvacuateServerResponse, EvacuateServerResponse__Output as _kumo_compute_v1_EvacuateServerResponse__Output } from '../../../kumo/compute/v1/EvacuateServerResponse.js';
import type { ForceDeleteServerRequest as _kumo_compute_v1_ForceDeleteServerRequest, ForceDeleteServerRequest__Output as _kumo_compute_v1_ForceDeleteServerRequest__Output } from '../../../kumo/compute/v1/ForceDeleteServerRequest.js';
import type { ForceDeleteServerResponse as _kumo_compute_v1_ForceDeleteServerResponse, ForceDeleteServerResponse__Output as _kumo_compute_v1_ForceDeleteServerResponse__Output } from '../../../kumo/compute/v1/ForceDeleteServerResponse.js';
import type { GetConsoleOutputRequest as _kumo_compute_v1_GetConsoleOutputRequest, GetConsoleOutputRequest__Output as _kumo_compute_v1_GetConsoleOutputRequest__Output } from '../../../kumo/compute/v1/GetConsoleOutputRequest.js';
import type { GetConsoleOutputResponse as _kumo_compute_v1_GetConsoleOutputResponse, GetConsoleOutputResponse__Output as _kumo_compute_v1_GetConsoleOutputResponse__Output } from '../../../kumo/compute/v1/GetConsoleOutputResponse.js';
import type { GetInstanceActionRequest as _kumo_compute_v1_GetInstanceActionRequest, GetInstanceActionRequest__Output as _kumo_compute_v1_GetInstanceActionRequest__Output } from '../../../kumo/compute/v1/GetInstanceActionRequest.js';
import type { GetInstanceActionResponse as _kumo_compute_v1_GetInstanceActionResponse, GetInstanceActionResponse__Output as _kumo_compute_v1_GetInstanceActionResponse__Output } from '../../../kumo/compute/v1/GetInstanceActionResponse.js';
import type { GetServerRequest as _kumo_compute_v1_GetServerRequest, GetServerRequest__Output as _kumo_compute_v1_GetServerRequest__Output } from '../../../kumo/compute/v1/GetServerRequest.js';
import type { GetServerResponse as _kumo_compute_v1_GetServerResponse, GetServerResponse__Output as _kumo_compute_v1_GetServerResponse__Output } from '../../../kumo/compute/v1/GetServerResponse.js';
import type { ListInstanceActionsRequest as _kumo_compute_v1_ListInstanceActionsRequest, ListInstanceActionsRequest__Output as _kumo_compute_v1_ListInstanceActionsRequest__Output } from '../../../kumo/compute/v1/ListInstanceActionsRequest.js';
import type { ListInstanceActionsResponse as _kumo_compute_v1_ListInstanceActionsResponse, ListInstanceActionsResponse__Output as _kumo_compute_v1_ListInstanceActionsResponse__Output } from '../../../kumo/compute/v1/ListInstanceActionsResponse.js';
import type { ListServersRequest as _kumo_compute_v1_ListServersRequest, ListServersRequest__Output as _kumo_compute_v1_ListServersRequest__Output } from '../../../kumo/compute/v1/ListServersRequest.js';
import type { ListServersResponse as _kumo_compute_v1_ListServersResponse, ListServersResponse__Output as _kumo_compute_v1_ListServersResponse__Output } from '../../../kumo/compute/v1/ListServersResponse.js';
import type { LiveMigrateServerRequest as _kumo_compute_v1_LiveMigrateServerRequest, LiveMigrateServerRequest__Output as _kumo_compute_v1_LiveMigrateServerRequest__Output } from '../../../kumo/compute/v1/LiveMigrateServerRequest.js';
import type { LiveMigrateServerResponse as _kumo_compute_v1_LiveMigrateServerResponse, LiveMigrateServerResponse__Output as _kumo_compute_v1_LiveMigrateServerResponse__Output } from '../../../kumo/compute/v1/LiveMigrateServerResponse.js';
import type { LockServerRequest as _kumo_compute_v1_LockServerRequest, LockServerRequest__Output as _kumo_compute_v1_LockServerRequest__Output } from '../../../kumo/compute/v1/LockServerRequest.js';
import type { LockServerResponse as _kumo_compute_v1_LockServerResponse, LockServerResponse__Output as _kumo_compute_v1_LockServerResponse__Output } from '../../../kumo/compute/v1/LockServerResponse.js';
import type { MigrateServerRequest as _kumo_compute_v1_MigrateServerRequest, MigrateServerRequest__Output as _kumo_compute_v1_MigrateServerRequest__Output } from '../../../kumo/compute/v1/MigrateServerRequest.js';
import type { MigrateServerResponse as _kumo_compute_v1_MigrateServerResponse, MigrateServerResponse__Output as _kumo_compute_v1_MigrateServerResponse__Output } from '../../../kumo/compute/v1/MigrateServerResponse.js';
import type { PauseServerRequest as _kumo_compute_v1_PauseServerRequest, PauseServerRequest__Output as _kumo_compute_v1_PauseServerRequest__Output } from '../../../kumo/compute/v1/PauseServerRequest.js';
import type { PauseServerResponse as _kumo_compute_v1_PauseServerResponse, PauseServerResponse__Output as _kumo_compute_v1_PauseServerResponse__Output } from '../../../kumo/compute/v1/PauseServerResponse.js';
import type { RebootServerRequest as _kumo_compute_v1_RebootServerRequest, RebootServerRequest__Output as _kumo_compute_v1_RebootServerRequest__Output } from '../../../kumo/compute/v1/RebootServerRequest.js';
import type { RebootServerResponse as _kumo_compute_v1_RebootServerResponse, RebootServerResponse__Output as _kumo_compute_v1_RebootServerResponse__Output } from '../../../kumo/compute/v1/RebootServerResponse.js';
import type { RebuildServerRequest as _kumo_compute_v1_RebuildServerRequest, RebuildServerRequest__Output as _kumo_compute_v1_RebuildServerRequest__Output } from '../../../kumo/compute/v1/RebuildServerRequest.js';
import type { RebuildServerResponse as _kumo_compute_v1_RebuildServerResponse, RebuildServerResponse__Output as _kumo_compute_v1_RebuildServerResponse__Output } from '../../../kumo/compute/v1/RebuildServerResponse.js';
import type { RescueServerRequest as _kumo_compute_v1_RescueServerRequest, RescueServerRequest__Output as _kumo_compute_v1_RescueServerRequest__Output } from '../../../kumo/compute/v1/RescueServerRequest.js';
import type { RescueServerResponse as _kumo_compute_v1_RescueServerResponse, RescueServerResponse__Output as _kumo_compute_v1_RescueServerResponse__Output } from '../../../kumo/compute/v1/RescueServerResponse.js';
import type { ResizeServerRequest as _kumo_compute_v1_ResizeServerRequest, ResizeServerRequest__Output as _kumo_compute_v1_ResizeServerRequest__Output } from '../../../kumo/compute/v1/ResizeServerRequest.js';
import type { ResizeServerResponse as _kumo_compute_v1_ResizeServerResponse, ResizeServerResponse__Output as _kumo_compute_v1_ResizeServerResponse__Output } from '../../../kumo/compute/v1/ResizeServerResponse.js';
import type { RestoreServerRequest as _kumo_compute_v1_RestoreServerRequest, RestoreServerRequest__Output as _kumo_compute_v1_RestoreServerRequest__Output } from '../../../kumo/compute/v1/RestoreServerRequest.js';
import type { RestoreServerResponse as _kumo_compute_v1_RestoreServerResponse, RestoreServerResponse__Output as _kumo_compute_v1_RestoreServerResponse__Output } from '../../../kumo/compute/v1/RestoreServerResponse.js';
import type { ResumeServerRequest as _kumo_compute_v1_ResumeServerRequest, ResumeServerRequest__Output as _kumo_compute_v1_ResumeServerRequest__Output } from '../../../kumo/compute/v1/ResumeServerRequest.js';
import type { ResumeServerResponse as _kumo_compute_v1_ResumeServerResponse, ResumeServerResponse__Output as _kumo_compute_v1_ResumeServerResponse__Output } from '../../../kumo/compute/v1/ResumeServerResponse.js';
import type { RevertResizeServerRequest as _kumo_compute_v1_RevertResizeServerRequest, RevertResizeServerRequest__Output as _kumo_compute_v1_RevertResizeServerRequest__Output } from '../../../kumo/compute/v1/RevertResizeServerRequest.js';
import type { RevertResizeServerResponse as _kumo_compute_v1_RevertResizeServerResponse, RevertResizeServerResponse__Output as _kumo_compute_v1_RevertResizeServerResponse__Output } from '../../../kumo/compute/v1/RevertResizeServerResponse.js';
import type { SetServerMetadataRequest as _kumo_compute_v1_SetServerMetadataRequest, SetServerMetadataRequest__Output as _kumo_compute_v1_SetServerMetadataRequest__Output } from '../../../kumo/compute/v1/SetServerMetadataRequest.js';
import type { SetServerMetadataResponse as _kumo_compute_v1_SetServerMetadataResponse, SetServerMetadataResponse__Output as _kumo_compute_v1_SetServerMetadataResponse__Output } from '../../../kumo/compute/v1/SetServerMetadataResponse.js';
import type { SetServerTagsRequest as _kumo_compute_v1_SetServerTagsRequest, SetServerTagsRequest__Output as _kumo_compute_v1_SetServerTagsRequest__Output } from '../../../kumo/compute/v1/SetServerTagsRequest.js';
import type { SetServerTagsResponse as _kumo_compute_v1_SetServerTagsResponse, SetServerTagsResponse__Output as _kumo_compute_v1_SetServerTagsResponse__Output } from '../../../kumo/compute/v1/SetServerTagsResponse.js';
import type { ShelveOffloadServerRequest as _kumo_compute_v1_ShelveOffloadServerRequest, ShelveOffloadServerRequest__Output as _kumo_compute_v1_ShelveOffloadServerRequest__Output } from '../../../kumo/compute/v1/ShelveOffloadServerRequest.js';
import type { ShelveOffloadServerResponse as _kumo_compute_v1_ShelveOffloadServerResponse, ShelveOffloadServerResponse__Output as _kumo_compute_v1_ShelveOffloadServerResponse__Output } from '../../../kumo/compute/v1/ShelveOffloadServerResponse.js';
import type { ShelveServerRequest as _kumo_compute_v1_ShelveServerRequest, ShelveServerRequest__Output as _kumo_compute_v1_ShelveServerRequest__Output } from '../../../kumo/compute/v1/ShelveServerRequest.js';
import type { ShelveServerResponse as _kumo_compute_v1_ShelveServerResponse, ShelveServerResponse__Output as _kumo_compute_v1_ShelveServerResponse__Output } from '../../../kumo/compute/v1/ShelveServerResponse.js';
import type { StartServerRequest as _kumo_compute_v1_StartServerRequest, StartServerRequest__Output as _kumo_compute_v1_StartServerRequest__Output } from '../../../kumo/compute/v1/StartServerRequest.js';
import type { StartServerResponse as _kumo_compute_v1_StartServerResponse, StartServerResponse__Output as _kumo_compute_v1_StartServerResponse__Output } from '../../../kumo/compute/v1/StartServerResponse.js';
import type { StopServerRequest as _kumo_compute_v1_StopServerRequest, StopServerRequest__Output as _kumo_compute_v1_StopServerRequest__Output } from '../../../kumo/compute/v1/StopServerRequest.js';
import type { StopServerResponse as _kumo_compute_v1_StopServerResponse, StopServerResponse__Output as _kumo_compute_v1_StopServerResponse__Output } from '../../../kumo/compute/v1/StopServerResponse.js';
import type { SuspendServerRequest as _kumo_compute_v1_SuspendServerRequest, SuspendServerRequest__Output as _kumo_compute_v1_SuspendServerRequest__Output } from '../../../kumo/compute/v1/SuspendServerRequest.js';
import type { SuspendServerResponse as _kumo_compute_v1_SuspendServerResponse, SuspendServerResponse__Output as _kumo_compute_v1_SuspendServerResponse__Output } from '../../../kumo/compute/v1/SuspendServerResponse.js';
import type { UnlockServerRequest as _kumo_compute_v1_UnlockServerRequest, UnlockServerRequest__Output as _kumo_compute_v1_UnlockServerRequest__Output } from '../../../kumo/compute/v1/UnlockServerRequest.js';
import type { UnlockServerResponse as _kumo_compute_v1_UnlockServerResponse, UnlockServerResponse__Output as _kumo_compute_v1_UnlockServerResponse__Output } from '../../../kumo/compute/v1/UnlockServerResponse.js';
import type { UnpauseServerRequest as _kumo_compute_v1_UnpauseServerRequest, UnpauseServerRequest__Output as _kumo_compute_v1_UnpauseServerRequest__Output } from '../../../kumo/compute/v1/UnpauseServerRequest.js';
import type { UnpauseServerResponse as _kumo_compute_v1_UnpauseServerResponse, UnpauseServerResponse__Output as _kumo_compute_v1_UnpauseServerResponse__Output } from '../../../kumo/compute/v1/UnpauseServerResponse.js';
import type { UnrescueServerRequest as _kumo_compute_v1_UnrescueServerRequest, UnrescueServerRequest__Output as _kumo_compute_v1_UnrescueServerRequest__Output } from '../../../kumo/compute/v1/UnrescueServerRequest.js';
import type { UnrescueServerResponse as _kumo_compute_v1_UnrescueServerResponse, UnrescueServerResponse__Output as _kumo_compute_v1_UnrescueServerResponse__Output } from '../../../kumo/compute/v1/UnrescueServerResponse.js';
import type { UnshelveServerRequest as _kumo_compute_v1_UnshelveServerRequest, UnshelveServerRequest__Output as _kumo_compute_v1_UnshelveServerRequest__Output } from '../../../kumo/compute/v1/UnshelveServerRequest.js';
import type { UnshelveServerResponse as _kumo_compute_v1_UnshelveServerResponse, UnshelveServerResponse__Output as _kumo_compute_v1_UnshelveServerResponse__Output } from '../../../kumo/compute/v1/UnshelveServerResponse.js';
import type { WatchServerRequest as _kumo_compute_v1_WatchServerRequest, WatchServerRequest__Output as _kumo_compute_v1_WatchServerRequest__Output } from '../../../kumo/compute/v1/WatchServerRequest.js';
import type { WatchServerResponse as _kumo_compute_v1_WatchServerResponse, WatchServerResponse__Output as _kumo_compute_v1_WatchServerResponse__Output } from '../../../kumo/compute/v1/WatchServerResponse.js';
import type { WatchServersRequest as _kumo_compute_v1_WatchServersRequest, WatchServersRequest__Output as _kumo_compute_v1_WatchServersRequest__Output } from '../../../kumo/compute/v1/WatchServersRequest.js';
import type { WatchServersResponse as _kumo_compute_v1_WatchServersResponse, WatchServersResponse__Output as _kumo_compute_v1_WatchServersResponse__Output } from '../../../kumo/compute/v1/WatchServersResponse.js';

/**
 * ServerService creates, lists and drives servers.
 */
export interface ServerServiceClient extends grpc.Client {
  /**
   * ConfirmResizeServer confirms a resize or cold migration in VERIFY_RESIZE, freeing the source host.
   */
  ConfirmResizeServer(argument: _kumo_compute_v1_ConfirmResizeServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ConfirmResizeServerResponse__Output>): grpc.ClientUnaryCall;
  ConfirmResizeServer(argument: _kumo_compute_v1_ConfirmResizeServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ConfirmResizeServerResponse__Output>): grpc.ClientUnaryCall;
  ConfirmResizeServer(argument: _kumo_compute_v1_ConfirmResizeServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ConfirmResizeServerResponse__Output>): grpc.ClientUnaryCall;
  ConfirmResizeServer(argument: _kumo_compute_v1_ConfirmResizeServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ConfirmResizeServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ConfirmResizeServer confirms a resize or cold migration in VERIFY_RESIZE, freeing the source host.
   */
  confirmResizeServer(argument: _kumo_compute_v1_ConfirmResizeServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ConfirmResizeServerResponse__Output>): grpc.ClientUnaryCall;
  confirmResizeServer(argument: _kumo_compute_v1_ConfirmResizeServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ConfirmResizeServerResponse__Output>): grpc.ClientUnaryCall;
  confirmResizeServer(argument: _kumo_compute_v1_ConfirmResizeServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ConfirmResizeServerResponse__Output>): grpc.ClientUnaryCall;
  confirmResizeServer(argument: _kumo_compute_v1_ConfirmResizeServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ConfirmResizeServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * CreateRemoteConsole returns a console URL carrying a one-time token that expires.
   */
  CreateRemoteConsole(argument: _kumo_compute_v1_CreateRemoteConsoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateRemoteConsoleResponse__Output>): grpc.ClientUnaryCall;
  CreateRemoteConsole(argument: _kumo_compute_v1_CreateRemoteConsoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateRemoteConsoleResponse__Output>): grpc.ClientUnaryCall;
  CreateRemoteConsole(argument: _kumo_compute_v1_CreateRemoteConsoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateRemoteConsoleResponse__Output>): grpc.ClientUnaryCall;
  CreateRemoteConsole(argument: _kumo_compute_v1_CreateRemoteConsoleRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateRemoteConsoleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateRemoteConsole returns a console URL carrying a one-time token that expires.
   */
  createRemoteConsole(argument: _kumo_compute_v1_CreateRemoteConsoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateRemoteConsoleResponse__Output>): grpc.ClientUnaryCall;
  createRemoteConsole(argument: _kumo_compute_v1_CreateRemoteConsoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateRemoteConsoleResponse__Output>): grpc.ClientUnaryCall;
  createRemoteConsole(argument: _kumo_compute_v1_CreateRemoteConsoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateRemoteConsoleResponse__Output>): grpc.ClientUnaryCall;
  createRemoteConsole(argument: _kumo_compute_v1_CreateRemoteConsoleRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateRemoteConsoleResponse__Output>): grpc.ClientUnaryCall;
  
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
   * CreateServerImage snapshots a server (pause, copy the disk, register an
   * image with image_type=snapshot, resume); allowed from ACTIVE, SHUTOFF,
   * PAUSED, SUSPENDED.
   */
  CreateServerImage(argument: _kumo_compute_v1_CreateServerImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerImageResponse__Output>): grpc.ClientUnaryCall;
  CreateServerImage(argument: _kumo_compute_v1_CreateServerImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerImageResponse__Output>): grpc.ClientUnaryCall;
  CreateServerImage(argument: _kumo_compute_v1_CreateServerImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerImageResponse__Output>): grpc.ClientUnaryCall;
  CreateServerImage(argument: _kumo_compute_v1_CreateServerImageRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateServerImage snapshots a server (pause, copy the disk, register an
   * image with image_type=snapshot, resume); allowed from ACTIVE, SHUTOFF,
   * PAUSED, SUSPENDED.
   */
  createServerImage(argument: _kumo_compute_v1_CreateServerImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerImageResponse__Output>): grpc.ClientUnaryCall;
  createServerImage(argument: _kumo_compute_v1_CreateServerImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerImageResponse__Output>): grpc.ClientUnaryCall;
  createServerImage(argument: _kumo_compute_v1_CreateServerImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerImageResponse__Output>): grpc.ClientUnaryCall;
  createServerImage(argument: _kumo_compute_v1_CreateServerImageRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateServerImageResponse__Output>): grpc.ClientUnaryCall;
  
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
   * DeleteServerMetadata removes user metadata keys.
   */
  DeleteServerMetadata(argument: _kumo_compute_v1_DeleteServerMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerMetadata(argument: _kumo_compute_v1_DeleteServerMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerMetadata(argument: _kumo_compute_v1_DeleteServerMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerMetadata(argument: _kumo_compute_v1_DeleteServerMetadataRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteServerMetadata removes user metadata keys.
   */
  deleteServerMetadata(argument: _kumo_compute_v1_DeleteServerMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  deleteServerMetadata(argument: _kumo_compute_v1_DeleteServerMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  deleteServerMetadata(argument: _kumo_compute_v1_DeleteServerMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  deleteServerMetadata(argument: _kumo_compute_v1_DeleteServerMetadataRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteServerTags removes tags.
   */
  DeleteServerTags(argument: _kumo_compute_v1_DeleteServerTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerTags(argument: _kumo_compute_v1_DeleteServerTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerTags(argument: _kumo_compute_v1_DeleteServerTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteServerTags(argument: _kumo_compute_v1_DeleteServerTagsRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerTagsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteServerTags removes tags.
   */
  deleteServerTags(argument: _kumo_compute_v1_DeleteServerTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteServerTags(argument: _kumo_compute_v1_DeleteServerTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteServerTags(argument: _kumo_compute_v1_DeleteServerTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteServerTags(argument: _kumo_compute_v1_DeleteServerTagsRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteServerTagsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * EvacuateServer rebuilds a server on another host when its own host is down or forced down (admins only).
   */
  EvacuateServer(argument: _kumo_compute_v1_EvacuateServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_EvacuateServerResponse__Output>): grpc.ClientUnaryCall;
  EvacuateServer(argument: _kumo_compute_v1_EvacuateServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_EvacuateServerResponse__Output>): grpc.ClientUnaryCall;
  EvacuateServer(argument: _kumo_compute_v1_EvacuateServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_EvacuateServerResponse__Output>): grpc.ClientUnaryCall;
  EvacuateServer(argument: _kumo_compute_v1_EvacuateServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_EvacuateServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * EvacuateServer rebuilds a server on another host when its own host is down or forced down (admins only).
   */
  evacuateServer(argument: _kumo_compute_v1_EvacuateServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_EvacuateServerResponse__Output>): grpc.ClientUnaryCall;
  evacuateServer(argument: _kumo_compute_v1_EvacuateServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_EvacuateServerResponse__Output>): grpc.ClientUnaryCall;
  evacuateServer(argument: _kumo_compute_v1_EvacuateServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_EvacuateServerResponse__Output>): grpc.ClientUnaryCall;
  evacuateServer(argument: _kumo_compute_v1_EvacuateServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_EvacuateServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ForceDeleteServer deletes a SOFT_DELETED server now.
   */
  ForceDeleteServer(argument: _kumo_compute_v1_ForceDeleteServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ForceDeleteServerResponse__Output>): grpc.ClientUnaryCall;
  ForceDeleteServer(argument: _kumo_compute_v1_ForceDeleteServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ForceDeleteServerResponse__Output>): grpc.ClientUnaryCall;
  ForceDeleteServer(argument: _kumo_compute_v1_ForceDeleteServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ForceDeleteServerResponse__Output>): grpc.ClientUnaryCall;
  ForceDeleteServer(argument: _kumo_compute_v1_ForceDeleteServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ForceDeleteServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ForceDeleteServer deletes a SOFT_DELETED server now.
   */
  forceDeleteServer(argument: _kumo_compute_v1_ForceDeleteServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ForceDeleteServerResponse__Output>): grpc.ClientUnaryCall;
  forceDeleteServer(argument: _kumo_compute_v1_ForceDeleteServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ForceDeleteServerResponse__Output>): grpc.ClientUnaryCall;
  forceDeleteServer(argument: _kumo_compute_v1_ForceDeleteServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ForceDeleteServerResponse__Output>): grpc.ClientUnaryCall;
  forceDeleteServer(argument: _kumo_compute_v1_ForceDeleteServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ForceDeleteServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetConsoleOutput returns the server's console log.
   */
  GetConsoleOutput(argument: _kumo_compute_v1_GetConsoleOutputRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetConsoleOutputResponse__Output>): grpc.ClientUnaryCall;
  GetConsoleOutput(argument: _kumo_compute_v1_GetConsoleOutputRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetConsoleOutputResponse__Output>): grpc.ClientUnaryCall;
  GetConsoleOutput(argument: _kumo_compute_v1_GetConsoleOutputRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetConsoleOutputResponse__Output>): grpc.ClientUnaryCall;
  GetConsoleOutput(argument: _kumo_compute_v1_GetConsoleOutputRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetConsoleOutputResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetConsoleOutput returns the server's console log.
   */
  getConsoleOutput(argument: _kumo_compute_v1_GetConsoleOutputRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetConsoleOutputResponse__Output>): grpc.ClientUnaryCall;
  getConsoleOutput(argument: _kumo_compute_v1_GetConsoleOutputRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetConsoleOutputResponse__Output>): grpc.ClientUnaryCall;
  getConsoleOutput(argument: _kumo_compute_v1_GetConsoleOutputRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetConsoleOutputResponse__Output>): grpc.ClientUnaryCall;
  getConsoleOutput(argument: _kumo_compute_v1_GetConsoleOutputRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetConsoleOutputResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetInstanceAction returns one action of a server with its events.
   */
  GetInstanceAction(argument: _kumo_compute_v1_GetInstanceActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetInstanceActionResponse__Output>): grpc.ClientUnaryCall;
  GetInstanceAction(argument: _kumo_compute_v1_GetInstanceActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetInstanceActionResponse__Output>): grpc.ClientUnaryCall;
  GetInstanceAction(argument: _kumo_compute_v1_GetInstanceActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetInstanceActionResponse__Output>): grpc.ClientUnaryCall;
  GetInstanceAction(argument: _kumo_compute_v1_GetInstanceActionRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetInstanceActionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetInstanceAction returns one action of a server with its events.
   */
  getInstanceAction(argument: _kumo_compute_v1_GetInstanceActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetInstanceActionResponse__Output>): grpc.ClientUnaryCall;
  getInstanceAction(argument: _kumo_compute_v1_GetInstanceActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetInstanceActionResponse__Output>): grpc.ClientUnaryCall;
  getInstanceAction(argument: _kumo_compute_v1_GetInstanceActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetInstanceActionResponse__Output>): grpc.ClientUnaryCall;
  getInstanceAction(argument: _kumo_compute_v1_GetInstanceActionRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetInstanceActionResponse__Output>): grpc.ClientUnaryCall;
  
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
   * ListInstanceActions lists the actions recorded for a server, newest first.
   */
  ListInstanceActions(argument: _kumo_compute_v1_ListInstanceActionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListInstanceActionsResponse__Output>): grpc.ClientUnaryCall;
  ListInstanceActions(argument: _kumo_compute_v1_ListInstanceActionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListInstanceActionsResponse__Output>): grpc.ClientUnaryCall;
  ListInstanceActions(argument: _kumo_compute_v1_ListInstanceActionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListInstanceActionsResponse__Output>): grpc.ClientUnaryCall;
  ListInstanceActions(argument: _kumo_compute_v1_ListInstanceActionsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListInstanceActionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListInstanceActions lists the actions recorded for a server, newest first.
   */
  listInstanceActions(argument: _kumo_compute_v1_ListInstanceActionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListInstanceActionsResponse__Output>): grpc.ClientUnaryCall;
  listInstanceActions(argument: _kumo_compute_v1_ListInstanceActionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListInstanceActionsResponse__Output>): grpc.ClientUnaryCall;
  listInstanceActions(argument: _kumo_compute_v1_ListInstanceActionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListInstanceActionsResponse__Output>): grpc.ClientUnaryCall;
  listInstanceActions(argument: _kumo_compute_v1_ListInstanceActionsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListInstanceActionsResponse__Output>): grpc.ClientUnaryCall;
  
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
   * LiveMigrateServer moves a running server to another host without stopping it; allowed from ACTIVE, PAUSED.
   */
  LiveMigrateServer(argument: _kumo_compute_v1_LiveMigrateServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_LiveMigrateServerResponse__Output>): grpc.ClientUnaryCall;
  LiveMigrateServer(argument: _kumo_compute_v1_LiveMigrateServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_LiveMigrateServerResponse__Output>): grpc.ClientUnaryCall;
  LiveMigrateServer(argument: _kumo_compute_v1_LiveMigrateServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_LiveMigrateServerResponse__Output>): grpc.ClientUnaryCall;
  LiveMigrateServer(argument: _kumo_compute_v1_LiveMigrateServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_LiveMigrateServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * LiveMigrateServer moves a running server to another host without stopping it; allowed from ACTIVE, PAUSED.
   */
  liveMigrateServer(argument: _kumo_compute_v1_LiveMigrateServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_LiveMigrateServerResponse__Output>): grpc.ClientUnaryCall;
  liveMigrateServer(argument: _kumo_compute_v1_LiveMigrateServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_LiveMigrateServerResponse__Output>): grpc.ClientUnaryCall;
  liveMigrateServer(argument: _kumo_compute_v1_LiveMigrateServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_LiveMigrateServerResponse__Output>): grpc.ClientUnaryCall;
  liveMigrateServer(argument: _kumo_compute_v1_LiveMigrateServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_LiveMigrateServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * LockServer locks a server: only admins can act on it until unlocked.
   */
  LockServer(argument: _kumo_compute_v1_LockServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_LockServerResponse__Output>): grpc.ClientUnaryCall;
  LockServer(argument: _kumo_compute_v1_LockServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_LockServerResponse__Output>): grpc.ClientUnaryCall;
  LockServer(argument: _kumo_compute_v1_LockServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_LockServerResponse__Output>): grpc.ClientUnaryCall;
  LockServer(argument: _kumo_compute_v1_LockServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_LockServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * LockServer locks a server: only admins can act on it until unlocked.
   */
  lockServer(argument: _kumo_compute_v1_LockServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_LockServerResponse__Output>): grpc.ClientUnaryCall;
  lockServer(argument: _kumo_compute_v1_LockServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_LockServerResponse__Output>): grpc.ClientUnaryCall;
  lockServer(argument: _kumo_compute_v1_LockServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_LockServerResponse__Output>): grpc.ClientUnaryCall;
  lockServer(argument: _kumo_compute_v1_LockServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_LockServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * MigrateServer cold-migrates a server to another host, ending in VERIFY_RESIZE; allowed from ACTIVE, SHUTOFF.
   */
  MigrateServer(argument: _kumo_compute_v1_MigrateServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_MigrateServerResponse__Output>): grpc.ClientUnaryCall;
  MigrateServer(argument: _kumo_compute_v1_MigrateServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_MigrateServerResponse__Output>): grpc.ClientUnaryCall;
  MigrateServer(argument: _kumo_compute_v1_MigrateServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_MigrateServerResponse__Output>): grpc.ClientUnaryCall;
  MigrateServer(argument: _kumo_compute_v1_MigrateServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_MigrateServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * MigrateServer cold-migrates a server to another host, ending in VERIFY_RESIZE; allowed from ACTIVE, SHUTOFF.
   */
  migrateServer(argument: _kumo_compute_v1_MigrateServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_MigrateServerResponse__Output>): grpc.ClientUnaryCall;
  migrateServer(argument: _kumo_compute_v1_MigrateServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_MigrateServerResponse__Output>): grpc.ClientUnaryCall;
  migrateServer(argument: _kumo_compute_v1_MigrateServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_MigrateServerResponse__Output>): grpc.ClientUnaryCall;
  migrateServer(argument: _kumo_compute_v1_MigrateServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_MigrateServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * PauseServer pauses an ACTIVE server in memory.
   */
  PauseServer(argument: _kumo_compute_v1_PauseServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_PauseServerResponse__Output>): grpc.ClientUnaryCall;
  PauseServer(argument: _kumo_compute_v1_PauseServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_PauseServerResponse__Output>): grpc.ClientUnaryCall;
  PauseServer(argument: _kumo_compute_v1_PauseServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_PauseServerResponse__Output>): grpc.ClientUnaryCall;
  PauseServer(argument: _kumo_compute_v1_PauseServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_PauseServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * PauseServer pauses an ACTIVE server in memory.
   */
  pauseServer(argument: _kumo_compute_v1_PauseServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_PauseServerResponse__Output>): grpc.ClientUnaryCall;
  pauseServer(argument: _kumo_compute_v1_PauseServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_PauseServerResponse__Output>): grpc.ClientUnaryCall;
  pauseServer(argument: _kumo_compute_v1_PauseServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_PauseServerResponse__Output>): grpc.ClientUnaryCall;
  pauseServer(argument: _kumo_compute_v1_PauseServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_PauseServerResponse__Output>): grpc.ClientUnaryCall;
  
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
   * RebuildServer re-creates the guest from an image on the same host; allowed from ACTIVE, SHUTOFF, ERROR.
   */
  RebuildServer(argument: _kumo_compute_v1_RebuildServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RebuildServerResponse__Output>): grpc.ClientUnaryCall;
  RebuildServer(argument: _kumo_compute_v1_RebuildServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RebuildServerResponse__Output>): grpc.ClientUnaryCall;
  RebuildServer(argument: _kumo_compute_v1_RebuildServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RebuildServerResponse__Output>): grpc.ClientUnaryCall;
  RebuildServer(argument: _kumo_compute_v1_RebuildServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RebuildServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RebuildServer re-creates the guest from an image on the same host; allowed from ACTIVE, SHUTOFF, ERROR.
   */
  rebuildServer(argument: _kumo_compute_v1_RebuildServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RebuildServerResponse__Output>): grpc.ClientUnaryCall;
  rebuildServer(argument: _kumo_compute_v1_RebuildServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RebuildServerResponse__Output>): grpc.ClientUnaryCall;
  rebuildServer(argument: _kumo_compute_v1_RebuildServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RebuildServerResponse__Output>): grpc.ClientUnaryCall;
  rebuildServer(argument: _kumo_compute_v1_RebuildServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RebuildServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RescueServer boots a server from a rescue image, keeping its disk attached; allowed from ACTIVE, SHUTOFF, ERROR.
   */
  RescueServer(argument: _kumo_compute_v1_RescueServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RescueServerResponse__Output>): grpc.ClientUnaryCall;
  RescueServer(argument: _kumo_compute_v1_RescueServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RescueServerResponse__Output>): grpc.ClientUnaryCall;
  RescueServer(argument: _kumo_compute_v1_RescueServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RescueServerResponse__Output>): grpc.ClientUnaryCall;
  RescueServer(argument: _kumo_compute_v1_RescueServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RescueServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RescueServer boots a server from a rescue image, keeping its disk attached; allowed from ACTIVE, SHUTOFF, ERROR.
   */
  rescueServer(argument: _kumo_compute_v1_RescueServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RescueServerResponse__Output>): grpc.ClientUnaryCall;
  rescueServer(argument: _kumo_compute_v1_RescueServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RescueServerResponse__Output>): grpc.ClientUnaryCall;
  rescueServer(argument: _kumo_compute_v1_RescueServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RescueServerResponse__Output>): grpc.ClientUnaryCall;
  rescueServer(argument: _kumo_compute_v1_RescueServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RescueServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ResizeServer moves a server to a new flavor, ending in VERIFY_RESIZE; allowed from ACTIVE, SHUTOFF.
   */
  ResizeServer(argument: _kumo_compute_v1_ResizeServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ResizeServerResponse__Output>): grpc.ClientUnaryCall;
  ResizeServer(argument: _kumo_compute_v1_ResizeServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ResizeServerResponse__Output>): grpc.ClientUnaryCall;
  ResizeServer(argument: _kumo_compute_v1_ResizeServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ResizeServerResponse__Output>): grpc.ClientUnaryCall;
  ResizeServer(argument: _kumo_compute_v1_ResizeServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ResizeServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ResizeServer moves a server to a new flavor, ending in VERIFY_RESIZE; allowed from ACTIVE, SHUTOFF.
   */
  resizeServer(argument: _kumo_compute_v1_ResizeServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ResizeServerResponse__Output>): grpc.ClientUnaryCall;
  resizeServer(argument: _kumo_compute_v1_ResizeServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ResizeServerResponse__Output>): grpc.ClientUnaryCall;
  resizeServer(argument: _kumo_compute_v1_ResizeServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ResizeServerResponse__Output>): grpc.ClientUnaryCall;
  resizeServer(argument: _kumo_compute_v1_ResizeServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ResizeServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RestoreServer restores a SOFT_DELETED server.
   */
  RestoreServer(argument: _kumo_compute_v1_RestoreServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RestoreServerResponse__Output>): grpc.ClientUnaryCall;
  RestoreServer(argument: _kumo_compute_v1_RestoreServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RestoreServerResponse__Output>): grpc.ClientUnaryCall;
  RestoreServer(argument: _kumo_compute_v1_RestoreServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RestoreServerResponse__Output>): grpc.ClientUnaryCall;
  RestoreServer(argument: _kumo_compute_v1_RestoreServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RestoreServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RestoreServer restores a SOFT_DELETED server.
   */
  restoreServer(argument: _kumo_compute_v1_RestoreServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RestoreServerResponse__Output>): grpc.ClientUnaryCall;
  restoreServer(argument: _kumo_compute_v1_RestoreServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RestoreServerResponse__Output>): grpc.ClientUnaryCall;
  restoreServer(argument: _kumo_compute_v1_RestoreServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RestoreServerResponse__Output>): grpc.ClientUnaryCall;
  restoreServer(argument: _kumo_compute_v1_RestoreServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RestoreServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ResumeServer resumes a SUSPENDED server.
   */
  ResumeServer(argument: _kumo_compute_v1_ResumeServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ResumeServerResponse__Output>): grpc.ClientUnaryCall;
  ResumeServer(argument: _kumo_compute_v1_ResumeServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ResumeServerResponse__Output>): grpc.ClientUnaryCall;
  ResumeServer(argument: _kumo_compute_v1_ResumeServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ResumeServerResponse__Output>): grpc.ClientUnaryCall;
  ResumeServer(argument: _kumo_compute_v1_ResumeServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ResumeServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ResumeServer resumes a SUSPENDED server.
   */
  resumeServer(argument: _kumo_compute_v1_ResumeServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ResumeServerResponse__Output>): grpc.ClientUnaryCall;
  resumeServer(argument: _kumo_compute_v1_ResumeServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ResumeServerResponse__Output>): grpc.ClientUnaryCall;
  resumeServer(argument: _kumo_compute_v1_ResumeServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ResumeServerResponse__Output>): grpc.ClientUnaryCall;
  resumeServer(argument: _kumo_compute_v1_ResumeServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ResumeServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RevertResizeServer reverts a resize or cold migration in VERIFY_RESIZE back to the source host and old flavor.
   */
  RevertResizeServer(argument: _kumo_compute_v1_RevertResizeServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RevertResizeServerResponse__Output>): grpc.ClientUnaryCall;
  RevertResizeServer(argument: _kumo_compute_v1_RevertResizeServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RevertResizeServerResponse__Output>): grpc.ClientUnaryCall;
  RevertResizeServer(argument: _kumo_compute_v1_RevertResizeServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RevertResizeServerResponse__Output>): grpc.ClientUnaryCall;
  RevertResizeServer(argument: _kumo_compute_v1_RevertResizeServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RevertResizeServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RevertResizeServer reverts a resize or cold migration in VERIFY_RESIZE back to the source host and old flavor.
   */
  revertResizeServer(argument: _kumo_compute_v1_RevertResizeServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RevertResizeServerResponse__Output>): grpc.ClientUnaryCall;
  revertResizeServer(argument: _kumo_compute_v1_RevertResizeServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RevertResizeServerResponse__Output>): grpc.ClientUnaryCall;
  revertResizeServer(argument: _kumo_compute_v1_RevertResizeServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RevertResizeServerResponse__Output>): grpc.ClientUnaryCall;
  revertResizeServer(argument: _kumo_compute_v1_RevertResizeServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_RevertResizeServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * SetServerMetadata sets or replaces user metadata.
   */
  SetServerMetadata(argument: _kumo_compute_v1_SetServerMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  SetServerMetadata(argument: _kumo_compute_v1_SetServerMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_SetServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  SetServerMetadata(argument: _kumo_compute_v1_SetServerMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  SetServerMetadata(argument: _kumo_compute_v1_SetServerMetadataRequest, callback: grpc.requestCallback<_kumo_compute_v1_SetServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  /**
   * SetServerMetadata sets or replaces user metadata.
   */
  setServerMetadata(argument: _kumo_compute_v1_SetServerMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  setServerMetadata(argument: _kumo_compute_v1_SetServerMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_SetServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  setServerMetadata(argument: _kumo_compute_v1_SetServerMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  setServerMetadata(argument: _kumo_compute_v1_SetServerMetadataRequest, callback: grpc.requestCallback<_kumo_compute_v1_SetServerMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * SetServerTags adds or replaces tags.
   */
  SetServerTags(argument: _kumo_compute_v1_SetServerTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetServerTagsResponse__Output>): grpc.ClientUnaryCall;
  SetServerTags(argument: _kumo_compute_v1_SetServerTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_SetServerTagsResponse__Output>): grpc.ClientUnaryCall;
  SetServerTags(argument: _kumo_compute_v1_SetServerTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetServerTagsResponse__Output>): grpc.ClientUnaryCall;
  SetServerTags(argument: _kumo_compute_v1_SetServerTagsRequest, callback: grpc.requestCallback<_kumo_compute_v1_SetServerTagsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * SetServerTags adds or replaces tags.
   */
  setServerTags(argument: _kumo_compute_v1_SetServerTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetServerTagsResponse__Output>): grpc.ClientUnaryCall;
  setServerTags(argument: _kumo_compute_v1_SetServerTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_SetServerTagsResponse__Output>): grpc.ClientUnaryCall;
  setServerTags(argument: _kumo_compute_v1_SetServerTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetServerTagsResponse__Output>): grpc.ClientUnaryCall;
  setServerTags(argument: _kumo_compute_v1_SetServerTagsRequest, callback: grpc.requestCallback<_kumo_compute_v1_SetServerTagsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ShelveOffloadServer removes a SHELVED server from its host, freeing its resources.
   */
  ShelveOffloadServer(argument: _kumo_compute_v1_ShelveOffloadServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ShelveOffloadServerResponse__Output>): grpc.ClientUnaryCall;
  ShelveOffloadServer(argument: _kumo_compute_v1_ShelveOffloadServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ShelveOffloadServerResponse__Output>): grpc.ClientUnaryCall;
  ShelveOffloadServer(argument: _kumo_compute_v1_ShelveOffloadServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ShelveOffloadServerResponse__Output>): grpc.ClientUnaryCall;
  ShelveOffloadServer(argument: _kumo_compute_v1_ShelveOffloadServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ShelveOffloadServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ShelveOffloadServer removes a SHELVED server from its host, freeing its resources.
   */
  shelveOffloadServer(argument: _kumo_compute_v1_ShelveOffloadServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ShelveOffloadServerResponse__Output>): grpc.ClientUnaryCall;
  shelveOffloadServer(argument: _kumo_compute_v1_ShelveOffloadServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ShelveOffloadServerResponse__Output>): grpc.ClientUnaryCall;
  shelveOffloadServer(argument: _kumo_compute_v1_ShelveOffloadServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ShelveOffloadServerResponse__Output>): grpc.ClientUnaryCall;
  shelveOffloadServer(argument: _kumo_compute_v1_ShelveOffloadServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ShelveOffloadServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ShelveServer powers a server off and snapshots it; it is then offloaded from its host (shelved_offload_time 0); allowed from ACTIVE, SHUTOFF, PAUSED, SUSPENDED.
   */
  ShelveServer(argument: _kumo_compute_v1_ShelveServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ShelveServerResponse__Output>): grpc.ClientUnaryCall;
  ShelveServer(argument: _kumo_compute_v1_ShelveServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ShelveServerResponse__Output>): grpc.ClientUnaryCall;
  ShelveServer(argument: _kumo_compute_v1_ShelveServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ShelveServerResponse__Output>): grpc.ClientUnaryCall;
  ShelveServer(argument: _kumo_compute_v1_ShelveServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ShelveServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ShelveServer powers a server off and snapshots it; it is then offloaded from its host (shelved_offload_time 0); allowed from ACTIVE, SHUTOFF, PAUSED, SUSPENDED.
   */
  shelveServer(argument: _kumo_compute_v1_ShelveServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ShelveServerResponse__Output>): grpc.ClientUnaryCall;
  shelveServer(argument: _kumo_compute_v1_ShelveServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ShelveServerResponse__Output>): grpc.ClientUnaryCall;
  shelveServer(argument: _kumo_compute_v1_ShelveServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ShelveServerResponse__Output>): grpc.ClientUnaryCall;
  shelveServer(argument: _kumo_compute_v1_ShelveServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_ShelveServerResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  /**
   * SuspendServer suspends an ACTIVE server to disk.
   */
  SuspendServer(argument: _kumo_compute_v1_SuspendServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SuspendServerResponse__Output>): grpc.ClientUnaryCall;
  SuspendServer(argument: _kumo_compute_v1_SuspendServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_SuspendServerResponse__Output>): grpc.ClientUnaryCall;
  SuspendServer(argument: _kumo_compute_v1_SuspendServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SuspendServerResponse__Output>): grpc.ClientUnaryCall;
  SuspendServer(argument: _kumo_compute_v1_SuspendServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_SuspendServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * SuspendServer suspends an ACTIVE server to disk.
   */
  suspendServer(argument: _kumo_compute_v1_SuspendServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SuspendServerResponse__Output>): grpc.ClientUnaryCall;
  suspendServer(argument: _kumo_compute_v1_SuspendServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_SuspendServerResponse__Output>): grpc.ClientUnaryCall;
  suspendServer(argument: _kumo_compute_v1_SuspendServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SuspendServerResponse__Output>): grpc.ClientUnaryCall;
  suspendServer(argument: _kumo_compute_v1_SuspendServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_SuspendServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * UnlockServer unlocks a server; a server an admin locked only an admin can unlock.
   */
  UnlockServer(argument: _kumo_compute_v1_UnlockServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnlockServerResponse__Output>): grpc.ClientUnaryCall;
  UnlockServer(argument: _kumo_compute_v1_UnlockServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UnlockServerResponse__Output>): grpc.ClientUnaryCall;
  UnlockServer(argument: _kumo_compute_v1_UnlockServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnlockServerResponse__Output>): grpc.ClientUnaryCall;
  UnlockServer(argument: _kumo_compute_v1_UnlockServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_UnlockServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * UnlockServer unlocks a server; a server an admin locked only an admin can unlock.
   */
  unlockServer(argument: _kumo_compute_v1_UnlockServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnlockServerResponse__Output>): grpc.ClientUnaryCall;
  unlockServer(argument: _kumo_compute_v1_UnlockServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UnlockServerResponse__Output>): grpc.ClientUnaryCall;
  unlockServer(argument: _kumo_compute_v1_UnlockServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnlockServerResponse__Output>): grpc.ClientUnaryCall;
  unlockServer(argument: _kumo_compute_v1_UnlockServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_UnlockServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * UnpauseServer unpauses a PAUSED server.
   */
  UnpauseServer(argument: _kumo_compute_v1_UnpauseServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnpauseServerResponse__Output>): grpc.ClientUnaryCall;
  UnpauseServer(argument: _kumo_compute_v1_UnpauseServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UnpauseServerResponse__Output>): grpc.ClientUnaryCall;
  UnpauseServer(argument: _kumo_compute_v1_UnpauseServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnpauseServerResponse__Output>): grpc.ClientUnaryCall;
  UnpauseServer(argument: _kumo_compute_v1_UnpauseServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_UnpauseServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * UnpauseServer unpauses a PAUSED server.
   */
  unpauseServer(argument: _kumo_compute_v1_UnpauseServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnpauseServerResponse__Output>): grpc.ClientUnaryCall;
  unpauseServer(argument: _kumo_compute_v1_UnpauseServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UnpauseServerResponse__Output>): grpc.ClientUnaryCall;
  unpauseServer(argument: _kumo_compute_v1_UnpauseServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnpauseServerResponse__Output>): grpc.ClientUnaryCall;
  unpauseServer(argument: _kumo_compute_v1_UnpauseServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_UnpauseServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * UnrescueServer leaves rescue mode back to ACTIVE.
   */
  UnrescueServer(argument: _kumo_compute_v1_UnrescueServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnrescueServerResponse__Output>): grpc.ClientUnaryCall;
  UnrescueServer(argument: _kumo_compute_v1_UnrescueServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UnrescueServerResponse__Output>): grpc.ClientUnaryCall;
  UnrescueServer(argument: _kumo_compute_v1_UnrescueServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnrescueServerResponse__Output>): grpc.ClientUnaryCall;
  UnrescueServer(argument: _kumo_compute_v1_UnrescueServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_UnrescueServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * UnrescueServer leaves rescue mode back to ACTIVE.
   */
  unrescueServer(argument: _kumo_compute_v1_UnrescueServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnrescueServerResponse__Output>): grpc.ClientUnaryCall;
  unrescueServer(argument: _kumo_compute_v1_UnrescueServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UnrescueServerResponse__Output>): grpc.ClientUnaryCall;
  unrescueServer(argument: _kumo_compute_v1_UnrescueServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnrescueServerResponse__Output>): grpc.ClientUnaryCall;
  unrescueServer(argument: _kumo_compute_v1_UnrescueServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_UnrescueServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * UnshelveServer schedules a SHELVED or SHELVED_OFFLOADED server again and boots it.
   */
  UnshelveServer(argument: _kumo_compute_v1_UnshelveServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnshelveServerResponse__Output>): grpc.ClientUnaryCall;
  UnshelveServer(argument: _kumo_compute_v1_UnshelveServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UnshelveServerResponse__Output>): grpc.ClientUnaryCall;
  UnshelveServer(argument: _kumo_compute_v1_UnshelveServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnshelveServerResponse__Output>): grpc.ClientUnaryCall;
  UnshelveServer(argument: _kumo_compute_v1_UnshelveServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_UnshelveServerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * UnshelveServer schedules a SHELVED or SHELVED_OFFLOADED server again and boots it.
   */
  unshelveServer(argument: _kumo_compute_v1_UnshelveServerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnshelveServerResponse__Output>): grpc.ClientUnaryCall;
  unshelveServer(argument: _kumo_compute_v1_UnshelveServerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UnshelveServerResponse__Output>): grpc.ClientUnaryCall;
  unshelveServer(argument: _kumo_compute_v1_UnshelveServerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UnshelveServerResponse__Output>): grpc.ClientUnaryCall;
  unshelveServer(argument: _kumo_compute_v1_UnshelveServerRequest, callback: grpc.requestCallback<_kumo_compute_v1_UnshelveServerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * WatchServer streams the server as it is now, then after every change,
   * until it is deleted (the last message has deleted set).
   */
  WatchServer(argument: _kumo_compute_v1_WatchServerRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_WatchServerResponse__Output>;
  WatchServer(argument: _kumo_compute_v1_WatchServerRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_WatchServerResponse__Output>;
  /**
   * WatchServer streams the server as it is now, then after every change,
   * until it is deleted (the last message has deleted set).
   */
  watchServer(argument: _kumo_compute_v1_WatchServerRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_WatchServerResponse__Output>;
  watchServer(argument: _kumo_compute_v1_WatchServerRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_WatchServerResponse__Output>;
  
  /**
   * WatchServers streams every change to the caller's servers that match the filters.
   */
  WatchServers(argument: _kumo_compute_v1_WatchServersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_WatchServersResponse__Output>;
  WatchServers(argument: _kumo_compute_v1_WatchServersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_WatchServersResponse__Output>;
  /**
   * WatchServers streams every change to the caller's servers that match the filters.
   */
  watchServers(argument: _kumo_compute_v1_WatchServersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_WatchServersResponse__Output>;
  watchServers(argument: _kumo_compute_v1_WatchServersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_WatchServersResponse__Output>;
  
}

/**
 * ServerService creates, lists and drives servers.
 */
export interface ServerServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * ConfirmResizeServer confirms a resize or cold migration in VERIFY_RESIZE, freeing the source host.
   */
  ConfirmResizeServer: grpc.handleUnaryCall<_kumo_compute_v1_ConfirmResizeServerRequest__Output, _kumo_compute_v1_ConfirmResizeServerResponse>;
  
  /**
   * CreateRemoteConsole returns a console URL carrying a one-time token that expires.
   */
  CreateRemoteConsole: grpc.handleUnaryCall<_kumo_compute_v1_CreateRemoteConsoleRequest__Output, _kumo_compute_v1_CreateRemoteConsoleResponse>;
  
  /**
   * CreateServer boots min_count..max_count servers; it returns once their
   * BUILD records are durable, and they become ACTIVE asynchronously.
   */
  CreateServer: grpc.handleUnaryCall<_kumo_compute_v1_CreateServerRequest__Output, _kumo_compute_v1_CreateServerResponse>;
  
  /**
   * CreateServerImage snapshots a server (pause, copy the disk, register an
   * image with image_type=snapshot, resume); allowed from ACTIVE, SHUTOFF,
   * PAUSED, SUSPENDED.
   */
  CreateServerImage: grpc.handleUnaryCall<_kumo_compute_v1_CreateServerImageRequest__Output, _kumo_compute_v1_CreateServerImageResponse>;
  
  /**
   * DeleteServer deletes a server in any state.
   */
  DeleteServer: grpc.handleUnaryCall<_kumo_compute_v1_DeleteServerRequest__Output, _kumo_compute_v1_DeleteServerResponse>;
  
  /**
   * DeleteServerMetadata removes user metadata keys.
   */
  DeleteServerMetadata: grpc.handleUnaryCall<_kumo_compute_v1_DeleteServerMetadataRequest__Output, _kumo_compute_v1_DeleteServerMetadataResponse>;
  
  /**
   * DeleteServerTags removes tags.
   */
  DeleteServerTags: grpc.handleUnaryCall<_kumo_compute_v1_DeleteServerTagsRequest__Output, _kumo_compute_v1_DeleteServerTagsResponse>;
  
  /**
   * EvacuateServer rebuilds a server on another host when its own host is down or forced down (admins only).
   */
  EvacuateServer: grpc.handleUnaryCall<_kumo_compute_v1_EvacuateServerRequest__Output, _kumo_compute_v1_EvacuateServerResponse>;
  
  /**
   * ForceDeleteServer deletes a SOFT_DELETED server now.
   */
  ForceDeleteServer: grpc.handleUnaryCall<_kumo_compute_v1_ForceDeleteServerRequest__Output, _kumo_compute_v1_ForceDeleteServerResponse>;
  
  /**
   * GetConsoleOutput returns the server's console log.
   */
  GetConsoleOutput: grpc.handleUnaryCall<_kumo_compute_v1_GetConsoleOutputRequest__Output, _kumo_compute_v1_GetConsoleOutputResponse>;
  
  /**
   * GetInstanceAction returns one action of a server with its events.
   */
  GetInstanceAction: grpc.handleUnaryCall<_kumo_compute_v1_GetInstanceActionRequest__Output, _kumo_compute_v1_GetInstanceActionResponse>;
  
  /**
   * GetServer returns one server by id.
   */
  GetServer: grpc.handleUnaryCall<_kumo_compute_v1_GetServerRequest__Output, _kumo_compute_v1_GetServerResponse>;
  
  /**
   * ListInstanceActions lists the actions recorded for a server, newest first.
   */
  ListInstanceActions: grpc.handleUnaryCall<_kumo_compute_v1_ListInstanceActionsRequest__Output, _kumo_compute_v1_ListInstanceActionsResponse>;
  
  /**
   * ListServers returns servers, newest first, with filters and paging.
   */
  ListServers: grpc.handleUnaryCall<_kumo_compute_v1_ListServersRequest__Output, _kumo_compute_v1_ListServersResponse>;
  
  /**
   * LiveMigrateServer moves a running server to another host without stopping it; allowed from ACTIVE, PAUSED.
   */
  LiveMigrateServer: grpc.handleUnaryCall<_kumo_compute_v1_LiveMigrateServerRequest__Output, _kumo_compute_v1_LiveMigrateServerResponse>;
  
  /**
   * LockServer locks a server: only admins can act on it until unlocked.
   */
  LockServer: grpc.handleUnaryCall<_kumo_compute_v1_LockServerRequest__Output, _kumo_compute_v1_LockServerResponse>;
  
  /**
   * MigrateServer cold-migrates a server to another host, ending in VERIFY_RESIZE; allowed from ACTIVE, SHUTOFF.
   */
  MigrateServer: grpc.handleUnaryCall<_kumo_compute_v1_MigrateServerRequest__Output, _kumo_compute_v1_MigrateServerResponse>;
  
  /**
   * PauseServer pauses an ACTIVE server in memory.
   */
  PauseServer: grpc.handleUnaryCall<_kumo_compute_v1_PauseServerRequest__Output, _kumo_compute_v1_PauseServerResponse>;
  
  /**
   * RebootServer reboots a server, softly or hard.
   */
  RebootServer: grpc.handleUnaryCall<_kumo_compute_v1_RebootServerRequest__Output, _kumo_compute_v1_RebootServerResponse>;
  
  /**
   * RebuildServer re-creates the guest from an image on the same host; allowed from ACTIVE, SHUTOFF, ERROR.
   */
  RebuildServer: grpc.handleUnaryCall<_kumo_compute_v1_RebuildServerRequest__Output, _kumo_compute_v1_RebuildServerResponse>;
  
  /**
   * RescueServer boots a server from a rescue image, keeping its disk attached; allowed from ACTIVE, SHUTOFF, ERROR.
   */
  RescueServer: grpc.handleUnaryCall<_kumo_compute_v1_RescueServerRequest__Output, _kumo_compute_v1_RescueServerResponse>;
  
  /**
   * ResizeServer moves a server to a new flavor, ending in VERIFY_RESIZE; allowed from ACTIVE, SHUTOFF.
   */
  ResizeServer: grpc.handleUnaryCall<_kumo_compute_v1_ResizeServerRequest__Output, _kumo_compute_v1_ResizeServerResponse>;
  
  /**
   * RestoreServer restores a SOFT_DELETED server.
   */
  RestoreServer: grpc.handleUnaryCall<_kumo_compute_v1_RestoreServerRequest__Output, _kumo_compute_v1_RestoreServerResponse>;
  
  /**
   * ResumeServer resumes a SUSPENDED server.
   */
  ResumeServer: grpc.handleUnaryCall<_kumo_compute_v1_ResumeServerRequest__Output, _kumo_compute_v1_ResumeServerResponse>;
  
  /**
   * RevertResizeServer reverts a resize or cold migration in VERIFY_RESIZE back to the source host and old flavor.
   */
  RevertResizeServer: grpc.handleUnaryCall<_kumo_compute_v1_RevertResizeServerRequest__Output, _kumo_compute_v1_RevertResizeServerResponse>;
  
  /**
   * SetServerMetadata sets or replaces user metadata.
   */
  SetServerMetadata: grpc.handleUnaryCall<_kumo_compute_v1_SetServerMetadataRequest__Output, _kumo_compute_v1_SetServerMetadataResponse>;
  
  /**
   * SetServerTags adds or replaces tags.
   */
  SetServerTags: grpc.handleUnaryCall<_kumo_compute_v1_SetServerTagsRequest__Output, _kumo_compute_v1_SetServerTagsResponse>;
  
  /**
   * ShelveOffloadServer removes a SHELVED server from its host, freeing its resources.
   */
  ShelveOffloadServer: grpc.handleUnaryCall<_kumo_compute_v1_ShelveOffloadServerRequest__Output, _kumo_compute_v1_ShelveOffloadServerResponse>;
  
  /**
   * ShelveServer powers a server off and snapshots it; it is then offloaded from its host (shelved_offload_time 0); allowed from ACTIVE, SHUTOFF, PAUSED, SUSPENDED.
   */
  ShelveServer: grpc.handleUnaryCall<_kumo_compute_v1_ShelveServerRequest__Output, _kumo_compute_v1_ShelveServerResponse>;
  
  /**
   * StartServer powers on a SHUTOFF server.
   */
  StartServer: grpc.handleUnaryCall<_kumo_compute_v1_StartServerRequest__Output, _kumo_compute_v1_StartServerResponse>;
  
  /**
   * StopServer powers off an ACTIVE or ERROR server.
   */
  StopServer: grpc.handleUnaryCall<_kumo_compute_v1_StopServerRequest__Output, _kumo_compute_v1_StopServerResponse>;
  
  /**
   * SuspendServer suspends an ACTIVE server to disk.
   */
  SuspendServer: grpc.handleUnaryCall<_kumo_compute_v1_SuspendServerRequest__Output, _kumo_compute_v1_SuspendServerResponse>;
  
  /**
   * UnlockServer unlocks a server; a server an admin locked only an admin can unlock.
   */
  UnlockServer: grpc.handleUnaryCall<_kumo_compute_v1_UnlockServerRequest__Output, _kumo_compute_v1_UnlockServerResponse>;
  
  /**
   * UnpauseServer unpauses a PAUSED server.
   */
  UnpauseServer: grpc.handleUnaryCall<_kumo_compute_v1_UnpauseServerRequest__Output, _kumo_compute_v1_UnpauseServerResponse>;
  
  /**
   * UnrescueServer leaves rescue mode back to ACTIVE.
   */
  UnrescueServer: grpc.handleUnaryCall<_kumo_compute_v1_UnrescueServerRequest__Output, _kumo_compute_v1_UnrescueServerResponse>;
  
  /**
   * UnshelveServer schedules a SHELVED or SHELVED_OFFLOADED server again and boots it.
   */
  UnshelveServer: grpc.handleUnaryCall<_kumo_compute_v1_UnshelveServerRequest__Output, _kumo_compute_v1_UnshelveServerResponse>;
  
  /**
   * WatchServer streams the server as it is now, then after every change,
   * until it is deleted (the last message has deleted set).
   */
  WatchServer: grpc.handleServerStreamingCall<_kumo_compute_v1_WatchServerRequest__Output, _kumo_compute_v1_WatchServerResponse>;
  
  /**
   * WatchServers streams every change to the caller's servers that match the filters.
   */
  WatchServers: grpc.handleServerStreamingCall<_kumo_compute_v1_WatchServersRequest__Output, _kumo_compute_v1_WatchServersResponse>;
  
}

export interface ServerServiceDefinition extends grpc.ServiceDefinition {
  ConfirmResizeServer: MethodDefinition<_kumo_compute_v1_ConfirmResizeServerRequest, _kumo_compute_v1_ConfirmResizeServerResponse, _kumo_compute_v1_ConfirmResizeServerRequest__Output, _kumo_compute_v1_ConfirmResizeServerResponse__Output>
  CreateRemoteConsole: MethodDefinition<_kumo_compute_v1_CreateRemoteConsoleRequest, _kumo_compute_v1_CreateRemoteConsoleResponse, _kumo_compute_v1_CreateRemoteConsoleRequest__Output, _kumo_compute_v1_CreateRemoteConsoleResponse__Output>
  CreateServer: MethodDefinition<_kumo_compute_v1_CreateServerRequest, _kumo_compute_v1_CreateServerResponse, _kumo_compute_v1_CreateServerRequest__Output, _kumo_compute_v1_CreateServerResponse__Output>
  CreateServerImage: MethodDefinition<_kumo_compute_v1_CreateServerImageRequest, _kumo_compute_v1_CreateServerImageResponse, _kumo_compute_v1_CreateServerImageRequest__Output, _kumo_compute_v1_CreateServerImageResponse__Output>
  DeleteServer: MethodDefinition<_kumo_compute_v1_DeleteServerRequest, _kumo_compute_v1_DeleteServerResponse, _kumo_compute_v1_DeleteServerRequest__Output, _kumo_compute_v1_DeleteServerResponse__Output>
  DeleteServerMetadata: MethodDefinition<_kumo_compute_v1_DeleteServerMetadataRequest, _kumo_compute_v1_DeleteServerMetadataResponse, _kumo_compute_v1_DeleteServerMetadataRequest__Output, _kumo_compute_v1_DeleteServerMetadataResponse__Output>
  DeleteServerTags: MethodDefinition<_kumo_compute_v1_DeleteServerTagsRequest, _kumo_compute_v1_DeleteServerTagsResponse, _kumo_compute_v1_DeleteServerTagsRequest__Output, _kumo_compute_v1_DeleteServerTagsResponse__Output>
  EvacuateServer: MethodDefinition<_kumo_compute_v1_EvacuateServerRequest, _kumo_compute_v1_EvacuateServerResponse, _kumo_compute_v1_EvacuateServerRequest__Output, _kumo_compute_v1_EvacuateServerResponse__Output>
  ForceDeleteServer: MethodDefinition<_kumo_compute_v1_ForceDeleteServerRequest, _kumo_compute_v1_ForceDeleteServerResponse, _kumo_compute_v1_ForceDeleteServerRequest__Output, _kumo_compute_v1_ForceDeleteServerResponse__Output>
  GetConsoleOutput: MethodDefinition<_kumo_compute_v1_GetConsoleOutputRequest, _kumo_compute_v1_GetConsoleOutputResponse, _kumo_compute_v1_GetConsoleOutputRequest__Output, _kumo_compute_v1_GetConsoleOutputResponse__Output>
  GetInstanceAction: MethodDefinition<_kumo_compute_v1_GetInstanceActionRequest, _kumo_compute_v1_GetInstanceActionResponse, _kumo_compute_v1_GetInstanceActionRequest__Output, _kumo_compute_v1_GetInstanceActionResponse__Output>
  GetServer: MethodDefinition<_kumo_compute_v1_GetServerRequest, _kumo_compute_v1_GetServerResponse, _kumo_compute_v1_GetServerRequest__Output, _kumo_compute_v1_GetServerResponse__Output>
  ListInstanceActions: MethodDefinition<_kumo_compute_v1_ListInstanceActionsRequest, _kumo_compute_v1_ListInstanceActionsResponse, _kumo_compute_v1_ListInstanceActionsRequest__Output, _kumo_compute_v1_ListInstanceActionsResponse__Output>
  ListServers: MethodDefinition<_kumo_compute_v1_ListServersRequest, _kumo_compute_v1_ListServersResponse, _kumo_compute_v1_ListServersRequest__Output, _kumo_compute_v1_ListServersResponse__Output>
  LiveMigrateServer: MethodDefinition<_kumo_compute_v1_LiveMigrateServerRequest, _kumo_compute_v1_LiveMigrateServerResponse, _kumo_compute_v1_LiveMigrateServerRequest__Output, _kumo_compute_v1_LiveMigrateServerResponse__Output>
  LockServer: MethodDefinition<_kumo_compute_v1_LockServerRequest, _kumo_compute_v1_LockServerResponse, _kumo_compute_v1_LockServerRequest__Output, _kumo_compute_v1_LockServerResponse__Output>
  MigrateServer: MethodDefinition<_kumo_compute_v1_MigrateServerRequest, _kumo_compute_v1_MigrateServerResponse, _kumo_compute_v1_MigrateServerRequest__Output, _kumo_compute_v1_MigrateServerResponse__Output>
  PauseServer: MethodDefinition<_kumo_compute_v1_PauseServerRequest, _kumo_compute_v1_PauseServerResponse, _kumo_compute_v1_PauseServerRequest__Output, _kumo_compute_v1_PauseServerResponse__Output>
  RebootServer: MethodDefinition<_kumo_compute_v1_RebootServerRequest, _kumo_compute_v1_RebootServerResponse, _kumo_compute_v1_RebootServerRequest__Output, _kumo_compute_v1_RebootServerResponse__Output>
  RebuildServer: MethodDefinition<_kumo_compute_v1_RebuildServerRequest, _kumo_compute_v1_RebuildServerResponse, _kumo_compute_v1_RebuildServerRequest__Output, _kumo_compute_v1_RebuildServerResponse__Output>
  RescueServer: MethodDefinition<_kumo_compute_v1_RescueServerRequest, _kumo_compute_v1_RescueServerResponse, _kumo_compute_v1_RescueServerRequest__Output, _kumo_compute_v1_RescueServerResponse__Output>
  ResizeServer: MethodDefinition<_kumo_compute_v1_ResizeServerRequest, _kumo_compute_v1_ResizeServerResponse, _kumo_compute_v1_ResizeServerRequest__Output, _kumo_compute_v1_ResizeServerResponse__Output>
  RestoreServer: MethodDefinition<_kumo_compute_v1_RestoreServerRequest, _kumo_compute_v1_RestoreServerResponse, _kumo_compute_v1_RestoreServerRequest__Output, _kumo_compute_v1_RestoreServerResponse__Output>
  ResumeServer: MethodDefinition<_kumo_compute_v1_ResumeServerRequest, _kumo_compute_v1_ResumeServerResponse, _kumo_compute_v1_ResumeServerRequest__Output, _kumo_compute_v1_ResumeServerResponse__Output>
  RevertResizeServer: MethodDefinition<_kumo_compute_v1_RevertResizeServerRequest, _kumo_compute_v1_RevertResizeServerResponse, _kumo_compute_v1_RevertResizeServerRequest__Output, _kumo_compute_v1_RevertResizeServerResponse__Output>
  SetServerMetadata: MethodDefinition<_kumo_compute_v1_SetServerMetadataRequest, _kumo_compute_v1_SetServerMetadataResponse, _kumo_compute_v1_SetServerMetadataRequest__Output, _kumo_compute_v1_SetServerMetadataResponse__Output>
  SetServerTags: MethodDefinition<_kumo_compute_v1_SetServerTagsRequest, _kumo_compute_v1_SetServerTagsResponse, _kumo_compute_v1_SetServerTagsRequest__Output, _kumo_compute_v1_SetServerTagsResponse__Output>
  ShelveOffloadServer: MethodDefinition<_kumo_compute_v1_ShelveOffloadServerRequest, _kumo_compute_v1_ShelveOffloadServerResponse, _kumo_compute_v1_ShelveOffloadServerRequest__Output, _kumo_compute_v1_ShelveOffloadServerResponse__Output>
  ShelveServer: MethodDefinition<_kumo_compute_v1_ShelveServerRequest, _kumo_compute_v1_ShelveServerResponse, _kumo_compute_v1_ShelveServerRequest__Output, _kumo_compute_v1_ShelveServerResponse__Output>
  StartServer: MethodDefinition<_kumo_compute_v1_StartServerRequest, _kumo_compute_v1_StartServerResponse, _kumo_compute_v1_StartServerRequest__Output, _kumo_compute_v1_StartServerResponse__Output>
  StopServer: MethodDefinition<_kumo_compute_v1_StopServerRequest, _kumo_compute_v1_StopServerResponse, _kumo_compute_v1_StopServerRequest__Output, _kumo_compute_v1_StopServerResponse__Output>
  SuspendServer: MethodDefinition<_kumo_compute_v1_SuspendServerRequest, _kumo_compute_v1_SuspendServerResponse, _kumo_compute_v1_SuspendServerRequest__Output, _kumo_compute_v1_SuspendServerResponse__Output>
  UnlockServer: MethodDefinition<_kumo_compute_v1_UnlockServerRequest, _kumo_compute_v1_UnlockServerResponse, _kumo_compute_v1_UnlockServerRequest__Output, _kumo_compute_v1_UnlockServerResponse__Output>
  UnpauseServer: MethodDefinition<_kumo_compute_v1_UnpauseServerRequest, _kumo_compute_v1_UnpauseServerResponse, _kumo_compute_v1_UnpauseServerRequest__Output, _kumo_compute_v1_UnpauseServerResponse__Output>
  UnrescueServer: MethodDefinition<_kumo_compute_v1_UnrescueServerRequest, _kumo_compute_v1_UnrescueServerResponse, _kumo_compute_v1_UnrescueServerRequest__Output, _kumo_compute_v1_UnrescueServerResponse__Output>
  UnshelveServer: MethodDefinition<_kumo_compute_v1_UnshelveServerRequest, _kumo_compute_v1_UnshelveServerResponse, _kumo_compute_v1_UnshelveServerRequest__Output, _kumo_compute_v1_UnshelveServerResponse__Output>
  WatchServer: MethodDefinition<_kumo_compute_v1_WatchServerRequest, _kumo_compute_v1_WatchServerResponse, _kumo_compute_v1_WatchServerRequest__Output, _kumo_compute_v1_WatchServerResponse__Output>
  WatchServers: MethodDefinition<_kumo_compute_v1_WatchServersRequest, _kumo_compute_v1_WatchServersResponse, _kumo_compute_v1_WatchServersRequest__Output, _kumo_compute_v1_WatchServersResponse__Output>
}
