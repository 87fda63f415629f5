import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AvailabilityZone as _kumo_compute_v1_AvailabilityZone, AvailabilityZone__Output as _kumo_compute_v1_AvailabilityZone__Output } from './kumo/compute/v1/AvailabilityZone.js';
import type { AvailabilityZoneServiceClient as _kumo_compute_v1_AvailabilityZoneServiceClient, AvailabilityZoneServiceDefinition as _kumo_compute_v1_AvailabilityZoneServiceDefinition } from './kumo/compute/v1/AvailabilityZoneService.js';
import type { ListAvailabilityZonesRequest as _kumo_compute_v1_ListAvailabilityZonesRequest, ListAvailabilityZonesRequest__Output as _kumo_compute_v1_ListAvailabilityZonesRequest__Output } from './kumo/compute/v1/ListAvailabilityZonesRequest.js';
import type { ListAvailabilityZonesResponse as _kumo_compute_v1_ListAvailabilityZonesResponse, ListAvailabilityZonesResponse__Output as _kumo_compute_v1_ListAvailabilityZonesResponse__Output } from './kumo/compute/v1/ListAvailabilityZonesResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kumo: {
    compute: {
      v1: {
        AvailabilityZone: MessageTypeDefinition<_kumo_compute_v1_AvailabilityZone, _kumo_compute_v1_AvailabilityZone__Output>
        /**
         * AvailabilityZoneService lists zones.
         */
        AvailabilityZoneService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_AvailabilityZoneServiceClient> & { service: _kumo_compute_v1_AvailabilityZoneServiceDefinition }
        ListAvailabilityZonesRequest: MessageTypeDefinition<_kumo_compute_v1_ListAvailabilityZonesRequest, _kumo_compute_v1_ListAvailabilityZonesRequest__Output>
        ListAvailabilityZonesResponse: MessageTypeDefinition<_kumo_compute_v1_ListAvailabilityZonesResponse, _kumo_compute_v1_ListAvailabilityZonesResponse__Output>
      }
    }
  }
}

