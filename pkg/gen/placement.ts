import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { Address as _kumo_compute_v1_Address, Address__Output as _kumo_compute_v1_Address__Output } from './kumo/compute/v1/Address.js';
import type { CreateFlavorRequest as _kumo_compute_v1_CreateFlavorRequest, CreateFlavorRequest__Output as _kumo_compute_v1_CreateFlavorRequest__Output } from './kumo/compute/v1/CreateFlavorRequest.js';
import type { CreateFlavorResponse as _kumo_compute_v1_CreateFlavorResponse, CreateFlavorResponse__Output as _kumo_compute_v1_CreateFlavorResponse__Output } from './kumo/compute/v1/CreateFlavorResponse.js';
import type { CreateServerRequest as _kumo_compute_v1_CreateServerRequest, CreateServerRequest__Output as _kumo_compute_v1_CreateServerRequest__Output } from './kumo/compute/v1/CreateServerRequest.js';
import type { CreateServerResponse as _kumo_compute_v1_CreateServerResponse, CreateServerResponse__Output as _kumo_compute_v1_CreateServerResponse__Output } from './kumo/compute/v1/CreateServerResponse.js';
import type { DeleteFlavorRequest as _kumo_compute_v1_DeleteFlavorRequest, DeleteFlavorRequest__Output as _kumo_compute_v1_DeleteFlavorRequest__Output } from './kumo/compute/v1/DeleteFlavorRequest.js';
import type { DeleteFlavorResponse as _kumo_compute_v1_DeleteFlavorResponse, DeleteFlavorResponse__Output as _kumo_compute_v1_DeleteFlavorResponse__Output } from './kumo/compute/v1/DeleteFlavorResponse.js';
import type { DeleteServerRequest as _kumo_compute_v1_DeleteServerRequest, DeleteServerRequest__Output as _kumo_compute_v1_DeleteServerRequest__Output } from './kumo/compute/v1/DeleteServerRequest.js';
import type { DeleteServerResponse as _kumo_compute_v1_DeleteServerResponse, DeleteServerResponse__Output as _kumo_compute_v1_DeleteServerResponse__Output } from './kumo/compute/v1/DeleteServerResponse.js';
import type { ExplainPlacementRequest as _kumo_compute_v1_ExplainPlacementRequest, ExplainPlacementRequest__Output as _kumo_compute_v1_ExplainPlacementRequest__Output } from './kumo/compute/v1/ExplainPlacementRequest.js';
import type { ExplainPlacementResponse as _kumo_compute_v1_ExplainPlacementResponse, ExplainPlacementResponse__Output as _kumo_compute_v1_ExplainPlacementResponse__Output } from './kumo/compute/v1/ExplainPlacementResponse.js';
import type { Fault as _kumo_compute_v1_Fault, Fault__Output as _kumo_compute_v1_Fault__Output } from './kumo/compute/v1/Fault.js';
import type { FilterStep as _kumo_compute_v1_FilterStep, FilterStep__Output as _kumo_compute_v1_FilterStep__Output } from './kumo/compute/v1/FilterStep.js';
import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from './kumo/compute/v1/Flavor.js';
import type { FlavorServiceClient as _kumo_compute_v1_FlavorServiceClient, FlavorServiceDefinition as _kumo_compute_v1_FlavorServiceDefinition } from './kumo/compute/v1/FlavorService.js';
import type { GetFlavorRequest as _kumo_compute_v1_GetFlavorRequest, GetFlavorRequest__Output as _kumo_compute_v1_GetFlavorRequest__Output } from './kumo/compute/v1/GetFlavorRequest.js';
import type { GetFlavorResponse as _kumo_compute_v1_GetFlavorResponse, GetFlavorResponse__Output as _kumo_compute_v1_GetFlavorResponse__Output } from './kumo/compute/v1/GetFlavorResponse.js';
import type { GetServerRequest as _kumo_compute_v1_GetServerRequest, GetServerRequest__Output as _kumo_compute_v1_GetServerRequest__Output } from './kumo/compute/v1/GetServerRequest.js';
import type { GetServerResponse as _kumo_compute_v1_GetServerResponse, GetServerResponse__Output as _kumo_compute_v1_GetServerResponse__Output } from './kumo/compute/v1/GetServerResponse.js';
import type { HostRejection as _kumo_compute_v1_HostRejection, HostRejection__Output as _kumo_compute_v1_HostRejection__Output } from './kumo/compute/v1/HostRejection.js';
import type { ListFlavorsRequest as _kumo_compute_v1_ListFlavorsRequest, ListFlavorsRequest__Output as _kumo_compute_v1_ListFlavorsRequest__Output } from './kumo/compute/v1/ListFlavorsRequest.js';
import type { ListFlavorsResponse as _kumo_compute_v1_ListFlavorsResponse, ListFlavorsResponse__Output as _kumo_compute_v1_ListFlavorsResponse__Output } from './kumo/compute/v1/ListFlavorsResponse.js';
import type { ListServersRequest as _kumo_compute_v1_ListServersRequest, ListServersRequest__Output as _kumo_compute_v1_ListServersRequest__Output } from './kumo/compute/v1/ListServersRequest.js';
import type { ListServersResponse as _kumo_compute_v1_ListServersResponse, ListServersResponse__Output as _kumo_compute_v1_ListServersResponse__Output } from './kumo/compute/v1/ListServersResponse.js';
import type { PlacementServiceClient as _kumo_compute_v1_PlacementServiceClient, PlacementServiceDefinition as _kumo_compute_v1_PlacementServiceDefinition } from './kumo/compute/v1/PlacementService.js';
import type { RebootServerRequest as _kumo_compute_v1_RebootServerRequest, RebootServerRequest__Output as _kumo_compute_v1_RebootServerRequest__Output } from './kumo/compute/v1/RebootServerRequest.js';
import type { RebootServerResponse as _kumo_compute_v1_RebootServerResponse, RebootServerResponse__Output as _kumo_compute_v1_RebootServerResponse__Output } from './kumo/compute/v1/RebootServerResponse.js';
import type { SchedulerHints as _kumo_compute_v1_SchedulerHints, SchedulerHints__Output as _kumo_compute_v1_SchedulerHints__Output } from './kumo/compute/v1/SchedulerHints.js';
import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from './kumo/compute/v1/Server.js';
import type { ServerServiceClient as _kumo_compute_v1_ServerServiceClient, ServerServiceDefinition as _kumo_compute_v1_ServerServiceDefinition } from './kumo/compute/v1/ServerService.js';
import type { StartServerRequest as _kumo_compute_v1_StartServerRequest, StartServerRequest__Output as _kumo_compute_v1_StartServerRequest__Output } from './kumo/compute/v1/StartServerRequest.js';
import type { StartServerResponse as _kumo_compute_v1_StartServerResponse, StartServerResponse__Output as _kumo_compute_v1_StartServerResponse__Output } from './kumo/compute/v1/StartServerResponse.js';
import type { StopServerRequest as _kumo_compute_v1_StopServerRequest, StopServerRequest__Output as _kumo_compute_v1_StopServerRequest__Output } from './kumo/compute/v1/StopServerRequest.js';
import type { StopServerResponse as _kumo_compute_v1_StopServerResponse, StopServerResponse__Output as _kumo_compute_v1_StopServerResponse__Output } from './kumo/compute/v1/StopServerResponse.js';
import type { WeighedHost as _kumo_compute_v1_WeighedHost, WeighedHost__Output as _kumo_compute_v1_WeighedHost__Output } from './kumo/compute/v1/WeighedHost.js';
import type { WeigherScore as _kumo_compute_v1_WeigherScore, WeigherScore__Output as _kumo_compute_v1_WeigherScore__Output } from './kumo/compute/v1/WeigherScore.js';

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
        CreateServerRequest: MessageTypeDefinition<_kumo_compute_v1_CreateServerRequest, _kumo_compute_v1_CreateServerRequest__Output>
        CreateServerResponse: MessageTypeDefinition<_kumo_compute_v1_CreateServerResponse, _kumo_compute_v1_CreateServerResponse__Output>
        DeleteFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorRequest, _kumo_compute_v1_DeleteFlavorRequest__Output>
        DeleteFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorResponse, _kumo_compute_v1_DeleteFlavorResponse__Output>
        DeleteServerRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteServerRequest, _kumo_compute_v1_DeleteServerRequest__Output>
        DeleteServerResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteServerResponse, _kumo_compute_v1_DeleteServerResponse__Output>
        ExplainPlacementRequest: MessageTypeDefinition<_kumo_compute_v1_ExplainPlacementRequest, _kumo_compute_v1_ExplainPlacementRequest__Output>
        ExplainPlacementResponse: MessageTypeDefinition<_kumo_compute_v1_ExplainPlacementResponse, _kumo_compute_v1_ExplainPlacementResponse__Output>
        Fault: MessageTypeDefinition<_kumo_compute_v1_Fault, _kumo_compute_v1_Fault__Output>
        FilterStep: MessageTypeDefinition<_kumo_compute_v1_FilterStep, _kumo_compute_v1_FilterStep__Output>
        Flavor: MessageTypeDefinition<_kumo_compute_v1_Flavor, _kumo_compute_v1_Flavor__Output>
        /**
         * FlavorService manages flavors.
         */
        FlavorService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_FlavorServiceClient> & { service: _kumo_compute_v1_FlavorServiceDefinition }
        GetFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_GetFlavorRequest, _kumo_compute_v1_GetFlavorRequest__Output>
        GetFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_GetFlavorResponse, _kumo_compute_v1_GetFlavorResponse__Output>
        GetServerRequest: MessageTypeDefinition<_kumo_compute_v1_GetServerRequest, _kumo_compute_v1_GetServerRequest__Output>
        GetServerResponse: MessageTypeDefinition<_kumo_compute_v1_GetServerResponse, _kumo_compute_v1_GetServerResponse__Output>
        HostRejection: MessageTypeDefinition<_kumo_compute_v1_HostRejection, _kumo_compute_v1_HostRejection__Output>
        ListFlavorsRequest: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsRequest, _kumo_compute_v1_ListFlavorsRequest__Output>
        ListFlavorsResponse: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsResponse, _kumo_compute_v1_ListFlavorsResponse__Output>
        ListServersRequest: MessageTypeDefinition<_kumo_compute_v1_ListServersRequest, _kumo_compute_v1_ListServersRequest__Output>
        ListServersResponse: MessageTypeDefinition<_kumo_compute_v1_ListServersResponse, _kumo_compute_v1_ListServersResponse__Output>
        /**
         * PlacementService explains the scheduler's decisions (admin).
         */
        PlacementService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_PlacementServiceClient> & { service: _kumo_compute_v1_PlacementServiceDefinition }
        PowerState: EnumTypeDefinition
        RebootServerRequest: MessageTypeDefinition<_kumo_compute_v1_RebootServerRequest, _kumo_compute_v1_RebootServerRequest__Output>
        RebootServerResponse: MessageTypeDefinition<_kumo_compute_v1_RebootServerResponse, _kumo_compute_v1_RebootServerResponse__Output>
        RebootType: EnumTypeDefinition
        SchedulerHints: MessageTypeDefinition<_kumo_compute_v1_SchedulerHints, _kumo_compute_v1_SchedulerHints__Output>
        Server: MessageTypeDefinition<_kumo_compute_v1_Server, _kumo_compute_v1_Server__Output>
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
        WeighedHost: MessageTypeDefinition<_kumo_compute_v1_WeighedHost, _kumo_compute_v1_WeighedHost__Output>
        WeigherScore: MessageTypeDefinition<_kumo_compute_v1_WeigherScore, _kumo_compute_v1_WeigherScore__Output>
      }
    }
  }
}

