import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ConsoleAuthServiceClient as _kumo_compute_v1_ConsoleAuthServiceClient, ConsoleAuthServiceDefinition as _kumo_compute_v1_ConsoleAuthServiceDefinition } from './kumo/compute/v1/ConsoleAuthService.js';
import type { ValidateConsoleTokenRequest as _kumo_compute_v1_ValidateConsoleTokenRequest, ValidateConsoleTokenRequest__Output as _kumo_compute_v1_ValidateConsoleTokenRequest__Output } from './kumo/compute/v1/ValidateConsoleTokenRequest.js';
import type { ValidateConsoleTokenResponse as _kumo_compute_v1_ValidateConsoleTokenResponse, ValidateConsoleTokenResponse__Output as _kumo_compute_v1_ValidateConsoleTokenResponse__Output } from './kumo/compute/v1/ValidateConsoleTokenResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kumo: {
    compute: {
      v1: {
        /**
         * ConsoleAuthService validates console tokens, as Nova's console-auth
         * tokens API does for console proxies (admins and the proxy only).
         */
        ConsoleAuthService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_ConsoleAuthServiceClient> & { service: _kumo_compute_v1_ConsoleAuthServiceDefinition }
        ValidateConsoleTokenRequest: MessageTypeDefinition<_kumo_compute_v1_ValidateConsoleTokenRequest, _kumo_compute_v1_ValidateConsoleTokenRequest__Output>
        ValidateConsoleTokenResponse: MessageTypeDefinition<_kumo_compute_v1_ValidateConsoleTokenResponse, _kumo_compute_v1_ValidateConsoleTokenResponse__Output>
      }
    }
  }
}

