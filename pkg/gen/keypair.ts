import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { CreateKeypairRequest as _kumo_compute_v1_CreateKeypairRequest, CreateKeypairRequest__Output as _kumo_compute_v1_CreateKeypairRequest__Output } from './kumo/compute/v1/CreateKeypairRequest.js';
import type { CreateKeypairResponse as _kumo_compute_v1_CreateKeypairResponse, CreateKeypairResponse__Output as _kumo_compute_v1_CreateKeypairResponse__Output } from './kumo/compute/v1/CreateKeypairResponse.js';
import type { DeleteKeypairRequest as _kumo_compute_v1_DeleteKeypairRequest, DeleteKeypairRequest__Output as _kumo_compute_v1_DeleteKeypairRequest__Output } from './kumo/compute/v1/DeleteKeypairRequest.js';
import type { DeleteKeypairResponse as _kumo_compute_v1_DeleteKeypairResponse, DeleteKeypairResponse__Output as _kumo_compute_v1_DeleteKeypairResponse__Output } from './kumo/compute/v1/DeleteKeypairResponse.js';
import type { GetKeypairRequest as _kumo_compute_v1_GetKeypairRequest, GetKeypairRequest__Output as _kumo_compute_v1_GetKeypairRequest__Output } from './kumo/compute/v1/GetKeypairRequest.js';
import type { GetKeypairResponse as _kumo_compute_v1_GetKeypairResponse, GetKeypairResponse__Output as _kumo_compute_v1_GetKeypairResponse__Output } from './kumo/compute/v1/GetKeypairResponse.js';
import type { Keypair as _kumo_compute_v1_Keypair, Keypair__Output as _kumo_compute_v1_Keypair__Output } from './kumo/compute/v1/Keypair.js';
import type { KeypairServiceClient as _kumo_compute_v1_KeypairServiceClient, KeypairServiceDefinition as _kumo_compute_v1_KeypairServiceDefinition } from './kumo/compute/v1/KeypairService.js';
import type { ListKeypairsRequest as _kumo_compute_v1_ListKeypairsRequest, ListKeypairsRequest__Output as _kumo_compute_v1_ListKeypairsRequest__Output } from './kumo/compute/v1/ListKeypairsRequest.js';
import type { ListKeypairsResponse as _kumo_compute_v1_ListKeypairsResponse, ListKeypairsResponse__Output as _kumo_compute_v1_ListKeypairsResponse__Output } from './kumo/compute/v1/ListKeypairsResponse.js';

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
        CreateKeypairRequest: MessageTypeDefinition<_kumo_compute_v1_CreateKeypairRequest, _kumo_compute_v1_CreateKeypairRequest__Output>
        CreateKeypairResponse: MessageTypeDefinition<_kumo_compute_v1_CreateKeypairResponse, _kumo_compute_v1_CreateKeypairResponse__Output>
        DeleteKeypairRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteKeypairRequest, _kumo_compute_v1_DeleteKeypairRequest__Output>
        DeleteKeypairResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteKeypairResponse, _kumo_compute_v1_DeleteKeypairResponse__Output>
        GetKeypairRequest: MessageTypeDefinition<_kumo_compute_v1_GetKeypairRequest, _kumo_compute_v1_GetKeypairRequest__Output>
        GetKeypairResponse: MessageTypeDefinition<_kumo_compute_v1_GetKeypairResponse, _kumo_compute_v1_GetKeypairResponse__Output>
        Keypair: MessageTypeDefinition<_kumo_compute_v1_Keypair, _kumo_compute_v1_Keypair__Output>
        /**
         * KeypairService manages keypairs.
         */
        KeypairService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_KeypairServiceClient> & { service: _kumo_compute_v1_KeypairServiceDefinition }
        ListKeypairsRequest: MessageTypeDefinition<_kumo_compute_v1_ListKeypairsRequest, _kumo_compute_v1_ListKeypairsRequest__Output>
        ListKeypairsResponse: MessageTypeDefinition<_kumo_compute_v1_ListKeypairsResponse, _kumo_compute_v1_ListKeypairsResponse__Output>
      }
    }
  }
}

