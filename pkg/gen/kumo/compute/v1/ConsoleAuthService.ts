// Original file: proto/kumo/compute/v1/console.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ValidateConsoleTokenRequest as _kumo_compute_v1_ValidateConsoleTokenRequest, ValidateConsoleTokenRequest__Output as _kumo_compute_v1_ValidateConsoleTokenRequest__Output } from '../../../kumo/compute/v1/ValidateConsoleTokenRequest.js';
import type { ValidateConsoleTokenResponse as _kumo_compute_v1_ValidateConsoleTokenResponse, ValidateConsoleTokenResponse__Output as _kumo_compute_v1_ValidateConsoleTokenResponse__Output } from '../../../kumo/compute/v1/ValidateConsoleTokenResponse.js';

/**
 * ConsoleAuthService validates console tokens, as Nova's console-auth
 * tokens API does for console proxies (admins and the proxy only).
 */
export interface ConsoleAuthServiceClient extends grpc.Client {
  /**
   * ValidateConsoleToken consumes a one-time console token and returns where
   * the console is; an unknown, used or expired token is NOT_FOUND.
   */
  ValidateConsoleToken(argument: _kumo_compute_v1_ValidateConsoleTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ValidateConsoleTokenResponse__Output>): grpc.ClientUnaryCall;
  ValidateConsoleToken(argument: _kumo_compute_v1_ValidateConsoleTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ValidateConsoleTokenResponse__Output>): grpc.ClientUnaryCall;
  ValidateConsoleToken(argument: _kumo_compute_v1_ValidateConsoleTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ValidateConsoleTokenResponse__Output>): grpc.ClientUnaryCall;
  ValidateConsoleToken(argument: _kumo_compute_v1_ValidateConsoleTokenRequest, callback: grpc.requestCallback<_kumo_compute_v1_ValidateConsoleTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ValidateConsoleToken consumes a one-time console token and returns where
   * the console is; an unknown, used or expired token is NOT_FOUND.
   */
  validateConsoleToken(argument: _kumo_compute_v1_ValidateConsoleTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ValidateConsoleTokenResponse__Output>): grpc.ClientUnaryCall;
  validateConsoleToken(argument: _kumo_compute_v1_ValidateConsoleTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ValidateConsoleTokenResponse__Output>): grpc.ClientUnaryCall;
  validateConsoleToken(argument: _kumo_compute_v1_ValidateConsoleTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ValidateConsoleTokenResponse__Output>): grpc.ClientUnaryCall;
  validateConsoleToken(argument: _kumo_compute_v1_ValidateConsoleTokenRequest, callback: grpc.requestCallback<_kumo_compute_v1_ValidateConsoleTokenResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * ConsoleAuthService validates console tokens, as Nova's console-auth
 * tokens API does for console proxies (admins and the proxy only).
 */
export interface ConsoleAuthServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * ValidateConsoleToken consumes a one-time console token and returns where
   * the console is; an unknown, used or expired token is NOT_FOUND.
   */
  ValidateConsoleToken: grpc.handleUnaryCall<_kumo_compute_v1_ValidateConsoleTokenRequest__Output, _kumo_compute_v1_ValidateConsoleTokenResponse>;
  
}

export interface ConsoleAuthServiceDefinition extends grpc.ServiceDefinition {
  ValidateConsoleToken: MethodDefinition<_kumo_compute_v1_ValidateConsoleTokenRequest, _kumo_compute_v1_ValidateConsoleTokenResponse, _kumo_compute_v1_ValidateConsoleTokenRequest__Output, _kumo_compute_v1_ValidateConsoleTokenResponse__Output>
}
