// Original file: proto/kumo/compute/v1/flavor.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateFlavorRequest as _kumo_compute_v1_CreateFlavorRequest, CreateFlavorRequest__Output as _kumo_compute_v1_CreateFlavorRequest__Output } from '../../../kumo/compute/v1/CreateFlavorRequest.js';
import type { CreateFlavorResponse as _kumo_compute_v1_CreateFlavorResponse, CreateFlavorResponse__Output as _kumo_compute_v1_CreateFlavorResponse__Output } from '../../../kumo/compute/v1/CreateFlavorResponse.js';
import type { DeleteFlavorRequest as _kumo_compute_v1_DeleteFlavorRequest, DeleteFlavorRequest__Output as _kumo_compute_v1_DeleteFlavorRequest__Output } from '../../../kumo/compute/v1/DeleteFlavorRequest.js';
import type { DeleteFlavorResponse as _kumo_compute_v1_DeleteFlavorResponse, DeleteFlavorResponse__Output as _kumo_compute_v1_DeleteFlavorResponse__Output } from '../../../kumo/compute/v1/DeleteFlavorResponse.js';
import type { GetFlavorRequest as _kumo_compute_v1_GetFlavorRequest, GetFlavorRequest__Output as _kumo_compute_v1_GetFlavorRequest__Output } from '../../../kumo/compute/v1/GetFlavorRequest.js';
import type { GetFlavorResponse as _kumo_compute_v1_GetFlavorResponse, GetFlavorResponse__Output as _kumo_compute_v1_GetFlavorResponse__Output } from '../../../kumo/compute/v1/GetFlavorResponse.js';
import type { ListFlavorsRequest as _kumo_compute_v1_ListFlavorsRequest, ListFlavorsRequest__Output as _kumo_compute_v1_ListFlavorsRequest__Output } from '../../../kumo/compute/v1/ListFlavorsRequest.js';
import type { ListFlavorsResponse as _kumo_compute_v1_ListFlavorsResponse, ListFlavorsResponse__Output as _kumo_compute_v1_ListFlavorsResponse__Output } from '../../../kumo/compute/v1/ListFlavorsResponse.js';

/**
 * FlavorService manages flavors.
 */
