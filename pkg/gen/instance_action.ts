import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { GetInstanceActionRequest as _kumo_compute_v1_GetInstanceActionRequest, GetInstanceActionRequest__Output as _kumo_compute_v1_GetInstanceActionRequest__Output } from './kumo/compute/v1/GetInstanceActionRequest.js';
import type { GetInstanceActionResponse as _kumo_compute_v1_GetInstanceActionResponse, GetInstanceActionResponse__Output as _kumo_compute_v1_GetInstanceActionResponse__Output } from './kumo/compute/v1/GetInstanceActionResponse.js';
import type { InstanceAction as _kumo_compute_v1_InstanceAction, InstanceAction__Output as _kumo_compute_v1_InstanceAction__Output } from './kumo/compute/v1/InstanceAction.js';
import type { InstanceActionEvent as _kumo_compute_v1_InstanceActionEvent, InstanceActionEvent__Output as _kumo_compute_v1_InstanceActionEvent__Output } from './kumo/compute/v1/InstanceActionEvent.js';
import type { ListInstanceActionsRequest as _kumo_compute_v1_ListInstanceActionsRequest, ListInstanceActionsRequest__Output as _kumo_compute_v1_ListInstanceActionsRequest__Output } from './kumo/compute/v1/ListInstanceActionsRequest.js';
import type { ListInstanceActionsResponse as _kumo_compute_v1_ListInstanceActionsResponse, ListInstanceActionsResponse__Output as _kumo_compute_v1_ListInstanceActionsResponse__Output } from './kumo/compute/v1/ListInstanceActionsResponse.js';

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
        GetInstanceActionRequest: MessageTypeDefinition<_kumo_compute_v1_GetInstanceActionRequest, _kumo_compute_v1_GetInstanceActionRequest__Output>
        GetInstanceActionResponse: MessageTypeDefinition<_kumo_compute_v1_GetInstanceActionResponse, _kumo_compute_v1_GetInstanceActionResponse__Output>
        InstanceAction: MessageTypeDefinition<_kumo_compute_v1_InstanceAction, _kumo_compute_v1_InstanceAction__Output>
        InstanceActionEvent: MessageTypeDefinition<_kumo_compute_v1_InstanceActionEvent, _kumo_compute_v1_InstanceActionEvent__Output>
        ListInstanceActionsRequest: MessageTypeDefinition<_kumo_compute_v1_ListInstanceActionsRequest, _kumo_compute_v1_ListInstanceActionsRequest__Output>
        ListInstanceActionsResponse: MessageTypeDefinition<_kumo_compute_v1_ListInstanceActionsResponse, _kumo_compute_v1_ListInstanceActionsResponse__Output>
      }
    }
  }
}

