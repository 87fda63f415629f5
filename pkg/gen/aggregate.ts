import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { AddAggregateHostRequest as _kumo_compute_v1_AddAggregateHostRequest, AddAggregateHostRequest__Output as _kumo_compute_v1_AddAggregateHostRequest__Output } from './kumo/compute/v1/AddAggregateHostRequest.js';
import type { AddAggregateHostResponse as _kumo_compute_v1_AddAggregateHostResponse, AddAggregateHostResponse__Output as _kumo_compute_v1_AddAggregateHostResponse__Output } from './kumo/compute/v1/AddAggregateHostResponse.js';
import type { Aggregate as _kumo_compute_v1_Aggregate, Aggregate__Output as _kumo_compute_v1_Aggregate__Output } from './kumo/compute/v1/Aggregate.js';
import type { AggregateServiceClient as _kumo_compute_v1_AggregateServiceClient, AggregateServiceDefinition as _kumo_compute_v1_AggregateServiceDefinition } from './kumo/compute/v1/AggregateService.js';
import type { CreateAggregateRequest as _kumo_compute_v1_CreateAggregateRequest, CreateAggregateRequest__Output as _kumo_compute_v1_CreateAggregateRequest__Output } from './kumo/compute/v1/CreateAggregateRequest.js';
import type { CreateAggregateResponse as _kumo_compute_v1_CreateAggregateResponse, CreateAggregateResponse__Output as _kumo_compute_v1_CreateAggregateResponse__Output } from './kumo/compute/v1/CreateAggregateResponse.js';
import type { DeleteAggregateRequest as _kumo_compute_v1_DeleteAggregateRequest, DeleteAggregateRequest__Output as _kumo_compute_v1_DeleteAggregateRequest__Output } from './kumo/compute/v1/DeleteAggregateRequest.js';
import type { DeleteAggregateResponse as _kumo_compute_v1_DeleteAggregateResponse, DeleteAggregateResponse__Output as _kumo_compute_v1_DeleteAggregateResponse__Output } from './kumo/compute/v1/DeleteAggregateResponse.js';
import type { GetAggregateRequest as _kumo_compute_v1_GetAggregateRequest, GetAggregateRequest__Output as _kumo_compute_v1_GetAggregateRequest__Output } from './kumo/compute/v1/GetAggregateRequest.js';
import type { GetAggregateResponse as _kumo_compute_v1_GetAggregateResponse, GetAggregateResponse__Output as _kumo_compute_v1_GetAggregateResponse__Output } from './kumo/compute/v1/GetAggregateResponse.js';
import type { ListAggregatesRequest as _kumo_compute_v1_ListAggregatesRequest, ListAggregatesRequest__Output as _kumo_compute_v1_ListAggregatesRequest__Output } from './kumo/compute/v1/ListAggregatesRequest.js';
import type { ListAggregatesResponse as _kumo_compute_v1_ListAggregatesResponse, ListAggregatesResponse__Output as _kumo_compute_v1_ListAggregatesResponse__Output } from './kumo/compute/v1/ListAggregatesResponse.js';
import type { RemoveAggregateHostRequest as _kumo_compute_v1_RemoveAggregateHostRequest, RemoveAggregateHostRequest__Output as _kumo_compute_v1_RemoveAggregateHostRequest__Output } from './kumo/compute/v1/RemoveAggregateHostRequest.js';
import type { RemoveAggregateHostResponse as _kumo_compute_v1_RemoveAggregateHostResponse, RemoveAggregateHostResponse__Output as _kumo_compute_v1_RemoveAggregateHostResponse__Output } from './kumo/compute/v1/RemoveAggregateHostResponse.js';
import type { SetAggregateMetadataRequest as _kumo_compute_v1_SetAggregateMetadataRequest, SetAggregateMetadataRequest__Output as _kumo_compute_v1_SetAggregateMetadataRequest__Output } from './kumo/compute/v1/SetAggregateMetadataRequest.js';
import type { SetAggregateMetadataResponse as _kumo_compute_v1_SetAggregateMetadataResponse, SetAggregateMetadataResponse__Output as _kumo_compute_v1_SetAggregateMetadataResponse__Output } from './kumo/compute/v1/SetAggregateMetadataResponse.js';

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
        AddAggregateHostRequest: MessageTypeDefinition<_kumo_compute_v1_AddAggregateHostRequest, _kumo_compute_v1_AddAggregateHostRequest__Output>
        AddAggregateHostResponse: MessageTypeDefinition<_kumo_compute_v1_AddAggregateHostResponse, _kumo_compute_v1_AddAggregateHostResponse__Output>
        Aggregate: MessageTypeDefinition<_kumo_compute_v1_Aggregate, _kumo_compute_v1_Aggregate__Output>
        /**
         * AggregateService manages host aggregates (admin).
         */
        AggregateService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_AggregateServiceClient> & { service: _kumo_compute_v1_AggregateServiceDefinition }
        CreateAggregateRequest: MessageTypeDefinition<_kumo_compute_v1_CreateAggregateRequest, _kumo_compute_v1_CreateAggregateRequest__Output>
        CreateAggregateResponse: MessageTypeDefinition<_kumo_compute_v1_CreateAggregateResponse, _kumo_compute_v1_CreateAggregateResponse__Output>
        DeleteAggregateRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteAggregateRequest, _kumo_compute_v1_DeleteAggregateRequest__Output>
        DeleteAggregateResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteAggregateResponse, _kumo_compute_v1_DeleteAggregateResponse__Output>
        GetAggregateRequest: MessageTypeDefinition<_kumo_compute_v1_GetAggregateRequest, _kumo_compute_v1_GetAggregateRequest__Output>
        GetAggregateResponse: MessageTypeDefinition<_kumo_compute_v1_GetAggregateResponse, _kumo_compute_v1_GetAggregateResponse__Output>
        ListAggregatesRequest: MessageTypeDefinition<_kumo_compute_v1_ListAggregatesRequest, _kumo_compute_v1_ListAggregatesRequest__Output>
        ListAggregatesResponse: MessageTypeDefinition<_kumo_compute_v1_ListAggregatesResponse, _kumo_compute_v1_ListAggregatesResponse__Output>
        RemoveAggregateHostRequest: MessageTypeDefinition<_kumo_compute_v1_RemoveAggregateHostRequest, _kumo_compute_v1_RemoveAggregateHostRequest__Output>
        RemoveAggregateHostResponse: MessageTypeDefinition<_kumo_compute_v1_RemoveAggregateHostResponse, _kumo_compute_v1_RemoveAggregateHostResponse__Output>
        SetAggregateMetadataRequest: MessageTypeDefinition<_kumo_compute_v1_SetAggregateMetadataRequest, _kumo_compute_v1_SetAggregateMetadataRequest__Output>
        SetAggregateMetadataResponse: MessageTypeDefinition<_kumo_compute_v1_SetAggregateMetadataResponse, _kumo_compute_v1_SetAggregateMetadataResponse__Output>
      }
    }
  }
}