export interface FlavorServiceClient extends grpc.Client {
  /**
   * CreateFlavor adds a flavor; the name must be unique.
   */
  CreateFlavor(argument: _kumo_compute_v1_CreateFlavorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateFlavorResponse__Output>): grpc.ClientUnaryCall;
  CreateFlavor(argument: _kumo_compute_v1_CreateFlavorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateFlavorResponse__Output>): grpc.ClientUnaryCall;
  CreateFlavor(argument: _kumo_compute_v1_CreateFlavorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateFlavorResponse__Output>): grpc.ClientUnaryCall;
  CreateFlavor(argument: _kumo_compute_v1_CreateFlavorRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateFlavorResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateFlavor adds a flavor; the name must be unique.
   */
  createFlavor(argument: _kumo_compute_v1_CreateFlavorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateFlavorResponse__Output>): grpc.ClientUnaryCall;
  createFlavor(argument: _kumo_compute_v1_CreateFlavorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateFlavorResponse__Output>): grpc.ClientUnaryCall;
  createFlavor(argument: _kumo_compute_v1_CreateFlavorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateFlavorResponse__Output>): grpc.ClientUnaryCall;
  createFlavor(argument: _kumo_compute_v1_CreateFlavorRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateFlavorResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteFlavor removes a flavor; servers keep their embedded copy.
   */
  DeleteFlavor(argument: _kumo_compute_v1_DeleteFlavorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFlavorResponse__Output>): grpc.ClientUnaryCall;
  DeleteFlavor(argument: _kumo_compute_v1_DeleteFlavorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFlavorResponse__Output>): grpc.ClientUnaryCall;
  DeleteFlavor(argument: _kumo_compute_v1_DeleteFlavorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFlavorResponse__Output>): grpc.ClientUnaryCall;
  DeleteFlavor(argument: _kumo_compute_v1_DeleteFlavorRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFlavorResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteFlavor removes a flavor; servers keep their embedded copy.
   */
  deleteFlavor(argument: _kumo_compute_v1_DeleteFlavorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFlavorResponse__Output>): grpc.ClientUnaryCall;
  deleteFlavor(argument: _kumo_compute_v1_DeleteFlavorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFlavorResponse__Output>): grpc.ClientUnaryCall;
  deleteFlavor(argument: _kumo_compute_v1_DeleteFlavorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFlavorResponse__Output>): grpc.ClientUnaryCall;
  deleteFlavor(argument: _kumo_compute_v1_DeleteFlavorRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFlavorResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetFlavor returns one flavor by id.
   */
  GetFlavor(argument: _kumo_compute_v1_GetFlavorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetFlavorResponse__Output>): grpc.ClientUnaryCall;
  GetFlavor(argument: _kumo_compute_v1_GetFlavorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetFlavorResponse__Output>): grpc.ClientUnaryCall;
  GetFlavor(argument: _kumo_compute_v1_GetFlavorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetFlavorResponse__Output>): grpc.ClientUnaryCall;
  GetFlavor(argument: _kumo_compute_v1_GetFlavorRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetFlavorResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetFlavor returns one flavor by id.
   */
  getFlavor(argument: _kumo_compute_v1_GetFlavorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetFlavorResponse__Output>): grpc.ClientUnaryCall;
  getFlavor(argument: _kumo_compute_v1_GetFlavorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetFlavorResponse__Output>): grpc.ClientUnaryCall;
  getFlavor(argument: _kumo_compute_v1_GetFlavorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetFlavorResponse__Output>): grpc.ClientUnaryCall;
  getFlavor(argument: _kumo_compute_v1_GetFlavorRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetFlavorResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListFlavors returns flavors ordered by id.
   */
  ListFlavors(argument: _kumo_compute_v1_ListFlavorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListFlavorsResponse__Output>): grpc.ClientUnaryCall;
  ListFlavors(argument: _kumo_compute_v1_ListFlavorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListFlavorsResponse__Output>): grpc.ClientUnaryCall;
  ListFlavors(argument: _kumo_compute_v1_ListFlavorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListFlavorsResponse__Output>): grpc.ClientUnaryCall;
  ListFlavors(argument: _kumo_compute_v1_ListFlavorsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListFlavorsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListFlavors returns flavors ordered by id.
   */
  listFlavors(argument: _kumo_compute_v1_ListFlavorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListFlavorsResponse__Output>): grpc.ClientUnaryCall;
  listFlavors(argument: _kumo_compute_v1_ListFlavorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListFlavorsResponse__Output>): grpc.ClientUnaryCall;
  listFlavors(argument: _kumo_compute_v1_ListFlavorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListFlavorsResponse__Output>): grpc.ClientUnaryCall;
  listFlavors(argument: _kumo_compute_v1_ListFlavorsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListFlavorsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * FlavorService manages flavors.
 */
export interface FlavorServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * CreateFlavor adds a flavor; the name must be unique.
   */
  CreateFlavor: grpc.handleUnaryCall<_kumo_compute_v1_CreateFlavorRequest__Output, _kumo_compute_v1_CreateFlavorResponse>;
  
  /**
   * DeleteFlavor removes a flavor; servers keep their embedded copy.
   */
  DeleteFlavor: grpc.handleUnaryCall<_kumo_compute_v1_DeleteFlavorRequest__Output, _kumo_compute_v1_DeleteFlavorResponse>;
  
  /**
   * GetFlavor returns one flavor by id.
   */
  GetFlavor: grpc.handleUnaryCall<_kumo_compute_v1_GetFlavorRequest__Output, _kumo_compute_v1_GetFlavorResponse>;
  
  /**
   * ListFlavors returns flavors ordered by id.
   */
  ListFlavors: grpc.handleUnaryCall<_kumo_compute_v1_ListFlavorsRequest__Output, _kumo_compute_v1_ListFlavorsResponse>;
  
}

export interface FlavorServiceDefinition extends grpc.ServiceDefinition {
  CreateFlavor: MethodDefinition<_kumo_compute_v1_CreateFlavorRequest, _kumo_compute_v1_CreateFlavorResponse, _kumo_compute_v1_CreateFlavorRequest__Output, _kumo_compute_v1_CreateFlavorResponse__Output>
  DeleteFlavor: MethodDefinition<_kumo_compute_v1_DeleteFlavorRequest, _kumo_compute_v1_DeleteFlavorResponse, _kumo_compute_v1_DeleteFlavorRequest__Output, _kumo_compute_v1_DeleteFlavorResponse__Output>
  GetFlavor: MethodDefinition<_kumo_compute_v1_GetFlavorRequest, _kumo_compute_v1_GetFlavorResponse, _kumo_compute_v1_GetFlavorRequest__Output, _kumo_compute_v1_GetFlavorResponse__Output>
  ListFlavors: MethodDefinition<_kumo_compute_v1_ListFlavorsRequest, _kumo_compute_v1_ListFlavorsResponse, _kumo_compute_v1_ListFlavorsRequest__Output, _kumo_compute_v1_ListFlavorsResponse__Output>
}
