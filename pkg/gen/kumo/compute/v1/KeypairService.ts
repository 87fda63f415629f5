// Original file: proto/kumo/compute/v1/keypair.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateKeypairRequest as _kumo_compute_v1_CreateKeypairRequest, CreateKeypairRequest__Output as _kumo_compute_v1_CreateKeypairRequest__Output } from '../../../kumo/compute/v1/CreateKeypairRequest.js';
import type { CreateKeypairResponse as _kumo_compute_v1_CreateKeypairResponse, CreateKeypairResponse__Output as _kumo_compute_v1_CreateKeypairResponse__Output } from '../../../kumo/compute/v1/CreateKeypairResponse.js';
import type { DeleteKeypairRequest as _kumo_compute_v1_DeleteKeypairRequest, DeleteKeypairRequest__Output as _kumo_compute_v1_DeleteKeypairRequest__Output } from '../../../kumo/compute/v1/DeleteKeypairRequest.js';
import type { DeleteKeypairResponse as _kumo_compute_v1_DeleteKeypairResponse, DeleteKeypairResponse__Output as _kumo_compute_v1_DeleteKeypairResponse__Output } from '../../../kumo/compute/v1/DeleteKeypairResponse.js';
import type { GetKeypairRequest as _kumo_compute_v1_GetKeypairRequest, GetKeypairRequest__Output as _kumo_compute_v1_GetKeypairRequest__Output } from '../../../kumo/compute/v1/GetKeypairRequest.js';
import type { GetKeypairResponse as _kumo_compute_v1_GetKeypairResponse, GetKeypairResponse__Output as _kumo_compute_v1_GetKeypairResponse__Output } from '../../../kumo/compute/v1/GetKeypairResponse.js';
import type { ListKeypairsRequest as _kumo_compute_v1_ListKeypairsRequest, ListKeypairsRequest__Output as _kumo_compute_v1_ListKeypairsRequest__Output } from '../../../kumo/compute/v1/ListKeypairsRequest.js';
import type { ListKeypairsResponse as _kumo_compute_v1_ListKeypairsResponse, ListKeypairsResponse__Output as _kumo_compute_v1_ListKeypairsResponse__Output } from '../../../kumo/compute/v1/ListKeypairsResponse.js';

/**
 * KeypairService manages keypairs.
 */
