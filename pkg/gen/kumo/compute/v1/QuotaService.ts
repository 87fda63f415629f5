// Original file: proto/kumo/compute/v1/quota.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DeleteQuotaRequest as _kumo_compute_v1_DeleteQuotaRequest, DeleteQuotaRequest__Output as _kumo_compute_v1_DeleteQuotaRequest__Output } from '../../../kumo/compute/v1/DeleteQuotaRequest.js';
import type { DeleteQuotaResponse as _kumo_compute_v1_DeleteQuotaResponse, DeleteQuotaResponse__Output as _kumo_compute_v1_DeleteQuotaResponse__Output } from '../../../kumo/compute/v1/DeleteQuotaResponse.js';
import type { GetLimitsRequest as _kumo_compute_v1_GetLimitsRequest, GetLimitsRequest__Output as _kumo_compute_v1_GetLimitsRequest__Output } from '../../../kumo/compute/v1/GetLimitsRequest.js';
import type { GetLimitsResponse as _kumo_compute_v1_GetLimitsResponse, GetLimitsResponse__Output as _kumo_compute_v1_GetLimitsResponse__Output } from '../../../kumo/compute/v1/GetLimitsResponse.js';
import type { GetQuotaRequest as _kumo_compute_v1_GetQuotaRequest, GetQuotaRequest__Output as _kumo_compute_v1_GetQuotaRequest__Output } from '../../../kumo/compute/v1/GetQuotaRequest.js';
import type { GetQuotaResponse as _kumo_compute_v1_GetQuotaResponse, GetQuotaResponse__Output as _kumo_compute_v1_GetQuotaResponse__Output } from '../../../kumo/compute/v1/GetQuotaResponse.js';
import type { UpdateQuotaRequest as _kumo_compute_v1_UpdateQuotaRequest, UpdateQuotaRequest__Output as _kumo_compute_v1_UpdateQuotaRequest__Output } from '../../../kumo/compute/v1/UpdateQuotaRequest.js';
import type { UpdateQuotaResponse as _kumo_compute_v1_UpdateQuotaResponse, UpdateQuotaResponse__Output as _kumo_compute_v1_UpdateQuotaResponse__Output } from '../../../kumo/compute/v1/UpdateQuotaResponse.js';

/**
 * QuotaService shows and sets per-project quotas (Nova's os-quota-sets and
 * limits). Exceeding a quota is RESOURCE_EXHAUSTED with google.rpc.QuotaFailure.
 */
