// Original file: proto/kumo/compute/v1/aggregate.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddAggregateHostRequest as _kumo_compute_v1_AddAggregateHostRequest, AddAggregateHostRequest__Output as _kumo_compute_v1_AddAggregateHostRequest__Output } from '../../../kumo/compute/v1/AddAggregateHostRequest.js';
import type { AddAggregateHostResponse as _kumo_compute_v1_AddAggregateHostResponse, AddAggregateHostResponse__Output as _kumo_compute_v1_AddAggregateHostResponse__Output } from '../../../kumo/compute/v1/AddAggregateHostResponse.js';
import type { CreateAggregateRequest as _kumo_compute_v1_CreateAggregateRequest, CreateAggregateRequest__Output as _kumo_compute_v1_CreateAggregateRequest__Output } from '../../../kumo/compute/v1/CreateAggregateRequest.js';
import type { CreateAggregateResponse as _kumo_compute_v1_CreateAggregateResponse, CreateAggregateResponse__Output as _kumo_compute_v1_CreateAggregateResponse__Output } from '../../../kumo/compute/v1/CreateAggregateResponse.js';
import type { DeleteAggregateRequest as _kumo_compute_v1_DeleteAggregateRequest, DeleteAggregateRequest__Output as _kumo_compute_v1_DeleteAggregateRequest__Output } from '../../../kumo/compute/v1/DeleteAggregateRequest.js';
import type { DeleteAggregateResponse as _kumo_compute_v1_DeleteAggregateResponse, DeleteAggregateResponse__Output as _kumo_compute_v1_DeleteAggregateResponse__Output } from '../../../kumo/compute/v1/DeleteAggregateResponse.js';
import type { GetAggregateRequest as _kumo_compute_v1_GetAggregateRequest, GetAggregateRequest__Output as _kumo_compute_v1_GetAggregateRequest__Output } from '../../../kumo/compute/v1/GetAggregateRequest.js';
import type { GetAggregateResponse as _kumo_compute_v1_GetAggregateResponse, GetAggregateResponse__Output as _kumo_compute_v1_GetAggregateResponse__Output } from '../../../kumo/compute/v1/GetAggregateResponse.js';
import type { ListAggregatesRequest as _kumo_compute_v1_ListAggregatesRequest, ListAggregatesRequest__Output as _kumo_compute_v1_ListAggregatesRequest__Output } from '../../../kumo/compute/v1/ListAggregatesRequest.js';
import type { ListAggregatesResponse as _kumo_compute_v1_ListAggregatesResponse, ListAggregatesResponse__Output as _kumo_compute_v1_ListAggregatesResponse__Output } from '../../../kumo/compute/v1/ListAggregatesResponse.js';
import type { RemoveAggregateHostRequest as _kumo_compute_v1_RemoveAggregateHostRequest, RemoveAggregateHostRequest__Output as _kumo_compute_v1_RemoveAggregateHostRequest__Output } from '../../../kumo/compute/v1/RemoveAggregateHostRequest.js';
import type { RemoveAggregateHostResponse as _kumo_compute_v1_RemoveAggregateHostResponse, RemoveAggregateHostResponse__Output as _kumo_compute_v1_RemoveAggregateHostResponse__Output } from '../../../kumo/compute/v1/RemoveAggregateHostResponse.js';
import type { SetAggregateMetadataRequest as _kumo_compute_v1_SetAggregateMetadataRequest, SetAggregateMetadataRequest__Output as _kumo_compute_v1_SetAggregateMetadataRequest__Output } from '../../../kumo/compute/v1/SetAggregateMetadataRequest.js';
import type { SetAggregateMetadataResponse as _kumo_compute_v1_SetAggregateMetadataResponse, SetAggregateMetadataResponse__Output as _kumo_compute_v1_SetAggregateMetadataResponse__Output } from '../../../kumo/compute/v1/SetAggregateMetadataResponse.js';

/**
 * AggregateService manages host aggregates (admin).
 */
