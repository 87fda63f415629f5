import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { AddFloatingIpRequest as _kumo_compute_v1_AddFloatingIpRequest, AddFloatingIpRequest__Output as _kumo_compute_v1_AddFloatingIpRequest__Output } from './kumo/compute/v1/AddFloatingIpRequest.js';
import type { AddFloatingIpResponse as _kumo_compute_v1_AddFloatingIpResponse, AddFloatingIpResponse__Output as _kumo_compute_v1_AddFloatingIpResponse__Output } from './kumo/compute/v1/AddFloatingIpResponse.js';
import type { CreateFloatingIpRequest as _kumo_compute_v1_CreateFloatingIpRequest, CreateFloatingIpRequest__Output as _kumo_compute_v1_CreateFloatingIpRequest__Output } from './kumo/compute/v1/CreateFloatingIpRequest.js';
import type { CreateFloatingIpResponse as _kumo_compute_v1_CreateFloatingIpResponse, CreateFloatingIpResponse__Output as _kumo_compute_v1_CreateFloatingIpResponse__Output } from './kumo/compute/v1/CreateFloatingIpResponse.js';
import type { DeleteFloatingIpRequest as _kumo_compute_v1_DeleteFloatingIpRequest, DeleteFloatingIpRequest__Output as _kumo_compute_v1_DeleteFloatingIpRequest__Output } from './kumo/compute/v1/DeleteFloatingIpRequest.js';
import type { DeleteFloatingIpResponse as _kumo_compute_v1_DeleteFloatingIpResponse, DeleteFloatingIpResponse__Output as _kumo_compute_v1_DeleteFloatingIpResponse__Output } from './kumo/compute/v1/DeleteFloatingIpResponse.js';
import type { FloatingIp as _kumo_compute_v1_FloatingIp, FloatingIp__Output as _kumo_compute_v1_FloatingIp__Output } from './kumo/compute/v1/FloatingIp.js';
import type { GetFloatingIpRequest as _kumo_compute_v1_GetFloatingIpRequest, GetFloatingIpRequest__Output as _kumo_compute_v1_GetFloatingIpRequest__Output } from './kumo/compute/v1/GetFloatingIpRequest.js';
import type { GetFloatingIpResponse as _kumo_compute_v1_GetFloatingIpResponse, GetFloatingIpResponse__Output as _kumo_compute_v1_GetFloatingIpResponse__Output } from './kumo/compute/v1/GetFloatingIpResponse.js';
import type { ListFloatingIpsRequest as _kumo_compute_v1_ListFloatingIpsRequest, ListFloatingIpsRequest__Output as _kumo_compute_v1_ListFloatingIpsRequest__Output } from './kumo/compute/v1/ListFloatingIpsRequest.js';
import type { ListFloatingIpsResponse as _kumo_compute_v1_ListFloatingIpsResponse, ListFloatingIpsResponse__Output as _kumo_compute_v1_ListFloatingIpsResponse__Output } from './kumo/compute/v1/ListFloatingIpsResponse.js';
import type { RemoveFloatingIpRequest as _kumo_compute_v1_RemoveFloatingIpRequest, RemoveFloatingIpRequest__Output as _kumo_compute_v1_RemoveFloatingIpRequest__Output } from './kumo/compute/v1/RemoveFloatingIpRequest.js';
import type { RemoveFloatingIpResponse as _kumo_compute_v1_RemoveFloatingIpResponse, RemoveFloatingIpResponse__Output as _kumo_compute_v1_RemoveFloatingIpResponse__Output } from './kumo/compute/v1/RemoveFloatingIpResponse.js';

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
        AddFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_AddFloatingIpRequest, _kumo_compute_v1_AddFloatingIpRequest__Output>
        AddFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_AddFloatingIpResponse, _kumo_compute_v1_AddFloatingIpResponse__Output>
        CreateFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_CreateFloatingIpRequest, _kumo_compute_v1_CreateFloatingIpRequest__Output>
        CreateFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_CreateFloatingIpResponse, _kumo_compute_v1_CreateFloatingIpResponse__Output>
        DeleteFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteFloatingIpRequest, _kumo_compute_v1_DeleteFloatingIpRequest__Output>
        DeleteFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteFloatingIpResponse, _kumo_compute_v1_DeleteFloatingIpResponse__Output>
        FloatingIp: MessageTypeDefinition<_kumo_compute_v1_FloatingIp, _kumo_compute_v1_FloatingIp__Output>
        GetFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_GetFloatingIpRequest, _kumo_compute_v1_GetFloatingIpRequest__Output>
        GetFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_GetFloatingIpResponse, _kumo_compute_v1_GetFloatingIpResponse__Output>
        ListFloatingIpsRequest: MessageTypeDefinition<_kumo_compute_v1_ListFloatingIpsRequest, _kumo_compute_v1_ListFloatingIpsRequest__Output>
        ListFloatingIpsResponse: MessageTypeDefinition<_kumo_compute_v1_ListFloatingIpsResponse, _kumo_compute_v1_ListFloatingIpsResponse__Output>
        RemoveFloatingIpRequest: MessageTypeDefinition<_kumo_compute_v1_RemoveFloatingIpRequest, _kumo_compute_v1_RemoveFloatingIpRequest__Output>
        RemoveFloatingIpResponse: MessageTypeDefinition<_kumo_compute_v1_RemoveFloatingIpResponse, _kumo_compute_v1_RemoveFloatingIpResponse__Output>
      }
    }
  }
}

