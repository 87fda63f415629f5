import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { Address as _kumo_compute_v1_Address, Address__Output as _kumo_compute_v1_Address__Output } from './kumo/compute/v1/Address.js';
import type { CreateFlavorRequest as _kumo_compute_v1_CreateFlavorRequest, CreateFlavorRequest__Output as _kumo_compute_v1_CreateFlavorRequest__Output } from './kumo/compute/v1/CreateFlavorRequest.js';
import type { CreateFlavorResponse as _kumo_compute_v1_CreateFlavorResponse, CreateFlavorResponse__Output as _kumo_compute_v1_CreateFlavorResponse__Output } from './kumo/compute/v1/CreateFlavorResponse.js';
import type { CreateImageRequest as _kumo_compute_v1_CreateImageRequest, CreateImageRequest__Output as _kumo_compute_v1_CreateImageRequest__Output } from './kumo/compute/v1/CreateImageRequest.js';
import type { CreateImageResponse as _kumo_compute_v1_CreateImageResponse, CreateImageResponse__Output as _kumo_compute_v1_CreateImageResponse__Output } from './kumo/compute/v1/CreateImageResponse.js';
import type { CreateServerGroupRequest as _kumo_compute_v1_CreateServerGroupRequest, CreateServerGroupRequest__Output as _kumo_compute_v1_CreateServerGroupRequest__Output } from './kumo/compute/v1/CreateServerGroupRequest.js';
import type { CreateServerGroupResponse as _kumo_compute_v1_CreateServerGroupResponse, CreateServerGroupResponse__Output as _kumo_compute_v1_CreateServerGroupResponse__Output } from './kumo/compute/v1/CreateServerGroupResponse.js';
import type { CreateServerRequest as _kumo_compute_v1_CreateServerRequest, CreateServerRequest__Output as _kumo_compute_v1_CreateServerRequest__Output } from './kumo/compute/v1/CreateServerRequest.js';
import type { CreateServerResponse as _kumo_compute_v1_CreateServerResponse, CreateServerResponse__Output as _kumo_compute_v1_CreateServerResponse__Output } from './kumo/compute/v1/CreateServerResponse.js';
import type { DeleteFlavorRequest as _kumo_compute_v1_DeleteFlavorRequest, DeleteFlavorRequest__Output as _kumo_compute_v1_DeleteFlavorRequest__Output } from './kumo/compute/v1/DeleteFlavorRequest.js';
import type { DeleteFlavorResponse as _kumo_compute_v1_DeleteFlavorResponse, DeleteFlavorResponse__Output as _kumo_compute_v1_DeleteFlavorResponse__Output } from './kumo/compute/v1/DeleteFlavorResponse.js';
import type { DeleteImageRequest as _kumo_compute_v1_DeleteImageRequest, DeleteImageRequest__Output as _kumo_compute_v1_DeleteImageRequest__Output } from './kumo/compute/v1/DeleteImageRequest.js';
import type { DeleteImageResponse as _kumo_compute_v1_DeleteImageResponse, DeleteImageResponse__Output as _kumo_compute_v1_DeleteImageResponse__Output } from './kumo/compute/v1/DeleteImageResponse.js';
import type { DeleteServerGroupRequest as _kumo_compute_v1_DeleteServerGroupRequest, DeleteServerGroupRequest__Output as _kumo_compute_v1_DeleteServerGroupRequest__Output } from './kumo/compute/v1/DeleteServerGroupRequest.js';
import type { DeleteServerGroupResponse as _kumo_compute_v1_DeleteServerGroupResponse, DeleteServerGroupResponse__Output as _kumo_compute_v1_DeleteServerGroupResponse__Output } from './kumo/compute/v1/DeleteServerGroupResponse.js';
import type { DeleteServerRequest as _kumo_compute_v1_DeleteServerRequest, DeleteServerRequest__Output as _kumo_compute_v1_DeleteServerRequest__Output } from './kumo/compute/v1/DeleteServerRequest.js';
import type { DeleteServerResponse as _kumo_compute_v1_DeleteServerResponse, DeleteServerResponse__Output as _kumo_compute_v1_DeleteServerResponse__Output } from './kumo/compute/v1/DeleteServerResponse.js';
import type { Fault as _kumo_compute_v1_Fault, Fault__Output as _kumo_compute_v1_Fault__Output } from './kumo/compute/v1/Fault.js';
import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from './kumo/compute/v1/Flavor.js';
import type { FlavorServiceClient as _kumo_compute_v1_FlavorServiceClient, FlavorServiceDefinition as _kumo_compute_v1_FlavorServiceDefinition } from './kumo/compute/v1/FlavorService.js';
import type { GetFlavorRequest as _kumo_compute_v1_GetFlavorRequest, GetFlavorRequest__Output as _kumo_compute_v1_GetFlavorRequest__Output } from './kumo/compute/v1/GetFlavorRequest.js';
import type { GetFlavorResponse as _kumo_compute_v1_GetFlavorResponse, GetFlavorResponse__Output as _kumo_compute_v1_GetFlavorResponse__Output } from './kumo/compute/v1/GetFlavorResponse.js';
import type { GetImageRequest as _kumo_compute_v1_GetImageRequest, GetImageRequest__Output as _kumo_compute_v1_GetImageRequest__Output } from './kumo/compute/v1/GetImageRequest.js';
import type { GetImageResponse as _kumo_compute_v1_GetImageResponse, GetImageResponse__Output as _kumo_compute_v1_GetImageResponse__Output } from './kumo/compute/v1/GetImageResponse.js';
import type { GetServerGroupRequest as _kumo_compute_v1_GetServerGroupRequest, GetServerGroupRequest__Output as _kumo_compute_v1_GetServerGroupRequest__Output } from './kumo/compute/v1/GetServerGroupRequest.js';
import type { GetServerGroupResponse as _kumo_compute_v1_GetServerGroupResponse, GetServerGroupResponse__Output as _kumo_compute_v1_GetServerGroupResponse__Output } from './kumo/compute/v1/GetServerGroupResponse.js';
import type { GetServerRequest as _kumo_compute_v1_GetServerRequest, GetServerRequest__Output as _kumo_compute_v1_GetServerRequest__Output } from './kumo/compute/v1/GetServerRequest.js';
import type { GetServerResponse as _kumo_compute_v1_GetServerResponse, GetServerResponse__Output as _kumo_compute_v1_GetServerResponse__Output } from './kumo/compute/v1/GetServerResponse.js';
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from './kumo/compute/v1/Image.js';
import type { ImageServiceClient as _kumo_compute_v1_ImageServiceClient, ImageServiceDefinition as _kumo_compute_v1_ImageServiceDefinition } from './kumo/compute/v1/ImageService.js';
import type { ListFlavorsRequest as _kumo_compute_v1_ListFlavorsRequest, ListFlavorsRequest__Output as _kumo_compute_v1_ListFlavorsRequest__Output } from './kumo/compute/v1/ListFlavorsRequest.js';
import type { ListFlavorsResponse as _kumo_compute_v1_ListFlavorsResponse, ListFlavorsResponse__Output as _kumo_compute_v1_ListFlavorsResponse__Output } from './kumo/compute/v1/ListFlavorsResponse.js';
import type { ListImagesRequest as _kumo_compute_v1_ListImagesRequest, ListImagesRequest__Output as _kumo_compute_v1_ListImagesRequest__Output } from './kumo/compute/v1/ListImagesRequest.js';
import type { ListImagesResponse as _kumo_compute_v1_ListImagesResponse, ListImagesResponse__Output as _kumo_compute_v1_ListImagesResponse__Output } from './kumo/compute/v1/ListImagesResponse.js';
import type { ListServerGroupsRequest as _kumo_compute_v1_ListServerGroupsRequest, ListServerGroupsRequest__Output as _kumo_compute_v1_ListServerGroupsRequest__Output } from './kumo/compute/v1/ListServerGroupsRequest.js';
import type { ListServerGroupsResponse as _kumo_compute_v1_ListServerGroupsResponse, ListServerGroupsResponse__Output as _kumo_compute_v1_ListServerGroupsResponse__Output } from './kumo/compute/v1/ListServerGroupsResponse.js';
import type { ListServersRequest as _kumo_compute_v1_ListServersRequest, ListServersRequest__Output as _kumo_compute_v1_ListServersRequest__Output } from './kumo/compute/v1/ListServersRequest.js';
import type { ListServersResponse as _kumo_compute_v1_ListServersResponse, ListServersResponse__Output as _kumo_compute_v1_ListServersResponse__Output } from './kumo/compute/v1/ListServersResponse.js';
import type { RebootServerRequest as _kumo_compute_v1_RebootServerRequest, RebootServerRequest__Output as _kumo_compute_v1_RebootServerRequest__Output } from './kumo/compute/v1/RebootServerRequest.js';
import type { RebootServerResponse as _kumo_compute_v1_RebootServerResponse, RebootServerResponse__Output as _kumo_compute_v1_RebootServerResponse__Output } from './kumo/compute/v1/RebootServerResponse.js';
import type { SchedulerHints as _kumo_compute_v1_SchedulerHints, SchedulerHints__Output as _kumo_compute_v1_SchedulerHints__Output } from './kumo/compute/v1/SchedulerHints.js';
import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from './kumo/compute/v1/Server.js';
import type { ServerGroup as _kumo_compute_v1_ServerGroup, ServerGroup__Output as _kumo_compute_v1_ServerGroup__Output } from './kumo/compute/v1/ServerGroup.js';
import type { ServerGroupServiceClient as _kumo_compute_v1_ServerGroupServiceClient, ServerGroupServiceDefinition as _kumo_compute_v1_ServerGroupServiceDefinition } from './kumo/compute/v1/ServerGroupService.js';
import type { ServerServiceClient as _kumo_compute_v1_ServerServiceClient, ServerServiceDefinition as _kumo_compute_v1_ServerServiceDefinition } from './kumo/compute/v1/ServerService.js';
import type { StartServerRequest as _kumo_compute_v1_StartServerRequest, StartServerRequest__Output as _kumo_compute_v1_StartServerRequest__Output } from './kumo/compute/v1/StartServerRequest.js';
import type { StartServerResponse as _kumo_compute_v1_StartServerResponse, StartServerResponse__Output as _kumo_compute_v1_StartServerResponse__Output } from './kumo/compute/v1/StartServerResponse.js';
import type { StopServerRequest as _kumo_compute_v1_StopServerRequest, StopServerRequest__Output as _kumo_compute_v1_StopServerRequest__Output } from './kumo/compute/v1/StopServerRequest.js';
import type { StopServerResponse as _kumo_compute_v1_StopServerResponse, StopServerResponse__Output as _kumo_compute_v1_StopServerResponse__Output } from './kumo/compute/v1/StopServerResponse.js';
import type { BuildAndRunInstanceRequest as _kumo_internal_v1_BuildAndRunInstanceRequest, BuildAndRunInstanceRequest__Output as _kumo_internal_v1_BuildAndRunInstanceRequest__Output } from './kumo/internal/v1/BuildAndRunInstanceRequest.js';
import type { BuildAndRunInstanceResponse as _kumo_internal_v1_BuildAndRunInstanceResponse, BuildAndRunInstanceResponse__Output as _kumo_internal_v1_BuildAndRunInstanceResponse__Output } from './kumo/internal/v1/BuildAndRunInstanceResponse.js';
import type { ExplainRequestSpecRequest as _kumo_internal_v1_ExplainRequestSpecRequest, ExplainRequestSpecRequest__Output as _kumo_internal_v1_ExplainRequestSpecRequest__Output } from './kumo/internal/v1/ExplainRequestSpecRequest.js';
import type { GroupSpec as _kumo_internal_v1_GroupSpec, GroupSpec__Output as _kumo_internal_v1_GroupSpec__Output } from './kumo/internal/v1/GroupSpec.js';
import type { HostReport as _kumo_internal_v1_HostReport, HostReport__Output as _kumo_internal_v1_HostReport__Output } from './kumo/internal/v1/HostReport.js';
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
        CreateFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_CreateFlavorRequest, _kumo_compute_v1_CreateFlavorRequest__Output>
        CreateFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_CreateFlavorResponse, _kumo_compute_v1_CreateFlavorResponse__Output>
        CreateImageRequest: MessageTypeDefinition<_kumo_compute_v1_CreateImageRequest, _kumo_compute_v1_CreateImageRequest__Output>
        CreateImageResponse: MessageTypeDefinition<_kumo_compute_v1_CreateImageResponse, _kumo_compute_v1_CreateImageResponse__Output>
        CreateServerGroupRequest: MessageTypeDefinition<_kumo_compute_v1_CreateServerGroupRequest, _kumo_compute_v1_CreateServerGroupRequest__Output>
        CreateServerGroupResponse: MessageTypeDefinition<_kumo_compute_v1_CreateServerGroupResponse, _kumo_compute_v1_CreateServerGroupResponse__Output>
        CreateServerRequest: MessageTypeDefinition<_kumo_compute_v1_CreateServerRequest, _kumo_compute_v1_CreateServerRequest__Output>
        CreateServerResponse: MessageTypeDefinition<_kumo_compute_v1_CreateServerResponse, _kumo_compute_v1_CreateServerResponse__Output>
        DeleteFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorRequest, _kumo_compute_v1_DeleteFlavorRequest__Output>
        DeleteFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorResponse, _kumo_compute_v1_DeleteFlavorResponse__Output>
        DeleteImageRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteImageRequest, _kumo_compute_v1_DeleteImageRequest__Output>
        DeleteImageResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteImageResponse, _kumo_compute_v1_DeleteImageResponse__Output>
        DeleteServerGroupRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerGroupRequest, _kumo_compute_v1_DeleteServerGroupRequest__Output>
        DeleteServerGroupResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerGroupResponse, _kumo_compute_v1_DeleteServerGroupResponse__Output>
        DeleteServerRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerRequest, _kumo_compute_v1_DeleteServerRequest__Output>
        DeleteServerResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerResponse, _kumo_compute_v1_DeleteServerResponse__Output>
        Fault: MessageTypeDefinition<_kumo_compute_v1_Fault, _kumo_compute_v1_Fault__Output>
        Flavor: MessageTypeDefinition<_kumo_compute_v1_Flavor, _kumo_compute_v1_Flavor__Output>
        /**
         * FlavorService manages flavors.
         */
        FlavorService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_FlavorServiceClient> & { service: _kumo_compute_v1_FlavorServiceDefinition }
        GetFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_GetFlavorRequest, _kumo_compute_v1_GetFlavorRequest__Output>
        GetFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_GetFlavorResponse, _kumo_compute_v1_GetFlavorResponse__Output>
        GetImageRequest: MessageTypeDefinition<_kumo_compute_v1_GetImageRequest, _kumo_compute_v1_GetImageRequest__Output>
        GetImageResponse: MessageTypeDefinition<_kumo_compute_v1_GetImageResponse, _kumo_compute_v1_GetImageResponse__Output>
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
        ListFlavorsRequest: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsRequest, _kumo_compute_v1_ListFlavorsRequest__Output>
        ListFlavorsResponse: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsResponse, _kumo_compute_v1_ListFlavorsResponse__Output>
        ListImagesRequest: MessageTypeDefinition<_kumo_compute_v1_ListImagesRequest, _kumo_compute_v1_ListImagesRequest__Output>
        ListImagesResponse: MessageTypeDefinition<_kumo_compute_v1_ListImagesResponse, _kumo_compute_v1_ListImagesResponse__Output>
        ListServerGroupsRequest: MessageTypeDefinition<_kumo_compute_v1_ListServerGroupsRequest, _kumo_compute_v1_ListServerGroupsRequest__Output>
        ListServerGroupsResponse: MessageTypeDefinition<_kumo_compute_v1_ListServerGroupsResponse, _kumo_compute_v1_ListServerGroupsResponse__Output>
        ListServersRequest: MessageTypeDefinition<_kumo_compute_v1_ListServersRequest, _kumo_compute_v1_ListServersRequest__Output>
        ListServersResponse: MessageTypeDefinition<_kumo_compute_v1_ListServersResponse, _kumo_compute_v1_ListServersResponse__Output>
        PowerState: EnumTypeDefinition
        RebootServerRequest: MessageTypeDefinition<_kumo_compute_v1_RebootServerRequest, _kumo_compute_v1_RebootServerRequest__Output>
        RebootServerResponse: MessageTypeDefinition<_kumo_compute_v1_RebootServerResponse, _kumo_compute_v1_RebootServerResponse__Output>
        RebootType: EnumTypeDefinition
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
        StartServerRequest: MessageTypeDefinition<_kumo_compute_v1_StartServerRequest, _kumo_compute_v1_StartServerRequest__Output>
        StartServerResponse: MessageTypeDefinition<_kumo_compute_v1_StartServerResponse, _kumo_compute_v1_StartServerResponse__Output>
        StopServerRequest: MessageTypeDefinition<_kumo_compute_v1_StopServerRequest, _kumo_compute_v1_StopServerRequest__Output>
        StopServerResponse: MessageTypeDefinition<_kumo_compute_v1_StopServerResponse, _kumo_compute_v1_StopServerResponse__Output>
        TaskState: EnumTypeDefinition
        VmState: EnumTypeDefinition
      }
    }
    internal: {
      v1: {
        BuildAndRunInstanceRequest: MessageTypeDefinition<_kumo_internal_v1_BuildAndRunInstanceRequest, _kumo_internal_v1_BuildAndRunInstanceRequest__Output>
        BuildAndRunInstanceResponse: MessageTypeDefinition<_kumo_internal_v1_BuildAndRunInstanceResponse, _kumo_internal_v1_BuildAndRunInstanceResponse__Output>
        ExplainRequestSpecRequest: MessageTypeDefinition<_kumo_internal_v1_ExplainRequestSpecRequest, _kumo_internal_v1_ExplainRequestSpecRequest__Output>
        GroupSpec: MessageTypeDefinition<_kumo_internal_v1_GroupSpec, _kumo_internal_v1_GroupSpec__Output>
        HostReport: MessageTypeDefinition<_kumo_internal_v1_HostReport, _kumo_internal_v1_HostReport__Output>
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

