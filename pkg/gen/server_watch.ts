import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { Address as _kumo_compute_v1_Address, Address__Output as _kumo_compute_v1_Address__Output } from './kumo/compute/v1/Address.js';
import type { CreateFlavorRequest as _kumo_compute_v1_CreateFlavorRequest, CreateFlavorRequest__Output as _kumo_compute_v1_CreateFlavorRequest__Output } from './kumo/compute/v1/CreateFlavorRequest.js';
import type { CreateFlavorResponse as _kumo_compute_v1_CreateFlavorResponse, CreateFlavorResponse__Output as _kumo_compute_v1_CreateFlavorResponse__Output } from './kumo/compute/v1/CreateFlavorResponse.js';
import type { DeleteFlavorRequest as _kumo_compute_v1_DeleteFlavorRequest, DeleteFlavorRequest__Output as _kumo_compute_v1_DeleteFlavorRequest__Output } from './kumo/compute/v1/DeleteFlavorRequest.js';
import type { DeleteFlavorResponse as _kumo_compute_v1_DeleteFlavorResponse, DeleteFlavorResponse__Output as _kumo_compute_v1_DeleteFlavorResponse__Output } from './kumo/compute/v1/DeleteFlavorResponse.js';
import type { Fault as _kumo_compute_v1_Fault, Fault__Output as _kumo_compute_v1_Fault__Output } from './kumo/compute/v1/Fault.js';
import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from './kumo/compute/v1/Flavor.js';
import type { FlavorServiceClient as _kumo_compute_v1_FlavorServiceClient, FlavorServiceDefinition as _kumo_compute_v1_FlavorServiceDefinition } from './kumo/compute/v1/FlavorService.js';
import type { GetFlavorRequest as _kumo_compute_v1_GetFlavorRequest, GetFlavorRequest__Output as _kumo_compute_v1_GetFlavorRequest__Output } from './kumo/compute/v1/GetFlavorRequest.js';
import type { GetFlavorResponse as _kumo_compute_v1_GetFlavorResponse, GetFlavorResponse__Output as _kumo_compute_v1_GetFlavorResponse__Output } from './kumo/compute/v1/GetFlavorResponse.js';
import type { ListFlavorsRequest as _kumo_compute_v1_ListFlavorsRequest, ListFlavorsRequest__Output as _kumo_compute_v1_ListFlavorsRequest__Output } from './kumo/compute/v1/ListFlavorsRequest.js';
import type { ListFlavorsResponse as _kumo_compute_v1_ListFlavorsResponse, ListFlavorsResponse__Output as _kumo_compute_v1_ListFlavorsResponse__Output } from './kumo/compute/v1/ListFlavorsResponse.js';
import type { Server as _kumo_compute_v1_Server, Server__Output as _kumo_compute_v1_Server__Output } from './kumo/compute/v1/Server.js';
import type { WatchServerRequest as _kumo_compute_v1_WatchServerRequest, WatchServerRequest__Output as _kumo_compute_v1_WatchServerRequest__Output } from './kumo/compute/v1/WatchServerRequest.js';
import type { WatchServerResponse as _kumo_compute_v1_WatchServerResponse, WatchServerResponse__Output as _kumo_compute_v1_WatchServerResponse__Output } from './kumo/compute/v1/WatchServerResponse.js';
import type { WatchServersRequest as _kumo_compute_v1_WatchServersRequest, WatchServersRequest__Output as _kumo_compute_v1_WatchServersRequest__Output } from './kumo/compute/v1/WatchServersRequest.js';
import type { WatchServersResponse as _kumo_compute_v1_WatchServersResponse, WatchServersResponse__Output as _kumo_compute_v1_WatchServersResponse__Output } from './kumo/compute/v1/WatchServersResponse.js';

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
        DeleteFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorRequest, _kumo_compute_v1_DeleteFlavorRequest__Output>
        DeleteFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorResponse, _kumo_compute_v1_DeleteFlavorResponse__Output>
        Fault: MessageTypeDefinition<_kumo_compute_v1_Fault, _kumo_compute_v1_Fault__Output>
        Flavor: MessageTypeDefinition<_kumo_compute_v1_Flavor, _kumo_compute_v1_Flavor__Output>
        /**
         * FlavorService manages flavors.
         */
        FlavorService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_FlavorServiceClient> & { service: _kumo_compute_v1_FlavorServiceDefinition }
        GetFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_GetFlavorRequest, _kumo_compute_v1_GetFlavorRequest__Output>
        GetFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_GetFlavorResponse, _kumo_compute_v1_GetFlavorResponse__Output>
        ListFlavorsRequest: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsRequest, _kumo_compute_v1_ListFlavorsRequest__Output>
        ListFlavorsResponse: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsResponse, _kumo_compute_v1_ListFlavorsResponse__Output>
        PowerState: EnumTypeDefinition
        Server: MessageTypeDefinition<_kumo_compute_v1_Server, _kumo_compute_v1_Server__Output>
        ServerStatus: EnumTypeDefinition
        TaskState: EnumTypeDefinition
        VmState: EnumTypeDefinition
        WatchServerRequest: MessageTypeDefinition<_kumo_compute_v1_WatchServerRequest, _kumo_compute_v1_WatchServerRequest__Output>
        WatchServerResponse: MessageTypeDefinition<_kumo_compute_v1_WatchServerResponse, _kumo_compute_v1_WatchServerResponse__Output>
        WatchServersRequest: MessageTypeDefinition<_kumo_compute_v1_WatchServersRequest, _kumo_compute_v1_WatchServersRequest__Output>
        WatchServersResponse: MessageTypeDefinition<_kumo_compute_v1_WatchServersResponse, _kumo_compute_v1_WatchServersResponse__Output>
      }
    }
  }
}

