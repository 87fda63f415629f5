// Original file: proto/kumo/compute/v1/placement.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ExplainPlacementRequest as _kumo_compute_v1_ExplainPlacementRequest, ExplainPlacementRequest__Output as _kumo_compute_v1_ExplainPlacementRequest__Output } from '../../../kumo/compute/v1/ExplainPlacementRequest.js';
import type { ExplainPlacementResponse as _kumo_compute_v1_ExplainPlacementResponse, ExplainPlacementResponse__Output as _kumo_compute_v1_ExplainPlacementResponse__Output } from '../../../kumo/compute/v1/ExplainPlacementResponse.js';

/**
 * PlacementService explains the scheduler's decisions (admin).
 */
export interface PlacementServiceClient extends grpc.Client {
  /**
   * ExplainPlacement runs the scheduler for a create request as a dry run:
   * nothing is claimed or created. It returns the hosts left after each
   * filter and the best weighed hosts with every weigher's score.
   */
  ExplainPlacement(argument: _kumo_compute_v1_ExplainPlacementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ExplainPlacementResponse__Output>): grpc.ClientUnaryCall;
  ExplainPlacement(argument: _kumo_compute_v1_ExplainPlacementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ExplainPlacementResponse__Output>): grpc.ClientUnaryCall;
  ExplainPlacement(argument: _kumo_compute_v1_ExplainPlacementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ExplainPlacementResponse__Output>): grpc.ClientUnaryCall;
  ExplainPlacement(argument: _kumo_compute_v1_ExplainPlacementRequest, callback: grpc.requestCallback<_kumo_compute_v1_ExplainPlacementResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ExplainPlacement runs the scheduler for a create request as a dry run:
   * nothing is claimed or created. It returns the hosts left after each
   * filter and the best weighed hosts with every weigher's score.
   */
  explainPlacement(argument: _kumo_compute_v1_ExplainPlacementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ExplainPlacementResponse__Output>): grpc.ClientUnaryCall;
  explainPlacement(argument: _kumo_compute_v1_ExplainPlacementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ExplainPlacementResponse__Output>): grpc.ClientUnaryCall;
  explainPlacement(argument: _kumo_compute_v1_ExplainPlacementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ExplainPlacementResponse__Output>): grpc.ClientUnaryCall;
  explainPlacement(argument: _kumo_compute_v1_ExplainPlacementRequest, callback: grpc.requestCallback<_kumo_compute_v1_ExplainPlacementResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * PlacementService explains the scheduler's decisions (admin).
 */
export interface PlacementServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * ExplainPlacement runs the scheduler for a create request as a dry run:
   * nothing is claimed or created. It returns the hosts left after each
   * filter and the best weighed hosts with every weigher's score.
   */
  ExplainPlacement: grpc.handleUnaryCall<_kumo_compute_v1_ExplainPlacementRequest__Output, _kumo_compute_v1_ExplainPlacementResponse>;
  
}

export interface PlacementServiceDefinition extends grpc.ServiceDefinition {
  ExplainPlacement: MethodDefinition<_kumo_compute_v1_ExplainPlacementRequest, _kumo_compute_v1_ExplainPlacementResponse, _kumo_compute_v1_ExplainPlacementRequest__Output, _kumo_compute_v1_ExplainPlacementResponse__Output>
}
