import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { CreateFlavorRequest as _kumo_compute_v1_CreateFlavorRequest, CreateFlavorRequest__Output as _kumo_compute_v1_CreateFlavorRequest__Output } from './kumo/compute/v1/CreateFlavorRequest.js';
import type { CreateFlavorResponse as _kumo_compute_v1_CreateFlavorResponse, CreateFlavorResponse__Output as _kumo_compute_v1_CreateFlavorResponse__Output } from './kumo/compute/v1/CreateFlavorResponse.js';
import type { CreateImageRequest as _kumo_compute_v1_CreateImageRequest, CreateImageRequest__Output as _kumo_compute_v1_CreateImageRequest__Output } from './kumo/compute/v1/CreateImageRequest.js';
import type { CreateImageResponse as _kumo_compute_v1_CreateImageResponse, CreateImageResponse__Output as _kumo_compute_v1_CreateImageResponse__Output } from './kumo/compute/v1/CreateImageResponse.js';
import type { DeleteFlavorRequest as _kumo_compute_v1_DeleteFlavorRequest, DeleteFlavorRequest__Output as _kumo_compute_v1_DeleteFlavorRequest__Output } from './kumo/compute/v1/DeleteFlavorRequest.js';
import type { DeleteFlavorResponse as _kumo_compute_v1_DeleteFlavorResponse, DeleteFlavorResponse__Output as _kumo_compute_v1_DeleteFlavorResponse__Output } from './kumo/compute/v1/DeleteFlavorResponse.js';
import type { DeleteImageRequest as _kumo_compute_v1_DeleteImageRequest, DeleteImageRequest__Output as _kumo_compute_v1_DeleteImageRequest__Output } from './kumo/compute/v1/DeleteImageRequest.js';
import type { DeleteImageResponse as _kumo_compute_v1_DeleteImageResponse, DeleteImageResponse__Output as _kumo_compute_v1_DeleteImageResponse__Output } from './kumo/compute/v1/DeleteImageResponse.js';
import type { Flavor as _kumo_compute_v1_Flavor, Flavor__Output as _kumo_compute_v1_Flavor__Output } from './kumo/compute/v1/Flavor.js';
import type { FlavorServiceClient as _kumo_compute_v1_FlavorServiceClient, FlavorServiceDefinition as _kumo_compute_v1_FlavorServiceDefinition } from './kumo/compute/v1/FlavorService.js';
import type { GetFlavorRequest as _kumo_compute_v1_GetFlavorRequest, GetFlavorRequest__Output as _kumo_compute_v1_GetFlavorRequest__Output } from './kumo/compute/v1/GetFlavorRequest.js';
import type { GetFlavorResponse as _kumo_compute_v1_GetFlavorResponse, GetFlavorResponse__Output as _kumo_compute_v1_GetFlavorResponse__Output } from './kumo/compute/v1/GetFlavorResponse.js';
import type { GetImageRequest as _kumo_compute_v1_GetImageRequest, GetImageRequest__Output as _kumo_compute_v1_GetImageRequest__Output } from './kumo/compute/v1/GetImageRequest.js';
import type { GetImageResponse as _kumo_compute_v1_GetImageResponse, GetImageResponse__Output as _kumo_compute_v1_GetImageResponse__Output } from './kumo/compute/v1/GetImageResponse.js';
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from './kumo/compute/v1/Image.js';
import type { ImageServiceClient as _kumo_compute_v1_ImageServiceClient, ImageServiceDefinition as _kumo_compute_v1_ImageServiceDefinition } from './kumo/compute/v1/ImageService.js';
import type { ListFlavorsRequest as _kumo_compute_v1_ListFlavorsRequest, ListFlavorsRequest__Output as _kumo_compute_v1_ListFlavorsRequest__Output } from './kumo/compute/v1/ListFlavorsRequest.js';
import type { ListFlavorsResponse as _kumo_compute_v1_ListFlavorsResponse, ListFlavorsResponse__Output as _kumo_compute_v1_ListFlavorsResponse__Output } from './kumo/compute/v1/ListFlavorsResponse.js';
import type { ListImagesRequest as _kumo_compute_v1_ListImagesRequest, ListImagesRequest__Output as _kumo_compute_v1_ListImagesRequest__Output } from './kumo/compute/v1/ListImagesRequest.js';
import type { ListImagesResponse as _kumo_compute_v1_ListImagesResponse, ListImagesResponse__Output as _kumo_compute_v1_ListImagesResponse__Output } from './kumo/compute/v1/ListImagesResponse.js';
import type { RequestSpec as _kumo_internal_v1_RequestSpec, RequestSpec__Output as _kumo_internal_v1_RequestSpec__Output } from './kumo/internal/v1/RequestSpec.js';
import type { SelectDestinationsRequest as _kumo_internal_v1_SelectDestinationsRequest, SelectDestinationsRequest__Output as _kumo_internal_v1_SelectDestinationsRequest__Output } from './kumo/internal/v1/SelectDestinationsRequest.js';
import type { SelectDestinationsResponse as _kumo_internal_v1_SelectDestinationsResponse, SelectDestinationsResponse__Output as _kumo_internal_v1_SelectDestinationsResponse__Output } from './kumo/internal/v1/SelectDestinationsResponse.js';
import type { Selection as _kumo_internal_v1_Selection, Selection__Output as _kumo_internal_v1_Selection__Output } from './kumo/internal/v1/Selection.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  kumo: {
    compute: {
      v1: {
        CreateFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_CreateFlavorRequest, _kumo_compute_v1_CreateFlavorRequest__Output>
        CreateFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_CreateFlavorResponse, _kumo_compute_v1_CreateFlavorResponse__Output>
        CreateImageRequest: MessageTypeDefinition<_kumo_compute_v1_CreateImageRequest, _kumo_compute_v1_CreateImageRequest__Output>
        CreateImageResponse: MessageTypeDefinition<_kumo_compute_v1_CreateImageResponse, _kumo_compute_v1_CreateImageResponse__Output>
        DeleteFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorRequest, _kumo_compute_v1_DeleteFlavorRequest__Output>
        DeleteFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteFlavorResponse, _kumo_compute_v1_DeleteFlavorResponse__Output>
        DeleteImageRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteImageRequest, _kumo_compute_v1_DeleteImageRequest__Output>
        DeleteImageResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteImageResponse, _kumo_compute_v1_DeleteImageResponse__Output>
        Flavor: MessageTypeDefinition<_kumo_compute_v1_Flavor, _kumo_compute_v1_Flavor__Output>
        /**
         * FlavorService manages flavors.
         */
        FlavorService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_FlavorServiceClient> & { service: _kumo_compute_v1_FlavorServiceDefinition }
        GetFlavorRequest: MessageTypeDefinition<_kumo_compute_v1_GetFlavorRequest, _kumo_compute_v1_GetFlavorRequest__Output>
        GetFlavorResponse: MessageTypeDefinition<_kumo_compute_v1_GetFlavorResponse, _kumo_compute_v1_GetFlavorResponse__Output>
        GetImageRequest: MessageTypeDefinition<_kumo_compute_v1_GetImageRequest, _kumo_compute_v1_GetImageRequest__Output>
        GetImageResponse: MessageTypeDefinition<_kumo_compute_v1_GetImageResponse, _kumo_compute_v1_GetImageResponse__Output>
        Image: MessageTypeDefinition<_kumo_compute_v1_Image, _kumo_compute_v1_Image__Output>
        /**
         * ImageService manages image records.
         */
        ImageService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_ImageServiceClient> & { service: _kumo_compute_v1_ImageServiceDefinition }
        ImageStatus: EnumTypeDefinition
        ListFlavorsRequest: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsRequest, _kumo_compute_v1_ListFlavorsRequest__Output>
        ListFlavorsResponse: MessageTypeDefinition<_kumo_compute_v1_ListFlavorsResponse, _kumo_compute_v1_ListFlavorsResponse__Output>
        ListImagesRequest: MessageTypeDefinition<_kumo_compute_v1_ListImagesRequest, _kumo_compute_v1_ListImagesRequest__Output>
        ListImagesResponse: MessageTypeDefinition<_kumo_compute_v1_ListImagesResponse, _kumo_compute_v1_ListImagesResponse__Output>
      }
    }
    internal: {
      v1: {
        RequestSpec: MessageTypeDefinition<_kumo_internal_v1_RequestSpec, _kumo_internal_v1_RequestSpec__Output>
        SelectDestinationsRequest: MessageTypeDefinition<_kumo_internal_v1_SelectDestinationsRequest, _kumo_internal_v1_SelectDestinationsRequest__Output>
        SelectDestinationsResponse: MessageTypeDefinition<_kumo_internal_v1_SelectDestinationsResponse, _kumo_internal_v1_SelectDestinationsResponse__Output>
        Selection: MessageTypeDefinition<_kumo_internal_v1_Selection, _kumo_internal_v1_Selection__Output>
      }
    }
  }
}