export interface AggregateServiceClient extends grpc.Client {
  /**
   * AddAggregateHost puts a host in the aggregate.
   */
  AddAggregateHost(argument: _kumo_compute_v1_AddAggregateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  AddAggregateHost(argument: _kumo_compute_v1_AddAggregateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_AddAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  AddAggregateHost(argument: _kumo_compute_v1_AddAggregateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  AddAggregateHost(argument: _kumo_compute_v1_AddAggregateHostRequest, callback: grpc.requestCallback<_kumo_compute_v1_AddAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * AddAggregateHost puts a host in the aggregate.
   */
  addAggregateHost(argument: _kumo_compute_v1_AddAggregateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  addAggregateHost(argument: _kumo_compute_v1_AddAggregateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_AddAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  addAggregateHost(argument: _kumo_compute_v1_AddAggregateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  addAggregateHost(argument: _kumo_compute_v1_AddAggregateHostRequest, callback: grpc.requestCallback<_kumo_compute_v1_AddAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * CreateAggregate adds an aggregate; the name must be unique.
   */
  CreateAggregate(argument: _kumo_compute_v1_CreateAggregateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateAggregateResponse__Output>): grpc.ClientUnaryCall;
  CreateAggregate(argument: _kumo_compute_v1_CreateAggregateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateAggregateResponse__Output>): grpc.ClientUnaryCall;
  CreateAggregate(argument: _kumo_compute_v1_CreateAggregateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateAggregateResponse__Output>): grpc.ClientUnaryCall;
  CreateAggregate(argument: _kumo_compute_v1_CreateAggregateRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateAggregateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateAggregate adds an aggregate; the name must be unique.
   */
  createAggregate(argument: _kumo_compute_v1_CreateAggregateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateAggregateResponse__Output>): grpc.ClientUnaryCall;
  createAggregate(argument: _kumo_compute_v1_CreateAggregateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateAggregateResponse__Output>): grpc.ClientUnaryCall;
  createAggregate(argument: _kumo_compute_v1_CreateAggregateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateAggregateResponse__Output>): grpc.ClientUnaryCall;
  createAggregate(argument: _kumo_compute_v1_CreateAggregateRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateAggregateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteAggregate removes an aggregate that has no hosts.
   */
  DeleteAggregate(argument: _kumo_compute_v1_DeleteAggregateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteAggregateResponse__Output>): grpc.ClientUnaryCall;
  DeleteAggregate(argument: _kumo_compute_v1_DeleteAggregateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteAggregateResponse__Output>): grpc.ClientUnaryCall;
  DeleteAggregate(argument: _kumo_compute_v1_DeleteAggregateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteAggregateResponse__Output>): grpc.ClientUnaryCall;
  DeleteAggregate(argument: _kumo_compute_v1_DeleteAggregateRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteAggregateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteAggregate removes an aggregate that has no hosts.
   */
  deleteAggregate(argument: _kumo_compute_v1_DeleteAggregateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteAggregateResponse__Output>): grpc.ClientUnaryCall;
  deleteAggregate(argument: _kumo_compute_v1_DeleteAggregateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteAggregateResponse__Output>): grpc.ClientUnaryCall;
  deleteAggregate(argument: _kumo_compute_v1_DeleteAggregateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteAggregateResponse__Output>): grpc.ClientUnaryCall;
  deleteAggregate(argument: _kumo_compute_v1_DeleteAggregateRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteAggregateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetAggregate returns one aggregate by id.
   */
  GetAggregate(argument: _kumo_compute_v1_GetAggregateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetAggregateResponse__Output>): grpc.ClientUnaryCall;
  GetAggregate(argument: _kumo_compute_v1_GetAggregateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetAggregateResponse__Output>): grpc.ClientUnaryCall;
  GetAggregate(argument: _kumo_compute_v1_GetAggregateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetAggregateResponse__Output>): grpc.ClientUnaryCall;
  GetAggregate(argument: _kumo_compute_v1_GetAggregateRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetAggregateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetAggregate returns one aggregate by id.
   */
  getAggregate(argument: _kumo_compute_v1_GetAggregateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetAggregateResponse__Output>): grpc.ClientUnaryCall;
  getAggregate(argument: _kumo_compute_v1_GetAggregateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetAggregateResponse__Output>): grpc.ClientUnaryCall;
  getAggregate(argument: _kumo_compute_v1_GetAggregateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetAggregateResponse__Output>): grpc.ClientUnaryCall;
  getAggregate(argument: _kumo_compute_v1_GetAggregateRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetAggregateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListAggregates returns every aggregate ordered by name.
   */
  ListAggregates(argument: _kumo_compute_v1_ListAggregatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListAggregatesResponse__Output>): grpc.ClientUnaryCall;
  ListAggregates(argument: _kumo_compute_v1_ListAggregatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListAggregatesResponse__Output>): grpc.ClientUnaryCall;
  ListAggregates(argument: _kumo_compute_v1_ListAggregatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListAggregatesResponse__Output>): grpc.ClientUnaryCall;
  ListAggregates(argument: _kumo_compute_v1_ListAggregatesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListAggregatesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListAggregates returns every aggregate ordered by name.
   */
  listAggregates(argument: _kumo_compute_v1_ListAggregatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListAggregatesResponse__Output>): grpc.ClientUnaryCall;
  listAggregates(argument: _kumo_compute_v1_ListAggregatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListAggregatesResponse__Output>): grpc.ClientUnaryCall;
  listAggregates(argument: _kumo_compute_v1_ListAggregatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListAggregatesResponse__Output>): grpc.ClientUnaryCall;
  listAggregates(argument: _kumo_compute_v1_ListAggregatesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListAggregatesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RemoveAggregateHost takes a host out of the aggregate.
   */
  RemoveAggregateHost(argument: _kumo_compute_v1_RemoveAggregateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  RemoveAggregateHost(argument: _kumo_compute_v1_RemoveAggregateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RemoveAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  RemoveAggregateHost(argument: _kumo_compute_v1_RemoveAggregateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  RemoveAggregateHost(argument: _kumo_compute_v1_RemoveAggregateHostRequest, callback: grpc.requestCallback<_kumo_compute_v1_RemoveAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RemoveAggregateHost takes a host out of the aggregate.
   */
  removeAggregateHost(argument: _kumo_compute_v1_RemoveAggregateHostRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  removeAggregateHost(argument: _kumo_compute_v1_RemoveAggregateHostRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RemoveAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  removeAggregateHost(argument: _kumo_compute_v1_RemoveAggregateHostRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  removeAggregateHost(argument: _kumo_compute_v1_RemoveAggregateHostRequest, callback: grpc.requestCallback<_kumo_compute_v1_RemoveAggregateHostResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * SetAggregateMetadata sets and unsets metadata keys.
   */
  SetAggregateMetadata(argument: _kumo_compute_v1_SetAggregateMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetAggregateMetadataResponse__Output>): grpc.ClientUnaryCall;
  SetAggregateMetadata(argument: _kumo_compute_v1_SetAggregateMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_SetAggregateMetadataResponse__Output>): grpc.ClientUnaryCall;
  SetAggregateMetadata(argument: _kumo_compute_v1_SetAggregateMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetAggregateMetadataResponse__Output>): grpc.ClientUnaryCall;
  SetAggregateMetadata(argument: _kumo_compute_v1_SetAggregateMetadataRequest, callback: grpc.requestCallback<_kumo_compute_v1_SetAggregateMetadataResponse__Output>): grpc.ClientUnaryCall;
  /**
   * SetAggregateMetadata sets and unsets metadata keys.
   */
  setAggregateMetadata(argument: _kumo_compute_v1_SetAggregateMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetAggregateMetadataResponse__Output>): grpc.ClientUnaryCall;
  setAggregateMetadata(argument: _kumo_compute_v1_SetAggregateMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_SetAggregateMetadataResponse__Output>): grpc.ClientUnaryCall;
  setAggregateMetadata(argument: _kumo_compute_v1_SetAggregateMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_SetAggregateMetadataResponse__Output>): grpc.ClientUnaryCall;
  setAggregateMetadata(argument: _kumo_compute_v1_SetAggregateMetadataRequest, callback: grpc.requestCallback<_kumo_compute_v1_SetAggregateMetadataResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * AggregateService manages host aggregates (admin).
 */
export interface AggregateServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * AddAggregateHost puts a host in the aggregate.
   */
  AddAggregateHost: grpc.handleUnaryCall<_kumo_compute_v1_AddAggregateHostRequest__Output, _kumo_compute_v1_AddAggregateHostResponse>;
  
  /**
   * CreateAggregate adds an aggregate; the name must be unique.
   */
  CreateAggregate: grpc.handleUnaryCall<_kumo_compute_v1_CreateAggregateRequest__Output, _kumo_compute_v1_CreateAggregateResponse>;
  
  /**
   * DeleteAggregate removes an aggregate that has no hosts.
   */
  DeleteAggregate: grpc.handleUnaryCall<_kumo_compute_v1_DeleteAggregateRequest__Output, _kumo_compute_v1_DeleteAggregateResponse>;
  
  /**
   * GetAggregate returns one aggregate by id.
   */
  GetAggregate: grpc.handleUnaryCall<_kumo_compute_v1_GetAggregateRequest__Output, _kumo_compute_v1_GetAggregateResponse>;
  
  /**
   * ListAggregates returns every aggregate ordered by name.
   */
  ListAggregates: grpc.handleUnaryCall<_kumo_compute_v1_ListAggregatesRequest__Output, _kumo_compute_v1_ListAggregatesResponse>;
  
  /**
   * RemoveAggregateHost takes a host out of the aggregate.
   */
  RemoveAggregateHost: grpc.handleUnaryCall<_kumo_compute_v1_RemoveAggregateHostRequest__Output, _kumo_compute_v1_RemoveAggregateHostResponse>;
  
  /**
   * SetAggregateMetadata sets and unsets metadata keys.
   */
  SetAggregateMetadata: grpc.handleUnaryCall<_kumo_compute_v1_SetAggregateMetadataRequest__Output, _kumo_compute_v1_SetAggregateMetadataResponse>;
  
}

export interface AggregateServiceDefinition extends grpc.ServiceDefinition {
  AddAggregateHost: MethodDefinition<_kumo_compute_v1_AddAggregateHostRequest, _kumo_compute_v1_AddAggregateHostResponse, _kumo_compute_v1_AddAggregateHostRequest__Output, _kumo_compute_v1_AddAggregateHostResponse__Output>
  CreateAggregate: MethodDefinition<_kumo_compute_v1_CreateAggregateRequest, _kumo_compute_v1_CreateAggregateResponse, _kumo_compute_v1_CreateAggregateRequest__Output, _kumo_compute_v1_CreateAggregateResponse__Output>
  DeleteAggregate: MethodDefinition<_kumo_compute_v1_DeleteAggregateRequest, _kumo_compute_v1_DeleteAggregateResponse, _kumo_compute_v1_DeleteAggregateRequest__Output, _kumo_compute_v1_DeleteAggregateResponse__Output>
  GetAggregate: MethodDefinition<_kumo_compute_v1_GetAggregateRequest, _kumo_compute_v1_GetAggregateResponse, _kumo_compute_v1_GetAggregateRequest__Output, _kumo_compute_v1_GetAggregateResponse__Output>
  ListAggregates: MethodDefinition<_kumo_compute_v1_ListAggregatesRequest, _kumo_compute_v1_ListAggregatesResponse, _kumo_compute_v1_ListAggregatesRequest__Output, _kumo_compute_v1_ListAggregatesResponse__Output>
  RemoveAggregateHost: MethodDefinition<_kumo_compute_v1_RemoveAggregateHostRequest, _kumo_compute_v1_RemoveAggregateHostResponse, _kumo_compute_v1_RemoveAggregateHostRequest__Output, _kumo_compute_v1_RemoveAggregateHostResponse__Output>
  SetAggregateMetadata: MethodDefinition<_kumo_compute_v1_SetAggregateMetadataRequest, _kumo_compute_v1_SetAggregateMetadataResponse, _kumo_compute_v1_SetAggregateMetadataRequest__Output, _kumo_compute_v1_SetAggregateMetadataResponse__Output>
}
