import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { NameClaim as _kumo_internal_v1_NameClaim, NameClaim__Output as _kumo_internal_v1_NameClaim__Output } from './kumo/internal/v1/NameClaim.js';
import type { RequestResult as _kumo_internal_v1_RequestResult, RequestResult__Output as _kumo_internal_v1_RequestResult__Output } from './kumo/internal/v1/RequestResult.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kumo: {
    internal: {
      v1: {
        NameClaim: MessageTypeDefinition<_kumo_internal_v1_NameClaim, _kumo_internal_v1_NameClaim__Output>
        RequestResult: MessageTypeDefinition<_kumo_internal_v1_RequestResult, _kumo_internal_v1_RequestResult__Output>
      }
    }
  }
}

