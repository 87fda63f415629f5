import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { Address as _kumo_compute_v1_Address, Address__Output as _kumo_compute_v1_Address__Output } from './kumo/compute/v1/Address.js';
import type { ConfirmResizeServerRequest as _kumo_compute_v1_ConfirmResizeServerRequest, ConfirmResizeServerRequest__Output as _kumo_compute_v1_ConfirmResizeServerRequest__Output } from './kumo/compute/v1/ConfirmResizeServerRequest.js';
import type { ConfirmResizeServerResponse as _kumo_compute_v1_ConfirmResizeServerResponse, ConfirmResizeServerResponse__Output as _kumo_compute_v1_ConfirmResizeServerResponse__Output } from './kumo/compute/v1/ConfirmResizeServerResponse.js';
import type { CreateFlavorRequest as _kumo_compute_v1_CreateFlavorRequest, CreateFlavorRequest__Output as _kumo_compute_v1_CreateFlavorRequest__Output } from './kumo/compute/v1/CreateFlavorRequest.js';
import type { CreateFlavorResponse as _kumo_compute_v1_CreateFlavorResponse, CreateFlavorResponse__Output as _kumo_compute_v1_CreateFlavorResponse__Output } from './kumo/compute/v1/CreateFlavorResponse.js';
import type { CreateImageRequest as _kumo_compute_v1_CreateImageRequest, CreateImageRequest__Output as _kumo_compute_v1_CreateImageRequest__Output } from './kumo/compute/v1/CreateImageRequest.js';
import type { CreateImageResponse as _kumo_compute_v1_CreateImageResponse, CreateImageResponse__Output as _kumo_compute_v1_CreateImageResponse__Output } from './kumo/compute/v1/CreateImageResponse.js';
import type { CreateRemoteConsoleRequest as _kumo_compute_v1_CreateRemoteConsoleRequest, CreateRemoteConsoleRequest__Output as _kumo_compute_v1_CreateRemoteConsoleRequest__Output } from './kumo/compute/v1/CreateRemoteConsoleRequest.js';
import type { CreateRemoteConsoleResponse as _kumo_compute_v1_CreateRemoteConsoleResponse, CreateRemoteConsoleResponse__Output as _kumo_compute_v1_CreateRemoteConsoleResponse__Output } from './kumo/compute/v1/CreateRemoteConsoleResponse.js';
import type { CreateServerGroupRequest as _kumo_compute_v1_CreateServerGroupRequest, CreateServerGroupRequest__Output as _kumo_compute_v1_CreateServerGroupRequest__Output } from './kumo/compute/v1/CreateServerGroupRequest.js';
import type { CreateServerGroupResponse as _kumo_compute_v1_CreateServerGroupResponse, CreateServerGroupResponse__Output as _kumo_compute_v1_CreateServerGroupResponse__Output } from './kumo/compute/v1/CreateServerGroupResponse.js';
import type { CreateServerImageRequest as _kumo_compute_v1_CreateServerImageRequest, CreateServerImageRequest__Output as _kumo_compute_v1_CreateServerImageRequest__Output } from './kumo/compute/v1/CreateServerImageRequest.js';
import type { CreateServerImageResponse as _kumo_compute_v1_CreateServerImageResponse, CreateServerImageResponse__Output as _kumo_compute_v1_CreateServerImageResponse__Output } from './kumo/compute/v1/CreateServerImageResponse.js';
import type { CreateServerRequest as _kumo_compute_v1_CreateServerRequest, CreateServerRequest__Output as _kumo_compute_v1_CreateServerRequest__Output } from './kumo/compute/v1/CreateServerRequest.js';
import type { CreateServerResponse as _kumo_compute_v1_CreateServerResponse, CreateServerResponse__Output as _kumo_compute_v1_CreateServerResponse__Output } from './kumo/compute/v1/CreateServerResponse.js';
import type { DeleteFlavorRequest as _kumo_compute_v1_DeleteFlavorRequest, DeleteFlavorRequest__Output as _kumo_compute_v1_DeleteFlavorRequest__Output } from './kumo/compute/v1/DeleteFlavorRequest.js';
import type { DeleteFlavorResponse as _kumo_compute_v1_DeleteFlavorResponse, DeleteFlavorResponse__Output as _kumo_compute_v1_DeleteFlavorResponse__Output } from './kumo/compute/v1/DeleteFlavorResponse.js';
import type { DeleteImageRequest as _kumo_compute_v1_DeleteImageRequest, DeleteImageRequest__Output as _kumo_compute_v1_DeleteImageRequest__Output } from './kumo/compute/v1/DeleteImageRequest.js';
import type { DeleteImageResponse as _kumo_compute_v1_DeleteImageResponse, DeleteImageResponse__Output as _kumo_compute_v1_DeleteImageResponse__Output } from './kumo/compute/v1/DeleteImageResponse.js';
import type { DeleteServerGroupRequest as _kumo_compute_v1_DeleteServerGroupRequest, DeleteServerGroupRequest__Output as _kumo_compute_v1_DeleteServerGroupRequest__Output } from './kumo/compute/v1/DeleteServerGroupRequest.js';
import type { DeleteServerGroupResponse as _kumo_compute_v1_DeleteServerGroupResponse, DeleteServerGroupResponse__Output as _kumo_compute_v1_DeleteServerGroupResponse__Output } from './kumo/compute/v1/DeleteServerGroupResponse.js';
import type { DeleteServerMetadataRequest as _kumo_compute_v1_DeleteServerMetadataRequest, DeleteServerMetadataRequest__Output as _kumo_compute_v1_DeleteServerMetadataRequest__Output } from './kumo/compute/v1/DeleteServerMetadataRequest.js';
import type { DeleteServerMetadataResponse as _kumo_compute_v1_DeleteServerMetadataResponse, DeleteServerMetadataResponse__Output as _kumo_compute_v1_DeleteServerMetadataResponse__Output } from './kumo/compute/v1/DeleteServerMetadataResponse.js';
import type { DeleteServerRequest as _kumo_compute_v1_DeleteServerRequest, DeleteServerRequest__Output as _kumo_compute_v1_DeleteServerRequest__Output } from './kumo/compute/v1/DeleteServerRequest.js';
import type { DeleteServerResponse as _kumo_compute_v1_DeleteServerResponse, DeleteServerResponse__Output as _kumo_compute_v1_DeleteServerResponse__Output } from './kumo/compute/v1/DeleteServerResponse.js';
import type { DeleteServerTagsRequest as _kumo_compute_v1_DeleteServerTagsRequest, DeleteServerTagsRequest__Output as _kumo_compute_v1_DeleteServerTagsRequest__Output } from './kumo/compute/v1/DeleteServerTagsRequest.js';
import type { DeleteServerTagsResponse as _kumo_compute_v1_DeleteServerTagsResponse, DeleteServerTagsResponse__Output as _kumo_compute_v1_DeleteServerTagsResponse__Output } from './kumo/compute/v1/DeleteServerTagsResponse.js';
import type { DownloadImageDataRequest as _kumo_compute_v1_DownloadImageDataRequest, DownloadImageDataRequest__Output as _kumo_compute_v1_DownloadImageDataRequest__Output } from './kumo/compute/v1/DownloadImageDataRequest.js';
import type { DownloadImageDataResponse as _kumo_compute_v1_DownloadImageDataResponse, DownloadImageDataResponse__Output as _kumo_compute_v1_DownloadImageDataResponse__Output } from './kumo/compute/v1/DownloadImageDataResponse.js';
import type { EvacuateServerRequest as _kumo_compute_v1_EvacuateServerRequest, EvacuateServerRequest__Output as _kumo_compute_v1_EvacuateServerRequest__Output } from './kumo/compute/v1/EvacuateServerRequest.js';
import type { EvacuateServerResponse as _kumo_compute_v1_EvacuateServerResponse, EvacuateServerResponse__Output as _kumo_compute_v1_EvacuateServerResponse__Output } from './kumo/compute/v1/EvacuateServerResponse.js';
import type { Fault as _kumo_compute_v1_Fault, Fault__Output as _kumo_compute_v1_Fault__Output } from './kumo/compute/v1/Fault.js';
import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from './kumo/compute/v1/Flavor.js';
import type { FlavorServiceClient as _kumo_compute_v1_FlavorServiceClient, FlavorServiceDefinition as _kumo_compute_v1_FlavorServiceDefinition } from './kumo/compute/v1/FlavorService.js';
import type { ForceDeleteServerRequest as _kumo_compute_v1_ForceDeleteServerRequest, ForceDeleteServerRequest__Output as _kumo_compute_v1_ForceDeleteServerRequest__Output } from './kumo/compute/v1/ForceDeleteServerRequest.js';
import type { ForceDeleteServerResponse as _kumo_compute_v1_ForceDeleteServerResponse, ForceDeleteServerResponse__Output as _kumo_compute_v1_ForceDeleteServerResponse__Output } from './kumo/compute/v1/ForceDeleteServerResponse.js';
import type { GetConsoleOutputRequest as _kumo_compute_v1_GetConsoleOutputRequest, GetConsoleOutputRequest__Output as _kumo_compute_v1_GetConsoleOutputRequest__Output } from './kumo/compute/v1/GetConsoleOutputRequest.js';
import type { GetConsoleOutputResponse as _kumo_compute_v1_GetConsoleOutputResponse, GetConsoleOutputResponse__Output as _kumo_compute_v1_GetConsoleOutputResponse__Output } from './kumo/compute/v1/GetConsoleOutputResponse.js';
import type { GetFlavorRequest as _kumo_compute_v1_GetFlavorRequest, GetFlavorRequest__Output as _kumo_compute_v1_GetFlavorRequest__Output } from './kumo/compute/v1/GetFlavorRequest.js';
import type { GetFlavorResponse as _kumo_compute_v1_GetFlavorResponse, GetFlavorResponse__Output as _kumo_compute_v1_GetFlavorResponse__Output } from './kumo/compute/v1/GetFlavorResponse.js';
import type { GetImageRequest as _kumo_compute_v1_GetImageRequest, GetImageRequest__Output as _kumo_compute_v1_GetImageRequest__Output } from './kumo/compute/v1/GetImageRequest.js';
import type { GetImageResponse as _kumo_compute_v1_GetImageResponse, GetImageResponse__Output as _kumo_compute_v1_GetImageResponse__Output } from './kumo/compute/v1/GetImageResponse.js';
import type { GetInstanceActionRequest as _kumo_compute_v1_GetInstanceActionRequest, GetInstanceActionRequest__Output as _kumo_compute_v1_GetInstanceActionRequest__Output } from './kumo/compute/v1/GetInstanceActionRequest.js';
import type { GetInstanceActionResponse as _kumo_compute_v1_GetInstanceActionResponse, GetInstanceActionResponse__Output as _kumo_compute_v1_GetInstanceActionResponse__Output } from './kumo/compute/v1/GetInstanceActionResponse.js';
import type { GetServerGroupRequest as _kumo_compute_v1_GetServerGroupRequest, GetServerGroupRequest__Output as _kumo_compute_v1_GetServerGroupRequest__Output } from './kumo/compute/v1/GetServerGroupRequest.js';
import type { GetServerGroupResponse as _kumo_compute_v1_GetServerGroupResponse, GetServerGroupResponse__Output as _kumo_compute_v1_GetServerGroupResponse__Output } from './kumo/compute/v1/GetServerGroupResponse.js';
import type { GetServerRequest as _kumo_compute_v1_GetServerRequest, GetServerRequest__Output as _kumo_compute_v1_GetServerRequest__Output } from './kumo/compute/v1/GetServerRequest.js';
import type { GetServerResponse as _kumo_compute_v1_GetServerResponse, GetServerResponse__Output as _kumo_compute_v1_GetServerResponse__Output } from './kumo/compute/v1/GetServerResponse.js';
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from './kumo/compute/v1/Image.js';
import type { ImageServiceClient as _kumo_compute_v1_ImageServiceClient, ImageServiceDefinition as _kumo_compute_v1_ImageServiceDefinition } from './kumo/compute/v1/ImageService.js';
import type { InstanceAction as _kumo_compute_v1_InstanceAction, InstanceAction__Output as _kumo_compute_v1_InstanceAction__Output } from './kumo/compute/v1/InstanceAction.js';
import type { InstanceActionEvent as _kumo_compute_v1_InstanceActionEvent, InstanceActionEvent__Output as _kumo_compute_v1_InstanceActionEvent__Output } from './kumo/compute/v1/InstanceActionEvent.js';
import type { ListFlavorsRequest as _kumo_compute_v1_ListFlavorsRequest, ListFlavorsRequest__Output as _kumo_compute_v1_ListFlavorsRequest__Output } from './kumo/compute/v1/ListFlavorsRequest.js';
import type { ListFlavorsResponse as _kumo_compute_v1_ListFlavorsResponse, ListFlavorsResponse__Output as _kumo_compute_v1_ListFlavorsResponse__Output } from './kumo/compute/v1/ListFlavorsResponse.js';
import type { ListImagesRequest as _kumo_compute_v1_ListImagesRequest, ListImagesRequest__Output as _kumo_compute_v1_ListImagesRequest__Output } from './kumo/compute/v1/ListImagesRequest.js';
import type { ListImagesResponse as _kumo_compute_v1_ListImagesResponse, ListImagesResponse__Output as _kumo_compute_v1_ListImagesResponse__Output } from './kumo/compute/v1/ListImagesResponse.js';
import type { ListInstanceActionsRequest as _kumo_compute_v1_ListInstanceActionsRequest, ListInstanceActionsRequest__Output as _kumo_compute_v1_ListInstanceActionsRequest__Output } from './kumo/compute/v1/ListInstanceActionsRequest.js';
import type { ListInstanceActionsResponse as _kumo_compute_v1_ListInstanceActionsResponse, ListInstanceActionsResponse__Output as _kumo_compute_v1_ListInstanceActionsResponse__Output } from './kumo/compute/v1/ListInstanceActionsResponse.js';
import type { ListServerGroupsRequest as _kumo_compute_v1_ListServerGroupsRequest, ListServerGroupsRequest__Output as _kumo_compute_v1_ListServerGroupsRequest__Output } from './kumo/compute/v1/ListServerGroupsRequest.js';
import type { ListServerGroupsResponse as _kumo_compute_v1_ListServerGroupsResponse, ListServerGroupsResponse__Output as _kumo_compute_v1_ListServerGroupsResponse__Output } from './kumo/compute/v1/ListServerGroupsResponse.js';
import type { ListServersRequest as _kumo_compute_v1_ListServersRequest, ListServersRequest__Output as _kumo_compute_v1_ListServersRequest__Output } from './kumo/compute/v1/ListServersRequest.js';
import type { ListServersResponse as _kumo_compute_v1_ListServersResponse, ListServersResponse__Output as _kumo_compute_v1_ListServersResponse__Output } from './kumo/compute/v1/ListServersResponse.js';
import type { LiveMigrateServerRequest as _kumo_compute_v1_LiveMigrateServerRequest, LiveMigrateServerRequest__Output as _kumo_compute_v1_LiveMigrateServerRequest__Output } from './kumo/compute/v1/LiveMigrateServerRequest.js';
import type { LiveMigrateServerResponse as _kumo_compute_v1_LiveMigrateServerResponse, LiveMigrateServerResponse__Output as _kumo_compute_v1_LiveMigrateServerResponse__Output } from './kumo/compute/v1/LiveMigrateServerResponse.js';
import type { LockServerRequest as _kumo_compute_v1_LockServerRequest, LockServerRequest__Output as _kumo_compute_v1_LockServerRequest__Output } from './kumo/compute/v1/LockServerRequest.js';
import type { LockServerResponse as _kumo_compute_v1_LockServerResponse, LockServerResponse__Output as _kumo_compute_v1_LockServerResponse__Output } from './kumo/compute/v1/LockServerResponse.js';
import type { MigrateServerRequest as _kumo_compute_v1_MigrateServerRequest, MigrateServerRequest__Output as _kumo_compute_v1_MigrateServerRequest__Output } from './kumo/compute/v1/MigrateServerRequest.js';
import type { MigrateServerResponse as _kumo_compute_v1_MigrateServerResponse, MigrateServerResponse__Output as _kumo_compute_v1_MigrateServerResponse__Output } from './kumo/compute/v1/MigrateServerResponse.js';
import type { NetworkRequest as _kumo_compute_v1_NetworkRequest, NetworkRequest__Output as _kumo_compute_v1_NetworkRequest__Output } from './kumo/compute/v1/NetworkRequest.js';
import type { PauseServerRequest as _kumo_compute_v1_PauseServerRequest, PauseServerRequest__Output as _kumo_compute_v1_PauseServerRequest__Output } from './kumo/compute/v1/PauseServerRequest.js';
import type { PauseServerResponse as _kumo_compute_v1_PauseServerResponse, PauseServerResponse__Output as _kumo_compute_v1_PauseServerResponse__Output } from './kumo/compute/v1/PauseServerResponse.js';
import type { RebootServerRequest as _kumo_compute_v1_RebootServerRequest, RebootServerRequest__Output as _kumo_compute_v1_RebootServerRequest__Output } from './kumo/compute/v1/RebootServerRequest.js';
import type { RebootServerResponse as _kumo_compute_v1_RebootServerResponse, RebootServerResponse__Output as _kumo_compute_v1_RebootServerResponse__Output } from './kumo/compute/v1/RebootServerResponse.js';
import type { RebuildServerRequest as _kumo_compute_v1_RebuildServerRequest, RebuildServerRequest__Output as _kumo_compute_v1_RebuildServerRequest__Output } from './kumo/compute/v1/RebuildServerRequest.js';
import type { RebuildServerResponse as _kumo_compute_v1_RebuildServerResponse, RebuildServerResponse__Output as _kumo_compute_v1_RebuildServerResponse__Output } from './kumo/compute/v1/RebuildServerResponse.js';
import type { RemoteConsole as _kumo_compute_v1_RemoteConsole, RemoteConsole__Output as _kumo_compute_v1_RemoteConsole__Output } from './kumo/compute/v1/RemoteConsole.js';
import type { RescueServerRequest as _kumo_compute_v1_RescueServerRequest, RescueServerRequest__Output as _kumo_compute_v1_RescueServerRequest__Output } from './kumo/compute/v1/RescueServerRequest.js';
import type { RescueServerResponse as _kumo_compute_v1_RescueServerResponse, RescueServerResponse__Output as _kumo_compute_v1_RescueServerResponse__Output } from './kumo/compute/v1/RescueServerResponse.js';
import type { ResizeServerRequest as _kumo_compute_v1_ResizeServerRequest, ResizeServerRequest__Output as _kumo_compute_v1_ResizeServerRequest__Output } from './kumo/compute/v1/ResizeServerRequest.js';
import type { ResizeServerResponse as _kumo_compute_v1_ResizeServerResponse, ResizeServerResponse__Output as _kumo_compute_v1_ResizeServerResponse__Output } from './kumo/compute/v1/ResizeServerResponse.js';
import type { RestoreServerRequest as _kumo_compute_v1_RestoreServerRequest, RestoreServerRequest__Output as _kumo_compute_v1_RestoreServerRequest__Output } from './kumo/compute/v1/RestoreServerRequest.js';
import type { RestoreServerResponse as _kumo_compute_v1_RestoreServerResponse, RestoreServerResponse__Output as _kumo_compute_v1_RestoreServerResponse__Output } from './kumo/compute/v1/RestoreServerResponse.js';
import type { ResumeServerRequest as _kumo_compute_v1_ResumeServerRequest, ResumeServerRequest__Output as _kumo_compute_v1_ResumeServerRequest__Output } from './kumo/compute/v1/ResumeServerRequest.js';
import type { ResumeServerResponse as _kumo_compute_v1_ResumeServerResponse, ResumeServerResponse__Output as _kumo_compute_v1_ResumeServerResponse__Output } from './kumo/compute/v1/ResumeServerResponse.js';
import type { RevertResizeServerRequest as _kumo_compute_v1_RevertResizeServerRequest, RevertResizeServerRequest__Output as _kumo_compute_v1_RevertResizeServerRequest__Output } from './kumo/compute/v1/RevertResizeServerRequest.js';
import type { RevertResizeServerResponse as _kumo_compute_v1_RevertResizeServerResponse, RevertResizeServerResponse__Output as _kumo_compute_v1_RevertResizeServerResponse__Output } from './kumo/compute/v1/RevertResizeServerResponse.js';
import type { SchedulerHints as _kumo_compute_v1_SchedulerHints, SchedulerHints__Output as _kumo_compute_v1_SchedulerHints__Output } from './kumo/compute/v1/SchedulerHints.js';
import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from './kumo/compute/v1/Server.js';
import type { ServerGroup as _kumo_compute_v1_ServerGroup, ServerGroup__Output as _kumo_compute_v1_ServerGroup__Output } from './kumo/compute/v1/ServerGroup.js';
import type { ServerGroupServiceClient as _kumo_compute_v1_ServerGroupServiceClient, ServerGroupServiceDefinition as _kumo_compute_v1_ServerGroupServiceDefinition } from './kumo/compute/v1/ServerGroupService.js';
import type { ServerServiceClient as _kumo_compute_v1_ServerServiceClient, ServerServiceDefinition as _kumo_compute_v1_ServerServiceDefinition } from './kumo/compute/v1/ServerService.js';
import type { SetServerMetadataRequest as _kumo_compute_v1_SetServerMetadataRequest, SetServerMetadataRequest__Output as _kumo_compute_v1_SetServerMetadataRequest__Output } from './kumo/compute/v1/SetServerMetadataRequest.js';
import type { SetServerMetadataResponse as _kumo_compute_v1_SetServerMetadataResponse, SetServerMetadataResponse__Output as _kumo_compute_v1_SetServerMetadataResponse__Output } from './kumo/compute/v1/SetServerMetadataResponse.js';
import type { SetServerTagsRequest as _kumo_compute_v1_SetServerTagsRequest, SetServerTagsRequest__Output as _kumo_compute_v1_SetServerTagsRequest__Output } from './kumo/compute/v1/SetServerTagsRequest.js';
import type { SetServerTagsResponse as _kumo_compute_v1_SetServerTagsResponse, SetServerTagsResponse__Output as _kumo_compute_v1_SetServerTagsResponse__Output } from './kumo/compute/v1/SetServerTagsResponse.js';
import type { ShelveOffloadServerRequest as _kumo_compute_v1_ShelveOffloadServerRequest, ShelveOffloadServerRequest__Output as _kumo_compute_v1_ShelveOffloadServerRequest__Output } from './kumo/compute/v1/ShelveOffloadServerRequest.js';
import type { ShelveOffloadServerResponse as _kumo_compute_v1_ShelveOffloadServerResponse, ShelveOffloadServerResponse__Output as _kumo_compute_v1_ShelveOffloadServerResponse__Output } from './kumo/compute/v1/ShelveOffloadServerResponse.js';
import type { ShelveServerRequest as _kumo_compute_v1_ShelveServerRequest, ShelveServerRequest__Output as _kumo_compute_v1_ShelveServerRequest__Output } from './kumo/compute/v1/ShelveServerRequest.js';
import type { ShelveServerResponse as _kumo_compute_v1_ShelveServerResponse, ShelveServerResponse__Output as _kumo_compute_v1_ShelveServerResponse__Output } from './kumo/compute/v1/ShelveServerResponse.js';
import type { StartServerRequest as _kumo_compute_v1_StartServerRequest, StartServerRequest__Output as _kumo_compute_v1_StartServerRequest__Output } from './kumo/compute/v1/StartServerRequest.js';
import type { StartServerResponse as _kumo_compute_v1_StartServerResponse, StartServerResponse__Output as _kumo_compute_v1_StartServerResponse__Output } from './kumo/compute/v1/StartServerResponse.js';
import type { StopServerRequest as _kumo_compute_v1_StopServerRequest, StopServerRequest__Output as _kumo_compute_v1_StopServerRequest__Output } from './kumo/compute/v1/StopServerRequest.js';
import type { StopServerResponse as _kumo_compute_v1_StopServerResponse, StopServerResponse__Output as _kumo_compute_v1_StopServerResponse__Output } from './kumo/compute/v1/StopServerResponse.js';
import type { SuspendServerRequest as _kumo_compute_v1_SuspendServerRequest, SuspendServerRequest__Output as _kumo_compute_v1_SuspendServerRequest__Output } from './kumo/compute/v1/SuspendServerRequest.js';
import type { SuspendServerResponse as _kumo_compute_v1_SuspendServerResponse, SuspendServerResponse__Output as _kumo_compute_v1_SuspendServerResponse__Output } from './kumo/compute/v1/SuspendServerResponse.js';
import type { UnlockServerRequest as _kumo_compute_v1_UnlockServerRequest, UnlockServerRequest__Output as _kumo_compute_v1_UnlockServerRequest__Output } from './kumo/compute/v1/UnlockServerRequest.js';
import type { UnlockServerResponse as _kumo_compute_v1_UnlockServerResponse, UnlockServerResponse__Output as _kumo_compute_v1_UnlockServerResponse__Output } from './kumo/compute/v1/UnlockServerResponse.js';
import type { UnpauseServerRequest as _kumo_compute_v1_UnpauseServerRequest, UnpauseServerRequest__Output as _kumo_compute_v1_UnpauseServerRequest__Output } from './kumo/compute/v1/UnpauseServerRequest.js';
import type { UnpauseServerResponse as _kumo_compute_v1_UnpauseServerResponse, UnpauseServerResponse__Output as _kumo_compute_v1_UnpauseServerResponse__Output } from './kumo/compute/v1/UnpauseServerResponse.js';
import type { UnrescueServerRequest as _kumo_compute_v1_UnrescueServerRequest, UnrescueServerRequest__Output as _kumo_compute_v1_UnrescueServerRequest__Output } from './kumo/compute/v1/UnrescueServerRequest.js';
import type { UnrescueServerResponse as _kumo_compute_v1_UnrescueServerResponse, UnrescueServerResponse__Output as _kumo_compute_v1_UnrescueServerResponse__Output } from './kumo/compute/v1/UnrescueServerResponse.js';
import type { UnshelveServerRequest as _kumo_compute_v1_UnshelveServerRequest, UnshelveServerRequest__Output as _kumo_compute_v1_UnshelveServerRequest__Output } from './kumo/compute/v1/UnshelveServerRequest.js';
import type { UnshelveServerResponse as _kumo_compute_v1_UnshelveServerResponse, UnshelveServerResponse__Output as _kumo_compute_v1_UnshelveServerResponse__Output } from './kumo/compute/v1/UnshelveServerResponse.js';
import type { UploadImageDataRequest as _kumo_compute_v1_UploadImageDataRequest, UploadImageDataRequest__Output as _kumo_compute_v1_UploadImageDataRequest__Output } from './kumo/compute/v1/UploadImageDataRequest.js';
import type { UploadImageDataResponse as _kumo_compute_v1_UploadImageDataResponse, UploadImageDataResponse__Output as _kumo_compute_v1_UploadImageDataResponse__Output } from './kumo/compute/v1/UploadImageDataResponse.js';
import type { WatchServerRequest as _kumo_compute_v1_WatchServerRequest, WatchServerRequest__Output as _kumo_compute_v1_WatchServerRequest__Output } from './kumo/compute/v1/WatchServerRequest.js';
import type { WatchServerResponse as _kumo_compute_v1_WatchServerResponse, WatchServerResponse__Output as _kumo_compute_v1_WatchServerResponse__Output } from './kumo/compute/v1/WatchServerResponse.js';
import type { WatchServersRequest as _kumo_compute_v1_WatchServersRequest, WatchServersRequest__Output as _kumo_compute_v1_WatchServersRequest__Output } from './kumo/compute/v1/WatchServersRequest.js';
import type { WatchServersResponse as _kumo_compute_v1_WatchServersResponse, WatchServersResponse__Output as _kumo_compute_v1_WatchServersResponse__Output } from './kumo/compute/v1/WatchServersResponse.js';
import type { AddressClaim as _kumo_internal_v1_AddressClaim, AddressClaim__Output as _kumo_internal_v1_AddressClaim__Output } from './kumo/internal/v1/AddressClaim.js';
import type { BuildAndRunInstanceRequest as _kumo_internal_v1_BuildAndRunInstanceRequest, BuildAndRunInstanceRequest__Output as _kumo_internal_v1_BuildAndRunInstanceRequest__Output } from './kumo/internal/v1/BuildAndRunInstanceRequest.js';
import type { BuildAndRunInstanceResponse as _kumo_internal_v1_BuildAndRunInstanceResponse, BuildAndRunInstanceResponse__Output as _kumo_internal_v1_BuildAndRunInstanceResponse__Output } from './kumo/internal/v1/BuildAndRunInstanceResponse.js';
import type { ExplainRequestSpecRequest as _kumo_internal_v1_ExplainRequestSpecRequest, ExplainRequestSpecRequest__Output as _kumo_internal_v1_ExplainRequestSpecRequest__Output } from './kumo/internal/v1/ExplainRequestSpecRequest.js';
import type { FixedIpClaim as _kumo_internal_v1_FixedIpClaim, FixedIpClaim__Output as _kumo_internal_v1_FixedIpClaim__Output } from './kumo/internal/v1/FixedIpClaim.js';
import type { GroupSpec as _kumo_internal_v1_GroupSpec, GroupSpec__Output as _kumo_internal_v1_GroupSpec__Output } from './kumo/internal/v1/GroupSpec.js';
import type { HostReport as _kumo_internal_v1_HostReport, HostReport__Output as _kumo_internal_v1_HostReport__Output } from './kumo/internal/v1/HostReport.js';
import type { MacClaim as _kumo_internal_v1_MacClaim, MacClaim__Output as _kumo_internal_v1_MacClaim__Output } from './kumo/internal/v1/MacClaim.js';
import type { Migration as _kumo_internal_v1_Migration, Migration__Output as _kumo_internal_v1_Migration__Output } from './kumo/internal/v1/Migration.js';
import type { Nic as _kumo_internal_v1_Nic, Nic__Output as _kumo_internal_v1_Nic__Output } from './kumo/internal/v1/Nic.js';
import type { NicAddress as _kumo_internal_v1_NicAddress, NicAddress__Output as _kumo_internal_v1_NicAddress__Output } from './kumo/internal/v1/NicAddress.js';
import type { QuotaSlot as _kumo_internal_v1_QuotaSlot, QuotaSlot__Output as _kumo_internal_v1_QuotaSlot__Output } from './kumo/internal/v1/QuotaSlot.js';
import type { RequestSpec as _kumo_internal_v1_RequestSpec, RequestSpec__Output as _kumo_internal_v1_RequestSpec__Output } from './kumo/internal/v1/RequestSpec.js';
import type { RescheduleBuildRequest as _kumo_internal_v1_RescheduleBuildRequest, RescheduleBuildRequest__Output as _kumo_internal_v1_RescheduleBuildRequest__Output } from './kumo/internal/v1/RescheduleBuildRequest.js';
import type { RescheduleBuildResponse as _kumo_internal_v1_RescheduleBuildResponse, RescheduleBuildResponse__Output as _kumo_internal_v1_RescheduleBuildResponse__Output } from './kumo/internal/v1/RescheduleBuildResponse.js';
import type { SelectDestinationsRequest as _kumo_internal_v1_SelectDestinationsRequest, SelectDestinationsRequest__Output as _kumo_internal_v1_SelectDestinationsRequest__Output } from './kumo/internal/v1/SelectDestinationsRequest.js';
import type { SelectDestinationsResponse as _kumo_internal_v1_SelectDestinationsResponse, SelectDestinationsResponse__Output as _kumo_internal_v1_SelectDestinationsResponse__Output } from './kumo/internal/v1/SelectDestinationsResponse.js';
import type { Selection as _kumo_internal_v1_Selection, Selection__Output as _kumo_internal_v1_Selection__Output } from './kumo/internal/v1/Selection.js';
import type { ServerRecord as _kumo_internal_v1_ServerRecord, ServerRecord__Output as _kumo_internal_v1_ServerRecord__Output } from './kumo/internal/v1/ServerRecord.js';
import type { SupportedInstance as _kumo_internal_v1_SupportedInstance, SupportedInstance__Output as _kumo_internal_v1_SupportedInstance__Output } from './kumo/internal/v1/SupportedInstance.js';

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
        Address: MessageTypeDefinition<_kumo_compute_v1_Address, _kumo_compute_v1_Address__Output>
        ConfirmResizeServerRequest: MessageTypeDefinition<_kumo_compute_v1_ConfirmResizeServerRequest, _kumo_compute_v1_ConfirmResizeServerRequest__Output>
        ConfirmResizeServerResponse: MessageTypeDefinition<_kumo_compute_v1_ConfirmResizeServerResponse, _kumo_compute_v1_ConfirmResizeServerResponse__Output>
        CreateFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_CreateFlavorRequest, _kumo_compute_v1_CreateFlavorRequest__Output>
        CreateFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_CreateFlavorResponse, _kumo_compute_v1_CreateFlavorResponse__Output>
        CreateImageRequest: MessageTypeDefinition<_kumo_compute_v1_CreateImageRequest, _kumo_compute_v1_CreateImageRequest__Output>
        CreateImageResponse: MessageTypeDefinition<_kumo_compute_v1_CreateImageResponse, _kumo_compute_v1_CreateImageResponse__Output>
        CreateRemoteConsoleRequest: MessageTypeDefinition<_kumo_compute_v1_CreateRemoteConsoleRequest, _kumo_compute_v1_CreateRemoteConsoleRequest__Output>
        CreateRemoteConsoleResponse: MessageTypeDefinition<_kumo_compute_v1_CreateRemoteConsoleResponse, _kumo_compute_v1_CreateRemoteConsoleResponse__Output>
        CreateServerGroupRequest: MessageTypeDefinition<_kumo_compute_v1_CreateServerGroupRequest, _kumo_compute_v1_CreateServerGroupRequest__Output>
        CreateServerGroupResponse: MessageTypeDefinition<_kumo_compute_v1_CreateServerGroupResponse, _kumo_compute_v1_CreateServerGroupResponse__Output>
        CreateServerImageRequest: MessageTypeDefinition<_kumo_compute_v1_CreateServerImageRequest, _kumo_compute_v1_CreateServerImageRequest__Output>
        CreateServerImageResponse: MessageTypeDefinition<_kumo_compute_v1_CreateServerImageResponse, _kumo_compute_v1_CreateServerImageResponse__Output>
        CreateServerRequest: MessageTypeDefinition<_kumo_compute_v1_CreateServerRequest, _kumo_compute_v1_CreateServerRequest__Output>
        CreateServerResponse: MessageTypeDefinition<_kumo_compute_v1_CreateServerResponse, _kumo_compute_v1_CreateServerResponse__Output>
        DeleteFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorRequest, _kumo_compute_v1_DeleteFlavorRequest__Output>
        DeleteFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorResponse, _kumo_compute_v1_DeleteFlavorResponse__Output>
        DeleteImageRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteImageRequest, _kumo_compute_v1_DeleteImageRequest__Output>
        DeleteImageResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteImageResponse, _kumo_compute_v1_DeleteImageResponse__Output>
        DeleteServerGroupRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerGroupRequest, _kumo_compute_v1_DeleteServerGroupRequest__Output>
        DeleteServerGroupResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerGroupResponse, _kumo_compute_v1_DeleteServerGroupResponse__Output>
        DeleteServerMetadataRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerMetadataRequest, _kumo_compute_v1_DeleteServerMetadataRequest__Output>
        DeleteServerMetadataResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerMetadataResponse, _kumo_compute_v1_DeleteServerMetadataResponse__Output>
        DeleteServerRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerRequest, _kumo_compute_v1_DeleteServerRequest__Output>
        DeleteServerResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerResponse, _kumo_compute_v1_DeleteServerResponse__Output>
        DeleteServerTagsRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerTagsRequest, _kumo_compute_v1_DeleteServerTagsRequest__Output>
        DeleteServerTagsResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerTagsResponse, _kumo_compute_v1_DeleteServerTagsResponse__Output>
        DownloadImageDataRequest: MessageTypeDefinition<_kumo_compute_v1_DownloadImageDataRequest, _kumo_compute_v1_DownloadImageDataRequest__Output>
        DownloadImageDataResponse: MessageTypeDefinition<_kumo_compute_v1_DownloadImageDataResponse, _kumo_compute_v1_DownloadImageDataResponse__Output>
        EvacuateServerRequest: MessageTypeDefinition<_kumo_compute_v1_EvacuateServerRequest, _kumo_compute_v1_EvacuateServerRequest__Output>
        EvacuateServerResponse: MessageTypeDefinition<_kumo_compute_v1_EvacuateServerResponse, _kumo_compute_v1_EvacuateServerResponse__Output>
        Fault: MessageTypeDefinition<_kumo_compute_v1_Fault, _kumo_compute_v1_Fault__Output>
        Flavor: MessageTypeDefinition<_kumo_compute_v1_Flavor, _kumo_compute_v1_Flavor__Output>
        /**
         * FlavorService manages flavors.
         */
        FlavorService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_FlavorServiceClient> & { service: _kumo_compute_v1_FlavorServiceDefinition }
        ForceDeleteServerRequest: MessageTypeDefinition<_kumo_compute_v1_ForceDeleteServerRequest, _kumo_compute_v1_ForceDeleteServerRequest__Output>
        ForceDeleteServerResponse: MessageTypeDefinition<_kumo_compute_v1_ForceDeleteServerResponse, _kumo_compute_v1_ForceDeleteServerResponse__Output>
        GetConsoleOutputRequest: MessageTypeDefinition<_kumo_compute_v1_GetConsoleOutputRequest, _kumo_compute_v1_GetConsoleOutputRequest__Output>
        GetConsoleOutputResponse: MessageTypeDefinition<_kumo_compute_v1_GetConsoleOutputResponse, _kumo_compute_v1_GetConsoleOutputResponse__Output>
        GetFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_GetFlavorRequest, _kumo_compute_v1_GetFlavorRequest__Output>
        GetFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_GetFlavorResponse, _kumo_compute_v1_GetFlavorResponse__Output>
        GetImageRequest: MessageTypeDefinition<_kumo_compute_v1_GetImageRequest, _kumo_compute_v1_GetImageRequest__Output>
        GetImageResponse: MessageTypeDefinition<_kumo_compute_v1_GetImageResponse, _kumo_compute_v1_GetImageResponse__Output>
        GetInstanceActionRequest: MessageTypeDefinition<_kumo_compute_v1_GetInstanceActionRequest, _kumo_compute_v1_GetInstanceActionRequest__Output>
        GetInstanceActionResponse: MessageTypeDefinition<_kumo_compute_v1_GetInstanceActionResponse, _kumo_compute_v1_GetInstanceActionResponse__Output>
        GetServerGroupRequest: MessageTypeDefinition<_kumo_compute_v1_GetServerGroupRequest, _kumo_compute_v1_GetServerGroupRequest__Output>
        GetServerGroupResponse: MessageTypeDefinition<_kumo_compute_v1_GetServerGroupResponse, _kumo_compute_v1_GetServerGroupResponse__Output>
        GetServerRequest: MessageTypeDefinition<_kumo_compute_v1_GetServerRequest, _kumo_compute_v1_GetServerRequest__Output>
        GetServerResponse: MessageTypeDefinition<_kumo_compute_v1_GetServerResponse, _kumo_compute_v1_GetServerResponse__Output>
        Image: MessageTypeDefinition<_kumo_compute_v1_Image, _kumo_compute_v1_Image__Output>
        /**
         * ImageService manages image records.
         */
        ImageService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_ImageServiceClient> & { service: _kumo_compute_v1_ImageServiceDefinition }
        ImageStatus: EnumTypeDefinition
        InstanceAction: MessageTypeDefinition<_kumo_compute_v1_InstanceAction, _kumo_compute_v1_InstanceAction__Output>
        InstanceActionEvent: MessageTypeDefinition<_kumo_compute_v1_InstanceActionEvent, _kumo_compute_v1_InstanceActionEvent__Output>
        ListFlavorsRequest: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsRequest, _kumo_compute_v1_ListFlavorsRequest__Output>
        ListFlavorsResponse: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsResponse, _kumo_compute_v1_ListFlavorsResponse__Output>
        ListImagesRequest: MessageTypeDefinition<_kumo_compute_v1_ListImagesRequest, _kumo_compute_v1_ListImagesRequest__Output>
        ListImagesResponse: MessageTypeDefinition<_kumo_compute_v1_ListImagesResponse, _kumo_compute_v1_ListImagesResponse__Output>
        ListInstanceActionsRequest: MessageTypeDefinition<_kumo_compute_v1_ListInstanceActionsRequest, _kumo_compute_v1_ListInstanceActionsRequest__Output>
        ListInstanceActionsResponse: MessageTypeDefinition<_kumo_compute_v1_ListInstanceActionsResponse, _kumo_compute_v1_ListInstanceActionsResponse__Output>
        ListServerGroupsRequest: MessageTypeDefinition<_kumo_compute_v1_ListServerGroupsRequest, _kumo_compute_v1_ListServerGroupsRequest__Output>
        ListServerGroupsResponse: MessageTypeDefinition<_kumo_compute_v1_ListServerGroupsResponse, _kumo_compute_v1_ListServerGroupsResponse__Output>
        ListServersRequest: MessageTypeDefinition<_kumo_compute_v1_ListServersRequest, _kumo_compute_v1_ListServersRequest__Output>
        ListServersResponse: MessageTypeDefinition<_kumo_compute_v1_ListServersResponse, _kumo_compute_v1_ListServersResponse__Output>
        LiveMigrateServerRequest: MessageTypeDefinition<_kumo_compute_v1_LiveMigrateServerRequest, _kumo_compute_v1_LiveMigrateServerRequest__Output>
        LiveMigrateServerResponse: MessageTypeDefinition<_kumo_compute_v1_LiveMigrateServerResponse, _kumo_compute_v1_LiveMigrateServerResponse__Output>
        LockServerRequest: MessageTypeDefinition<_kumo_compute_v1_LockServerRequest, _kumo_compute_v1_LockServerRequest__Output>
        LockServerResponse: MessageTypeDefinition<_kumo_compute_v1_LockServerResponse, _kumo_compute_v1_LockServerResponse__Output>
        MigrateServerRequest: MessageTypeDefinition<_kumo_compute_v1_MigrateServerRequest, _kumo_compute_v1_MigrateServerRequest__Output>
        MigrateServerResponse: MessageTypeDefinition<_kumo_compute_v1_MigrateServerResponse, _kumo_compute_v1_MigrateServerResponse__Output>
        NetworkMode: EnumTypeDefinition
        NetworkRequest: MessageTypeDefinition<_kumo_compute_v1_NetworkRequest, _kumo_compute_v1_NetworkRequest__Output>
        PauseServerRequest: MessageTypeDefinition<_kumo_compute_v1_PauseServerRequest, _kumo_compute_v1_PauseServerRequest__Output>
        PauseServerResponse: MessageTypeDefinition<_kumo_compute_v1_PauseServerResponse, _kumo_compute_v1_PauseServerResponse__Output>
        PowerState: EnumTypeDefinition
        RebootServerRequest: MessageTypeDefinition<_kumo_compute_v1_RebootServerRequest, _kumo_compute_v1_RebootServerRequest__Output>
        RebootServerResponse: MessageTypeDefinition<_kumo_compute_v1_RebootServerResponse, _kumo_compute_v1_RebootServerResponse__Output>
        RebootType: EnumTypeDefinition
        RebuildServerRequest: MessageTypeDefinition<_kumo_compute_v1_RebuildServerRequest, _kumo_compute_v1_RebuildServerRequest__Output>
        RebuildServerResponse: MessageTypeDefinition<_kumo_compute_v1_RebuildServerResponse, _kumo_compute_v1_RebuildServerResponse__Output>
        RemoteConsole: MessageTypeDefinition<_kumo_compute_v1_RemoteConsole, _kumo_compute_v1_RemoteConsole__Output>
        RescueServerRequest: MessageTypeDefinition<_kumo_compute_v1_RescueServerRequest, _kumo_compute_v1_RescueServerRequest__Output>
        RescueServerResponse: MessageTypeDefinition<_kumo_compute_v1_RescueServerResponse, _kumo_compute_v1_RescueServerResponse__Output>
        ResizeServerRequest: MessageTypeDefinition<_kumo_compute_v1_ResizeServerRequest, _kumo_compute_v1_ResizeServerRequest__Output>
        ResizeServerResponse: MessageTypeDefinition<_kumo_compute_v1_ResizeServerResponse, _kumo_compute_v1_ResizeServerResponse__Output>
        RestoreServerRequest: MessageTypeDefinition<_kumo_compute_v1_RestoreServerRequest, _kumo_compute_v1_RestoreServerRequest__Output>
        RestoreServerResponse: MessageTypeDefinition<_kumo_compute_v1_RestoreServerResponse, _kumo_compute_v1_RestoreServerResponse__Output>
        ResumeServerRequest: MessageTypeDefinition<_kumo_compute_v1_ResumeServerRequest, _kumo_compute_v1_ResumeServerRequest__Output>
        ResumeServerResponse: MessageTypeDefinition<_kumo_compute_v1_ResumeServerResponse, _kumo_compute_v1_ResumeServerResponse__Output>
        RevertResizeServerRequest: MessageTypeDefinition<_kumo_compute_v1_RevertResizeServerRequest, _kumo_compute_v1_RevertResizeServerRequest__Output>
        RevertResizeServerResponse: MessageTypeDefinition<_kumo_compute_v1_RevertResizeServerResponse, _kumo_compute_v1_RevertResizeServerResponse__Output>
        SchedulerHints: MessageTypeDefinition<_kumo_compute_v1_SchedulerHints, _kumo_compute_v1_SchedulerHints__Output>
        Server: MessageTypeDefinition<_kumo_compute_v1_Server, _kumo_compute_v1_Server__Output>
        ServerGroup: MessageTypeDefinition<_kumo_compute_v1_ServerGroup, _kumo_compute_v1_ServerGroup__Output>
        ServerGroupPolicy: EnumTypeDefinition
        /**
         * ServerGroupService manages server groups.
         */
        ServerGroupService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_ServerGroupServiceClient> & { service: _kumo_compute_v1_ServerGroupServiceDefinition }
        /**
         * ServerService creates, lists and drives servers.
         */
        ServerService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_ServerServiceClient> & { service: _kumo_compute_v1_ServerServiceDefinition }
        ServerStatus: EnumTypeDefinition
        SetServerMetadataRequest: MessageTypeDefinition<_kumo_compute_v1_SetServerMetadataRequest, _kumo_compute_v1_SetServerMetadataRequest__Output>
        SetServerMetadataResponse: MessageTypeDefinition<_kumo_compute_v1_SetServerMetadataResponse, _kumo_compute_v1_SetServerMetadataResponse__Output>
        SetServerTagsRequest: MessageTypeDefinition<_kumo_compute_v1_SetServerTagsRequest, _kumo_compute_v1_SetServerTagsRequest__Output>
        SetServerTagsResponse: MessageTypeDefinition<_kumo_compute_v1_SetServerTagsResponse, _kumo_compute_v1_SetServerTagsResponse__Output>
        ShelveOffloadServerRequest: MessageTypeDefinition<_kumo_compute_v1_ShelveOffloadServerRequest, _kumo_compute_v1_ShelveOffloadServerRequest__Output>
        ShelveOffloadServerResponse: MessageTypeDefinition<_kumo_compute_v1_ShelveOffloadServerResponse, _kumo_compute_v1_ShelveOffloadServerResponse__Output>
        ShelveServerRequest: MessageTypeDefinition<_kumo_compute_v1_ShelveServerRequest, _kumo_compute_v1_ShelveServerRequest__Output>
        ShelveServerResponse: MessageTypeDefinition<_kumo_compute_v1_ShelveServerResponse, _kumo_compute_v1_ShelveServerResponse__Output>
        StartServerRequest: MessageTypeDefinition<_kumo_compute_v1_StartServerRequest, _kumo_compute_v1_StartServerRequest__Output>
        StartServerResponse: MessageTypeDefinition<_kumo_compute_v1_StartServerResponse, _kumo_compute_v1_StartServerResponse__Output>
        StopServerRequest: MessageTypeDefinition<_kumo_compute_v1_StopServerRequest, _kumo_compute_v1_StopServerRequest__Output>
        StopServerResponse: MessageTypeDefinition<_kumo_compute_v1_StopServerResponse, _kumo_compute_v1_StopServerResponse__Output>
        SuspendServerRequest: MessageTypeDefinition<_kumo_compute_v1_SuspendServerRequest, _kumo_compute_v1_SuspendServerRequest__Output>
        SuspendServerResponse: MessageTypeDefinition<_kumo_compute_v1_SuspendServerResponse, _kumo_compute_v1_SuspendServerResponse__Output>
        TaskState: EnumTypeDefinition
        UnlockServerRequest: MessageTypeDefinition<_kumo_compute_v1_UnlockServerRequest, _kumo_compute_v1_UnlockServerRequest__Output>
        UnlockServerResponse: MessageTypeDefinition<_kumo_compute_v1_UnlockServerResponse, _kumo_compute_v1_UnlockServerResponse__Output>
        UnpauseServerRequest: MessageTypeDefinition<_kumo_compute_v1_UnpauseServerRequest, _kumo_compute_v1_UnpauseServerRequest__Output>
        UnpauseServerResponse: MessageTypeDefinition<_kumo_compute_v1_UnpauseServerResponse, _kumo_compute_v1_UnpauseServerResponse__Output>
        UnrescueServerRequest: MessageTypeDefinition<_kumo_compute_v1_UnrescueServerRequest, _kumo_compute_v1_UnrescueServerRequest__Output>
        UnrescueServerResponse: MessageTypeDefinition<_kumo_compute_v1_UnrescueServerResponse, _kumo_compute_v1_UnrescueServerResponse__Output>
        UnshelveServerRequest: MessageTypeDefinition<_kumo_compute_v1_UnshelveServerRequest, _kumo_compute_v1_UnshelveServerRequest__Output>
        UnshelveServerResponse: MessageTypeDefinition<_kumo_compute_v1_UnshelveServerResponse, _kumo_compute_v1_UnshelveServerResponse__Output>
        UploadImageDataRequest: MessageTypeDefinition<_kumo_compute_v1_UploadImageDataRequest, _kumo_compute_v1_UploadImageDataRequest__Output>
        UploadImageDataResponse: MessageTypeDefinition<_kumo_compute_v1_UploadImageDataResponse, _kumo_compute_v1_UploadImageDataResponse__Output>
        VmState: EnumTypeDefinition
        WatchServerRequest: MessageTypeDefinition<_kumo_compute_v1_WatchServerRequest, _kumo_compute_v1_WatchServerRequest__Output>
        WatchServerResponse: MessageTypeDefinition<_kumo_compute_v1_WatchServerResponse, _kumo_compute_v1_WatchServerResponse__Output>
        WatchServersRequest: MessageTypeDefinition<_kumo_compute_v1_WatchServersRequest, _kumo_compute_v1_WatchServersRequest__Output>
        WatchServersResponse: MessageTypeDefinition<_kumo_compute_v1_WatchServersResponse, _kumo_compute_v1_WatchServersResponse__Output>
      }
    }
    internal: {
      v1: {
        AddressClaim: MessageTypeDefinition<_kumo_internal_v1_AddressClaim, _kumo_internal_v1_AddressClaim__Output>
        BuildAndRunInstanceRequest: MessageTypeDefinition<_kumo_internal_v1_BuildAndRunInstanceRequest, _kumo_internal_v1_BuildAndRunInstanceRequest__Output>
        BuildAndRunInstanceResponse: MessageTypeDefinition<_kumo_internal_v1_BuildAndRunInstanceResponse, _kumo_internal_v1_BuildAndRunInstanceResponse__Output>
        ExplainRequestSpecRequest: MessageTypeDefinition<_kumo_internal_v1_ExplainRequestSpecRequest, _kumo_internal_v1_ExplainRequestSpecRequest__Output>
        FixedIpClaim: MessageTypeDefinition<_kumo_internal_v1_FixedIpClaim, _kumo_internal_v1_FixedIpClaim__Output>
        GroupSpec: MessageTypeDefinition<_kumo_internal_v1_GroupSpec, _kumo_internal_v1_GroupSpec__Output>
        HostReport: MessageTypeDefinition<_kumo_internal_v1_HostReport, _kumo_internal_v1_HostReport__Output>
        MacClaim: MessageTypeDefinition<_kumo_internal_v1_MacClaim, _kumo_internal_v1_MacClaim__Output>
        Migration: MessageTypeDefinition<_kumo_internal_v1_Migration, _kumo_internal_v1_Migration__Output>
        Nic: MessageTypeDefinition<_kumo_internal_v1_Nic, _kumo_internal_v1_Nic__Output>
        NicAddress: MessageTypeDefinition<_kumo_internal_v1_NicAddress, _kumo_internal_v1_NicAddress__Output>
        QuotaSlot: MessageTypeDefinition<_kumo_internal_v1_QuotaSlot, _kumo_internal_v1_QuotaSlot__Output>
        RequestSpec: MessageTypeDefinition<_kumo_internal_v1_RequestSpec, _kumo_internal_v1_RequestSpec__Output>
        RescheduleBuildRequest: MessageTypeDefinition<_kumo_internal_v1_RescheduleBuildRequest, _kumo_internal_v1_RescheduleBuildRequest__Output>
        RescheduleBuildResponse: MessageTypeDefinition<_kumo_internal_v1_RescheduleBuildResponse, _kumo_internal_v1_RescheduleBuildResponse__Output>
        SelectDestinationsRequest: MessageTypeDefinition<_kumo_internal_v1_SelectDestinationsRequest, _kumo_internal_v1_SelectDestinationsRequest__Output>
        SelectDestinationsResponse: MessageTypeDefinition<_kumo_internal_v1_SelectDestinationsResponse, _kumo_internal_v1_SelectDestinationsResponse__Output>
        Selection: MessageTypeDefinition<_kumo_internal_v1_Selection, _kumo_internal_v1_Selection__Output>
        ServerRecord: MessageTypeDefinition<_kumo_internal_v1_ServerRecord, _kumo_internal_v1_ServerRecord__Output>
        SupportedInstance: MessageTypeDefinition<_kumo_internal_v1_SupportedInstance, _kumo_internal_v1_SupportedInstance__Output>
      }
    }
  }
}

