// Original file: proto/kumo/compute/v1/system.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetStatusRequest as _kumo_compute_v1_GetStatusRequest, GetStatusRequest__Output as _kumo_compute_v1_GetStatusRequest__Output } from '../../../kumo/compute/v1/GetStatusRequest.js';
import type { GetStatusResponse as _kumo_compute_v1_GetStatusResponse, GetStatusResponse__Output as _kumo_compute_v1_GetStatusResponse__Output } from '../../../kumo/compute/v1/GetStatusResponse.js';

/**
 * SystemService is the operator's view of the control plane itself (admin only).
 */
export interface SystemServiceClient extends grpc.Client {
  /**
   * GetStatus answers the one screen an operator reads first: which Kumo
   * processes answer, hosts up and down, each conductor's view lag, the
   * state log's stream and the API's NATS connection.
   */
  GetStatus(argument: _kumo_compute_v1_GetStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetStatusResponse__Output>): grpc.ClientUnaryCall;
  GetStatus(argument: _kumo_compute_v1_GetStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetStatusResponse__Output>): grpc.ClientUnaryCall;
  GetStatus(argument: _kumo_compute_v1_GetStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetStatusResponse__Output>): grpc.ClientUnaryCall;
  GetStatus(argument: _kumo_compute_v1_GetStatusRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetStatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetStatus answers the one screen an operator reads first: which Kumo
   * processes answer, hosts up and down, each conductor's view lag, the
   * state log's stream and the API's NATS connection.
   */
  getStatus(argument: _kumo_compute_v1_GetStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetStatusResponse__Output>): grpc.ClientUnaryCall;
  getStatus(argument: _kumo_compute_v1_GetStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetStatusResponse__Output>): grpc.ClientUnaryCall;
  getStatus(argument: _kumo_compute_v1_GetStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetStatusResponse__Output>): grpc.ClientUnaryCall;
  getStatus(argument: _kumo_compute_v1_GetStatusRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetStatusResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * SystemService is the operator's view of the control plane itself (admin only).
 */
export interface SystemServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * GetStatus answers the one screen an operator reads first: which Kumo
   * processes answer, hosts up and down, each conductor's view lag, the
   * state log's stream and the API's NATS connection.
   */
  GetStatus: grpc.handleUnaryCall<_kumo_compute_v1_GetStatusRequest__Output, _kumo_compute_v1_GetStatusResponse>;
  
}

export interface SystemServiceDefinition extends grpc.ServiceDefinition {
  GetStatus: MethodDefinition<_kumo_compute_v1_GetStatusRequest, _kumo_compute_v1_GetStatusResponse, _kumo_compute_v1_GetStatusRequest__Output, _kumo_compute_v1_GetStatusResponse__Output>
}