export interface KeypairServiceClient extends grpc.Client {
  /**
   * CreateKeypair imports a public key, or generates a key pair when none is given.
   */
  CreateKeypair(argument: _kumo_compute_v1_CreateKeypairRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateKeypairResponse__Output>): grpc.ClientUnaryCall;
  CreateKeypair(argument: _kumo_compute_v1_CreateKeypairRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateKeypairResponse__Output>): grpc.ClientUnaryCall;
  CreateKeypair(argument: _kumo_compute_v1_CreateKeypairRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateKeypairResponse__Output>): grpc.ClientUnaryCall;
  CreateKeypair(argument: _kumo_compute_v1_CreateKeypairRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateKeypairResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateKeypair imports a public key, or generates a key pair when none is given.
   */
  createKeypair(argument: _kumo_compute_v1_CreateKeypairRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateKeypairResponse__Output>): grpc.ClientUnaryCall;
  createKeypair(argument: _kumo_compute_v1_CreateKeypairRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateKeypairResponse__Output>): grpc.ClientUnaryCall;
  createKeypair(argument: _kumo_compute_v1_CreateKeypairRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateKeypairResponse__Output>): grpc.ClientUnaryCall;
  createKeypair(argument: _kumo_compute_v1_CreateKeypairRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateKeypairResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteKeypair removes a keypair.
   */
  DeleteKeypair(argument: _kumo_compute_v1_DeleteKeypairRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteKeypairResponse__Output>): grpc.ClientUnaryCall;
  DeleteKeypair(argument: _kumo_compute_v1_DeleteKeypairRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteKeypairResponse__Output>): grpc.ClientUnaryCall;
  DeleteKeypair(argument: _kumo_compute_v1_DeleteKeypairRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteKeypairResponse__Output>): grpc.ClientUnaryCall;
  DeleteKeypair(argument: _kumo_compute_v1_DeleteKeypairRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteKeypairResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteKeypair removes a keypair.
   */
  deleteKeypair(argument: _kumo_compute_v1_DeleteKeypairRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteKeypairResponse__Output>): grpc.ClientUnaryCall;
  deleteKeypair(argument: _kumo_compute_v1_DeleteKeypairRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteKeypairResponse__Output>): grpc.ClientUnaryCall;
  deleteKeypair(argument: _kumo_compute_v1_DeleteKeypairRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteKeypairResponse__Output>): grpc.ClientUnaryCall;
  deleteKeypair(argument: _kumo_compute_v1_DeleteKeypairRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteKeypairResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetKeypair returns one keypair by name.
   */
  GetKeypair(argument: _kumo_compute_v1_GetKeypairRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetKeypairResponse__Output>): grpc.ClientUnaryCall;
  GetKeypair(argument: _kumo_compute_v1_GetKeypairRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetKeypairResponse__Output>): grpc.ClientUnaryCall;
  GetKeypair(argument: _kumo_compute_v1_GetKeypairRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetKeypairResponse__Output>): grpc.ClientUnaryCall;
  GetKeypair(argument: _kumo_compute_v1_GetKeypairRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetKeypairResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetKeypair returns one keypair by name.
   */
  getKeypair(argument: _kumo_compute_v1_GetKeypairRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetKeypairResponse__Output>): grpc.ClientUnaryCall;
  getKeypair(argument: _kumo_compute_v1_GetKeypairRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetKeypairResponse__Output>): grpc.ClientUnaryCall;
  getKeypair(argument: _kumo_compute_v1_GetKeypairRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetKeypairResponse__Output>): grpc.ClientUnaryCall;
  getKeypair(argument: _kumo_compute_v1_GetKeypairRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetKeypairResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListKeypairs returns the caller's keypairs ordered by name.
   */
  ListKeypairs(argument: _kumo_compute_v1_ListKeypairsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListKeypairsResponse__Output>): grpc.ClientUnaryCall;
  ListKeypairs(argument: _kumo_compute_v1_ListKeypairsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListKeypairsResponse__Output>): grpc.ClientUnaryCall;
  ListKeypairs(argument: _kumo_compute_v1_ListKeypairsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListKeypairsResponse__Output>): grpc.ClientUnaryCall;
  ListKeypairs(argument: _kumo_compute_v1_ListKeypairsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListKeypairsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListKeypairs returns the caller's keypairs ordered by name.
   */
  listKeypairs(argument: _kumo_compute_v1_ListKeypairsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListKeypairsResponse__Output>): grpc.ClientUnaryCall;
  listKeypairs(argument: _kumo_compute_v1_ListKeypairsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListKeypairsResponse__Output>): grpc.ClientUnaryCall;
  listKeypairs(argument: _kumo_compute_v1_ListKeypairsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListKeypairsResponse__Output>): grpc.ClientUnaryCall;
  listKeypairs(argument: _kumo_compute_v1_ListKeypairsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListKeypairsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * KeypairService manages keypairs.
 */
export interface KeypairServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * CreateKeypair imports a public key, or generates a key pair when none is given.
   */
  CreateKeypair: grpc.handleUnaryCall<_kumo_compute_v1_CreateKeypairRequest__Output, _kumo_compute_v1_CreateKeypairResponse>;
  
  /**
   * DeleteKeypair removes a keypair.
   */
  DeleteKeypair: grpc.handleUnaryCall<_kumo_compute_v1_DeleteKeypairRequest__Output, _kumo_compute_v1_DeleteKeypairResponse>;
  
  /**
   * GetKeypair returns one keypair by name.
   */
  GetKeypair: grpc.handleUnaryCall<_kumo_compute_v1_GetKeypairRequest__Output, _kumo_compute_v1_GetKeypairResponse>;
  
  /**
   * ListKeypairs returns the caller's keypairs ordered by name.
   */
  ListKeypairs: grpc.handleUnaryCall<_kumo_compute_v1_ListKeypairsRequest__Output, _kumo_compute_v1_ListKeypairsResponse>;
  
}

export interface KeypairServiceDefinition extends grpc.ServiceDefinition {
  CreateKeypair: MethodDefinition<_kumo_compute_v1_CreateKeypairRequest, _kumo_compute_v1_CreateKeypairResponse, _kumo_compute_v1_CreateKeypairRequest__Output, _kumo_compute_v1_CreateKeypairResponse__Output>
  DeleteKeypair: MethodDefinition<_kumo_compute_v1_DeleteKeypairRequest, _kumo_compute_v1_DeleteKeypairResponse, _kumo_compute_v1_DeleteKeypairRequest__Output, _kumo_compute_v1_DeleteKeypairResponse__Output>
  GetKeypair: MethodDefinition<_kumo_compute_v1_GetKeypairRequest, _kumo_compute_v1_GetKeypairResponse, _kumo_compute_v1_GetKeypairRequest__Output, _kumo_compute_v1_GetKeypairResponse__Output>
  ListKeypairs: MethodDefinition<_kumo_compute_v1_ListKeypairsRequest, _kumo_compute_v1_ListKeypairsResponse, _kumo_compute_v1_ListKeypairsRequest__Output, _kumo_compute_v1_ListKeypairsResponse__Output>
}
