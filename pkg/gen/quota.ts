import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { DeleteQuotaRequest as _kumo_compute_v1_DeleteQuotaRequest, DeleteQuotaRequest__Output as _kumo_compute_v1_DeleteQuotaRequest__Output } from './kumo/compute/v1/DeleteQuotaRequest.js';
import type { DeleteQuotaResponse as _kumo_compute_v1_DeleteQuotaResponse, DeleteQuotaResponse__Output as _kumo_compute_v1_DeleteQuotaResponse__Output } from './kumo/compute/v1/DeleteQuotaResponse.js';
import type { GetLimitsRequest as _kumo_compute_v1_GetLimitsRequest, GetLimitsRequest__Output as _kumo_compute_v1_GetLimitsRequest__Output } from './kumo/compute/v1/GetLimitsRequest.js';
import type { GetLimitsResponse as _kumo_compute_v1_GetLimitsResponse, GetLimitsResponse__Output as _kumo_compute_v1_GetLimitsResponse__Output } from './kumo/compute/v1/GetLimitsResponse.js';
import type { GetQuotaRequest as _kumo_compute_v1_GetQuotaRequest, GetQuotaRequest__Output as _kumo_compute_v1_GetQuotaRequest__Output } from './kumo/compute/v1/GetQuotaRequest.js';
import type { GetQuotaResponse as _kumo_compute_v1_GetQuotaResponse, GetQuotaResponse__Output as _kumo_compute_v1_GetQuotaResponse__Output } from './kumo/compute/v1/GetQuotaResponse.js';
import type { QuotaDetail as _kumo_compute_v1_QuotaDetail, QuotaDetail__Output as _kumo_compute_v1_QuotaDetail__Output } from './kumo/compute/v1/QuotaDetail.js';
import type { QuotaDetails as _kumo_compute_v1_QuotaDetails, QuotaDetails__Output as _kumo_compute_v1_QuotaDetails__Output } from './kumo/compute/v1/QuotaDetails.js';
import type { QuotaServiceClient as _kumo_compute_v1_QuotaServiceClient, QuotaServiceDefinition as _kumo_compute_v1_QuotaServiceDefinition } from './kumo/compute/v1/QuotaService.js';
import type { QuotaSet as _kumo_compute_v1_QuotaSet, QuotaSet__Output as _kumo_compute_v1_QuotaSet__Output } from './kumo/compute/v1/QuotaSet.js';
import type { UpdateQuotaRequest as _kumo_compute_v1_UpdateQuotaRequest, UpdateQuotaRequest__Output as _kumo_compute_v1_UpdateQuotaRequest__Output } from './kumo/compute/v1/UpdateQuotaRequest.js';
import type { UpdateQuotaResponse as _kumo_compute_v1_UpdateQuotaResponse, UpdateQuotaResponse__Output as _kumo_compute_v1_UpdateQuotaResponse__Output } from './kumo/compute/v1/UpdateQuotaResponse.js';
import type { QuotaCharge as _kumo_internal_v1_QuotaCharge, QuotaCharge__Output as _kumo_internal_v1_QuotaCharge__Output } from './kumo/internal/v1/QuotaCharge.js';
import type { QuotaLedger as _kumo_internal_v1_QuotaLedger, QuotaLedger__Output as _kumo_internal_v1_QuotaLedger__Output } from './kumo/internal/v1/QuotaLedger.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kumo: {
    compute: {
      v1: {
        DeleteQuotaRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteQuotaRequest, _kumo_compute_v1_DeleteQuotaRequest__Output>
        DeleteQuotaResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteQuotaResponse, _kumo_compute_v1_DeleteQuotaResponse__Output>
        GetLimitsRequest: MessageTypeDefinition<_kumo_compute_v1_GetLimitsRequest, _kumo_compute_v1_GetLimitsRequest__Output>
        GetLimitsResponse: MessageTypeDefinition<_kumo_compute_v1_GetLimitsResponse, _kumo_compute_v1_GetLimitsResponse__Output>
        GetQuotaRequest: MessageTypeDefinition<_kumo_compute_v1_GetQuotaRequest, _kumo_compute_v1_GetQuotaRequest__Output>
        GetQuotaResponse: MessageTypeDefinition<_kumo_compute_v1_GetQuotaResponse, _kumo_compute_v1_GetQuotaResponse__Output>
        QuotaDetail: MessageTypeDefinition<_kumo_compute_v1_QuotaDetail, _kumo_compute_v1_QuotaDetail__Output>
        QuotaDetails: MessageTypeDefinition<_kumo_compute_v1_QuotaDetails, _kumo_compute_v1_QuotaDetails__Output>
        /**
         * QuotaService shows and sets per-project quotas (Nova's os-quota-sets and
         * limits). Exceeding a quota is RESOURCE_EXHAUSTED with google.rpc.QuotaFailure.
         */
        QuotaService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_QuotaServiceClient> & { service: _kumo_compute_v1_QuotaServiceDefinition }
        QuotaSet: MessageTypeDefinition<_kumo_compute_v1_QuotaSet, _kumo_compute_v1_QuotaSet__Output>
        UpdateQuotaRequest: MessageTypeDefinition<_kumo_compute_v1_UpdateQuotaRequest, _kumo_compute_v1_UpdateQuotaRequest__Output>
        UpdateQuotaResponse: MessageTypeDefinition<_kumo_compute_v1_UpdateQuotaResponse, _kumo_compute_v1_UpdateQuotaResponse__Output>
      }
    }
    internal: {
      v1: {
        QuotaCharge: MessageTypeDefinition<_kumo_internal_v1_QuotaCharge, _kumo_internal_v1_QuotaCharge__Output>
        QuotaLedger: MessageTypeDefinition<_kumo_internal_v1_QuotaLedger, _kumo_internal_v1_QuotaLedger__Output>
      }
    }
  }
}

