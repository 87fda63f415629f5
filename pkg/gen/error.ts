import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ActorError as _kumo_internal_v1_ActorError, ActorError__Output as _kumo_internal_v1_ActorError__Output } from './kumo/internal/v1/ActorError.js';
import type { FieldViolation as _kumo_internal_v1_FieldViolation, FieldViolation__Output as _kumo_internal_v1_FieldViolation__Output } from './kumo/internal/v1/FieldViolation.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kumo: {
    internal: {
      v1: {
        ActorError: MessageTypeDefinition<_kumo_internal_v1_ActorError, _kumo_internal_v1_ActorError__Output>
        FieldViolation: MessageTypeDefinition<_kumo_internal_v1_FieldViolation, _kumo_internal_v1_FieldViolation__Output>
      }
    }
  }
}

