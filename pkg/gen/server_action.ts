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
import type { CreateServerImageRequest as _kumo_compute_v1_CreateServerImageRequest, CreateServerImageRequest__Output as _kumo_compute_v1_CreateServerImageRequest__Output } from './kumo/compute/v1/CreateServerImageRequest.js';
import type { CreateServerImageResponse as _kumo_compute_v1_CreateServerImageResponse, CreateServerImageResponse__Output as _kumo_compute_v1_CreateServerImageResponse__Output } from './kumo/compute/v1/CreateServerImageResponse.js';
import type { DeleteFlavorRequest as _kumo_compute_v1_DeleteFlavorRequest, DeleteFlavorRequest__Output as _kumo_compute_v1_DeleteFlavorRequest__Output } from './kumo/compute/v1/DeleteFlavorRequest.js';
import type { DeleteFlavorResponse as _kumo_compute_v1_DeleteFlavorResponse, DeleteFlavorResponse__Output as _kumo_compute_v1_DeleteFlavorResponse__Output } from './kumo/compute/v1/DeleteFlavorResponse.js';
import type { DeleteImageRequest as _kumo_compute_v1_DeleteImageRequest, DeleteImageRequest__Output as _kumo_compute_v1_DeleteImageRequest__Output } from './kumo/compute/v1/DeleteImageRequest.js';
import type { DeleteImageResponse as _kumo_compute_v1_DeleteImageResponse, DeleteImageResponse__Output as _kumo_compute_v1_DeleteImageResponse__Output } from './kumo/compute/v1/DeleteImageResponse.js';
import type { DeleteServerMetadataRequest as _kumo_compute_v1_DeleteServerMetadataRequest, DeleteServerMetadataRequest__Output as _kumo_compute_v1_DeleteServerMetadataRequest__Output } from './kumo/compute/v1/DeleteServerMetadataRequest.js';
import type { DeleteServerMetadataResponse as _kumo_compute_v1_DeleteServerMetadataResponse, DeleteServerMetadataResponse__Output as _kumo_compute_v1_DeleteServerMetadataResponse__Output } from './kumo/compute/v1/DeleteServerMetadataResponse.js';
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
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from './kumo/compute/v1/Image.js';
import type { ImageServiceClient as _kumo_compute_v1_ImageServiceClient, ImageServiceDefinition as _kumo_compute_v1_ImageServiceDefinition } from './kumo/compute/v1/ImageService.js';
import type { ListFlavorsRequest as _kumo_compute_v1_ListFlavorsRequest, ListFlavorsRequest__Output as _kumo_compute_v1_ListFlavorsRequest__Output } from './kumo/compute/v1/ListFlavorsRequest.js';
import type { ListFlavorsResponse as _kumo_compute_v1_ListFlavorsResponse, ListFlavorsResponse__Output as _kumo_compute_v1_ListFlavorsResponse__Output } from './kumo/compute/v1/ListFlavorsResponse.js';
import type { ListImagesRequest as _kumo_compute_v1_ListImagesRequest, ListImagesRequest__Output as _kumo_compute_v1_ListImagesRequest__Output } from './kumo/compute/v1/ListImagesRequest.js';
import type { ListImagesResponse as _kumo_compute_v1_ListImagesResponse, ListImagesResponse__Output as _kumo_compute_v1_ListImagesResponse__Output } from './kumo/compute/v1/ListImagesResponse.js';
import type { LiveMigrateServerRequest as _kumo_compute_v1_LiveMigrateServerRequest, LiveMigrateServerRequest__Output as _kumo_compute_v1_LiveMigrateServerRequest__Output } from './kumo/compute/v1/LiveMigrateServerRequest.js';
import type { LiveMigrateServerResponse as _kumo_compute_v1_LiveMigrateServerResponse, LiveMigrateServerResponse__Output as _kumo_compute_v1_LiveMigrateServerResponse__Output } from './kumo/compute/v1/LiveMigrateServerResponse.js';
import type { LockServerRequest as _kumo_compute_v1_LockServerRequest, LockServerRequest__Output as _kumo_compute_v1_LockServerRequest__Output } from './kumo/compute/v1/LockServerRequest.js';
import type { LockServerResponse as _kumo_compute_v1_LockServerResponse, LockServerResponse__Output as _kumo_compute_v1_LockServerResponse__Output } from './kumo/compute/v1/LockServerResponse.js';
import type { MigrateServerRequest as _kumo_compute_v1_MigrateServerRequest, MigrateServerRequest__Output as _kumo_compute_v1_MigrateServerRequest__Output } from './kumo/compute/v1/MigrateServerRequest.js';
import type { MigrateServerResponse as _kumo_compute_v1_MigrateServerResponse, MigrateServerResponse__Output as _kumo_compute_v1_MigrateServerResponse__Output } from './kumo/compute/v1/MigrateServerResponse.js';
import type { PauseServerRequest as _kumo_compute_v1_PauseServerRequest, PauseServerRequest__Output as _kumo_compute_v1_PauseServerRequest__Output } from './kumo/compute/v1/PauseServerRequest.js';
import type { PauseServerResponse as _kumo_compute_v1_PauseServerResponse, PauseServerResponse__Output as _kumo_compute_v1_PauseServerResponse__Output } from './kumo/compute/v1/PauseServerResponse.js';
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
import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from './kumo/compute/v1/Server.js';
import type { SetServerMetadataRequest as _kumo_compute_v1_SetServerMetadataRequest, SetServerMetadataRequest__Output as _kumo_compute_v1_SetServerMetadataRequest__Output } from './kumo/compute/v1/SetServerMetadataRequest.js';
import type { SetServerMetadataResponse as _kumo_compute_v1_SetServerMetadataResponse, SetServerMetadataResponse__Output as _kumo_compute_v1_SetServerMetadataResponse__Output } from './kumo/compute/v1/SetServerMetadataResponse.js';
import type { SetServerTagsRequest as _kumo_compute_v1_SetServerTagsRequest, SetServerTagsRequest__Output as _kumo_compute_v1_SetServerTagsRequest__Output } from './kumo/compute/v1/SetServerTagsRequest.js';
import type { SetServerTagsResponse as _kumo_compute_v1_SetServerTagsResponse, SetServerTagsResponse__Output as _kumo_compute_v1_SetServerTagsResponse__Output } from './kumo/compute/v1/SetServerTagsResponse.js';
import type { ShelveOffloadServerRequest as _kumo_compute_v1_ShelveOffloadServerRequest, ShelveOffloadServerRequest__Output as _kumo_compute_v1_ShelveOffloadServerRequest__Output } from './kumo/compute/v1/ShelveOffloadServerRequest.js';
import type { ShelveOffloadServerResponse as _kumo_compute_v1_ShelveOffloadServerResponse, ShelveOffloadServerResponse__Output as _kumo_compute_v1_ShelveOffloadServerResponse__Output } from './kumo/compute/v1/ShelveOffloadServerResponse.js';
import type { ShelveServerRequest as _kumo_compute_v1_ShelveServerRequest, ShelveServerRequest__Output as _kumo_compute_v1_ShelveServerRequest__Output } from './kumo/compute/v1/ShelveServerRequest.js';
import type { ShelveServerResponse as _kumo_compute_v1_ShelveServerResponse, ShelveServerResponse__Output as _kumo_compute_v1_ShelveServerResponse__Output } from './kumo/compute/v1/ShelveServerResponse.js';
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
        CreateServerImageRequest: MessageTypeDefinition<_kumo_compute_v1_CreateServerImageRequest, _kumo_compute_v1_CreateServerImageRequest__Output>
        CreateServerImageResponse: MessageTypeDefinition<_kumo_compute_v1_CreateServerImageResponse, _kumo_compute_v1_CreateServerImageResponse__Output>
        DeleteFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorRequest, _kumo_compute_v1_DeleteFlavorRequest__Output>
        DeleteFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorResponse, _kumo_compute_v1_DeleteFlavorResponse__Output>
        DeleteImageRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteImageRequest, _kumo_compute_v1_DeleteImageRequest__Output>
        DeleteImageResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteImageResponse, _kumo_compute_v1_DeleteImageResponse__Output>
        DeleteServerMetadataRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerMetadataRequest, _kumo_compute_v1_DeleteServerMetadataRequest__Output>
        DeleteServerMetadataResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerMetadataResponse, _kumo_compute_v1_DeleteServerMetadataResponse__Output>
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
        Image: MessageTypeDefinition<_kumo_compute_v1_Image, _kumo_compute_v1_Image__Output>
        /**
         * ImageService manages image records.
         */
        ImageService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_ImageServiceClient> & { service: _kumo_compute_v1_ImageServiceDefinition }
        ImageStatus: EnumTypeDefinition
        ListFlavorsRequest: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsRequest, _kumo_compute_v1_ListFlavorsRequest__Output>
        ListFlavorsResponse: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsResponse, _kumo_compute_v1_ListFlavorsResponse__Output>
        ListImagesRequest: MessageTypeDefinition<_kumo_compute_v1_ListImagesRequest, _kumo_compute_v1_ListImagesRequest__Output>
        ListImagesResponse: MessageTypeDefinition<_kumo_compute_v1_ListImagesResponse, _kumo_compute_v1_ListImagesResponse__Output>
        LiveMigrateServerRequest: MessageTypeDefinition<_kumo_compute_v1_LiveMigrateServerRequest, _kumo_compute_v1_LiveMigrateServerRequest__Output>
        LiveMigrateServerResponse: MessageTypeDefinition<_kumo_compute_v1_LiveMigrateServerResponse, _kumo_compute_v1_LiveMigrateServerResponse__Output>
        LockServerRequest: MessageTypeDefinition<_kumo_compute_v1_LockServerRequest, _kumo_compute_v1_LockServerRequest__Output>
        LockServerResponse: MessageTypeDefinition<_kumo_compute_v1_LockServerResponse, _kumo_compute_v1_LockServerResponse__Output>
        MigrateServerRequest: MessageTypeDefinition<_kumo_compute_v1_MigrateServerRequest, _kumo_compute_v1_MigrateServerRequest__Output>
        MigrateServerResponse: MessageTypeDefinition<_kumo_compute_v1_MigrateServerResponse, _kumo_compute_v1_MigrateServerResponse__Output>
        PauseServerRequest: MessageTypeDefinition<_kumo_compute_v1_PauseServerRequest, _kumo_compute_v1_PauseServerRequest__Output>
        PauseServerResponse: MessageTypeDefinition<_kumo_compute_v1_PauseServerResponse, _kumo_compute_v1_PauseServerResponse__Output>
        PowerState: EnumTypeDefinition
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
        Server: MessageTypeDefinition<_kumo_compute_v1_Server, _kumo_compute_v1_Server__Output>
        ServerStatus: EnumTypeDefinition
        SetServerMetadataRequest: MessageTypeDefinition<_kumo_compute_v1_SetServerMetadataRequest, _kumo_compute_v1_SetServerMetadataRequest__Output>
        SetServerMetadataResponse: MessageTypeDefinition<_kumo_compute_v1_SetServerMetadataResponse, _kumo_compute_v1_SetServerMetadataResponse__Output>
        SetServerTagsRequest: MessageTypeDefinition<_kumo_compute_v1_SetServerTagsRequest, _kumo_compute_v1_SetServerTagsRequest__Output>
        SetServerTagsResponse: MessageTypeDefinition<_kumo_compute_v1_SetServerTagsResponse, _kumo_compute_v1_SetServerTagsResponse__Output>
        ShelveOffloadServerRequest: MessageTypeDefinition<_kumo_compute_v1_ShelveOffloadServerRequest, _kumo_compute_v1_ShelveOffloadServerRequest__Output>
        ShelveOffloadServerResponse: MessageTypeDefinition<_kumo_compute_v1_ShelveOffloadServerResponse, _kumo_compute_v1_ShelveOffloadServerResponse__Output>
        ShelveServerRequest: MessageTypeDefinition<_kumo_compute_v1_ShelveServerRequest, _kumo_compute_v1_ShelveServerRequest__Output>
        ShelveServerResponse: MessageTypeDefinition<_kumo_compute_v1_ShelveServerResponse, _kumo_compute_v1_ShelveServerResponse__Output>
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
      }
    }
  }
}