export interface QuotaServiceClient extends grpc.Client {
  /**
   * DeleteQuota drops a project's overrides: its limits revert to the defaults (admin).
   */
  DeleteQuota(argument: _kumo_compute_v1_DeleteQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteQuotaResponse__Output>): grpc.ClientUnaryCall;
  DeleteQuota(argument: _kumo_compute_v1_DeleteQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteQuotaResponse__Output>): grpc.ClientUnaryCall;
  DeleteQuota(argument: _kumo_compute_v1_DeleteQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteQuotaResponse__Output>): grpc.ClientUnaryCall;
  DeleteQuota(argument: _kumo_compute_v1_DeleteQuotaRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteQuotaResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteQuota drops a project's overrides: its limits revert to the defaults (admin).
   */
  deleteQuota(argument: _kumo_compute_v1_DeleteQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteQuotaResponse__Output>): grpc.ClientUnaryCall;
  deleteQuota(argument: _kumo_compute_v1_DeleteQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteQuotaResponse__Output>): grpc.ClientUnaryCall;
  deleteQuota(argument: _kumo_compute_v1_DeleteQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteQuotaResponse__Output>): grpc.ClientUnaryCall;
  deleteQuota(argument: _kumo_compute_v1_DeleteQuotaRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteQuotaResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetLimits returns the caller's project's limits and usage.
   */
  GetLimits(argument: _kumo_compute_v1_GetLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetLimitsResponse__Output>): grpc.ClientUnaryCall;
  GetLimits(argument: _kumo_compute_v1_GetLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetLimitsResponse__Output>): grpc.ClientUnaryCall;
  GetLimits(argument: _kumo_compute_v1_GetLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetLimitsResponse__Output>): grpc.ClientUnaryCall;
  GetLimits(argument: _kumo_compute_v1_GetLimitsRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetLimitsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetLimits returns the caller's project's limits and usage.
   */
  getLimits(argument: _kumo_compute_v1_GetLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetLimitsResponse__Output>): grpc.ClientUnaryCall;
  getLimits(argument: _kumo_compute_v1_GetLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetLimitsResponse__Output>): grpc.ClientUnaryCall;
  getLimits(argument: _kumo_compute_v1_GetLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetLimitsResponse__Output>): grpc.ClientUnaryCall;
  getLimits(argument: _kumo_compute_v1_GetLimitsRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetLimitsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetQuota returns a project's limits and usage; another project's needs admin.
   */
  GetQuota(argument: _kumo_compute_v1_GetQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetQuotaResponse__Output>): grpc.ClientUnaryCall;
  GetQuota(argument: _kumo_compute_v1_GetQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetQuotaResponse__Output>): grpc.ClientUnaryCall;
  GetQuota(argument: _kumo_compute_v1_GetQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetQuotaResponse__Output>): grpc.ClientUnaryCall;
  GetQuota(argument: _kumo_compute_v1_GetQuotaRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetQuotaResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetQuota returns a project's limits and usage; another project's needs admin.
   */
  getQuota(argument: _kumo_compute_v1_GetQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetQuotaResponse__Output>): grpc.ClientUnaryCall;
  getQuota(argument: _kumo_compute_v1_GetQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetQuotaResponse__Output>): grpc.ClientUnaryCall;
  getQuota(argument: _kumo_compute_v1_GetQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetQuotaResponse__Output>): grpc.ClientUnaryCall;
  getQuota(argument: _kumo_compute_v1_GetQuotaRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetQuotaResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * UpdateQuota overrides some of a project's limits (admin).
   */
  UpdateQuota(argument: _kumo_compute_v1_UpdateQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UpdateQuotaResponse__Output>): grpc.ClientUnaryCall;
  UpdateQuota(argument: _kumo_compute_v1_UpdateQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UpdateQuotaResponse__Output>): grpc.ClientUnaryCall;
  UpdateQuota(argument: _kumo_compute_v1_UpdateQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UpdateQuotaResponse__Output>): grpc.ClientUnaryCall;
  UpdateQuota(argument: _kumo_compute_v1_UpdateQuotaRequest, callback: grpc.requestCallback<_kumo_compute_v1_UpdateQuotaResponse__Output>): grpc.ClientUnaryCall;
  /**
   * UpdateQuota overrides some of a project's limits (admin).
   */
  updateQuota(argument: _kumo_compute_v1_UpdateQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UpdateQuotaResponse__Output>): grpc.ClientUnaryCall;
  updateQuota(argument: _kumo_compute_v1_UpdateQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UpdateQuotaResponse__Output>): grpc.ClientUnaryCall;
  updateQuota(argument: _kumo_compute_v1_UpdateQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UpdateQuotaResponse__Output>): grpc.ClientUnaryCall;
  updateQuota(argument: _kumo_compute_v1_UpdateQuotaRequest, callback: grpc.requestCallback<_kumo_compute_v1_UpdateQuotaResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * QuotaService shows and sets per-project quotas (Nova's os-quota-sets and
 * limits). Exceeding a quota is RESOURCE_EXHAUSTED with google.rpc.QuotaFailure.
 */
export interface QuotaServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * DeleteQuota drops a project's overrides: its limits revert to the defaults (admin).
   */
  DeleteQuota: grpc.handleUnaryCall<_kumo_compute_v1_DeleteQuotaRequest__Output, _kumo_compute_v1_DeleteQuotaResponse>;
  
  /**
   * GetLimits returns the caller's project's limits and usage.
   */
  GetLimits: grpc.handleUnaryCall<_kumo_compute_v1_GetLimitsRequest__Output, _kumo_compute_v1_GetLimitsResponse>;
  
  /**
   * GetQuota returns a project's limits and usage; another project's needs admin.
   */
  GetQuota: grpc.handleUnaryCall<_kumo_compute_v1_GetQuotaRequest__Output, _kumo_compute_v1_GetQuotaResponse>;
  
  /**
   * UpdateQuota overrides some of a project's limits (admin).
   */
  UpdateQuota: grpc.handleUnaryCall<_kumo_compute_v1_UpdateQuotaRequest__Output, _kumo_compute_v1_UpdateQuotaResponse>;
  
}

export interface QuotaServiceDefinition extends grpc.ServiceDefinition {
  DeleteQuota: MethodDefinition<_kumo_compute_v1_DeleteQuotaRequest, _kumo_compute_v1_DeleteQuotaResponse, _kumo_compute_v1_DeleteQuotaRequest__Output, _kumo_compute_v1_DeleteQuotaResponse__Output>
  GetLimits: MethodDefinition<_kumo_compute_v1_GetLimitsRequest, _kumo_compute_v1_GetLimitsResponse, _kumo_compute_v1_GetLimitsRequest__Output, _kumo_compute_v1_GetLimitsResponse__Output>
  GetQuota: MethodDefinition<_kumo_compute_v1_GetQuotaRequest, _kumo_compute_v1_GetQuotaResponse, _kumo_compute_v1_GetQuotaRequest__Output, _kumo_compute_v1_GetQuotaResponse__Output>
  UpdateQuota: MethodDefinition<_kumo_compute_v1_UpdateQuotaRequest, _kumo_compute_v1_UpdateQuotaResponse, _kumo_compute_v1_UpdateQuotaRequest__Output, _kumo_compute_v1_UpdateQuotaResponse__Output>
}
