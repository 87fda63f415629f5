import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { CreateImageRequest as _kumo_compute_v1_CreateImageRequest, CreateImageRequest__Output as _kumo_compute_v1_CreateImageRequest__Output } from './kumo/compute/v1/CreateImageRequest.js';
import type { CreateImageResponse as _kumo_compute_v1_CreateImageResponse, CreateImageResponse__Output as _kumo_compute_v1_CreateImageResponse__Output } from './kumo/compute/v1/CreateImageResponse.js';
import type { DeleteImageRequest as _kumo_compute_v1_DeleteImageRequest, DeleteImageRequest__Output as _kumo_compute_v1_DeleteImageRequest__Output } from './kumo/compute/v1/DeleteImageRequest.js';
import type { DeleteImageResponse as _kumo_compute_v1_DeleteImageResponse, DeleteImageResponse__Output as _kumo_compute_v1_DeleteImageResponse__Output } from './kumo/compute/v1/DeleteImageResponse.js';
import type { DownloadImageDataRequest as _kumo_compute_v1_DownloadImageDataRequest, DownloadImageDataRequest__Output as _kumo_compute_v1_DownloadImageDataRequest__Output } from './kumo/compute/v1/DownloadImageDataRequest.js';
import type { DownloadImageDataResponse as _kumo_compute_v1_DownloadImageDataResponse, DownloadImageDataResponse__Output as _kumo_compute_v1_DownloadImageDataResponse__Output } from './kumo/compute/v1/DownloadImageDataResponse.js';
import type { GetImageRequest as _kumo_compute_v1_GetImageRequest, GetImageRequest__Output as _kumo_compute_v1_GetImageRequest__Output } from './kumo/compute/v1/GetImageRequest.js';
import type { GetImageResponse as _kumo_compute_v1_GetImageResponse, GetImageResponse__Output as _kumo_compute_v1_GetImageResponse__Output } from './kumo/compute/v1/GetImageResponse.js';
import type { Image as _kumo_compute_v1_Image, Image__Output as _kumo_compute_v1_Image__Output } from './kumo/compute/v1/Image.js';
import type { ImageServiceClient as _kumo_compute_v1_ImageServiceClient, ImageServiceDefinition as _kumo_compute_v1_ImageServiceDefinition } from './kumo/compute/v1/ImageService.js';
import type { ListImagesRequest as _kumo_compute_v1_ListImagesRequest, ListImagesRequest__Output as _kumo_compute_v1_ListImagesRequest__Output } from './kumo/compute/v1/ListImagesRequest.js';
import type { ListImagesResponse as _kumo_compute_v1_ListImagesResponse, ListImagesResponse__Output as _kumo_compute_v1_ListImagesResponse__Output } from './kumo/compute/v1/ListImagesResponse.js';
import type { UploadImageDataRequest as _kumo_compute_v1_UploadImageDataRequest, UploadImageDataRequest__Output as _kumo_compute_v1_UploadImageDataRequest__Output } from './kumo/compute/v1/UploadImageDataRequest.js';
import type { UploadImageDataResponse as _kumo_compute_v1_UploadImageDataResponse, UploadImageDataResponse__Output as _kumo_compute_v1_UploadImageDataResponse__Output } from './kumo/compute/v1/UploadImageDataResponse.js';

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
        CreateImageRequest: MessageTypeDefinition<_kumo_compute_v1_CreateImageRequest, _kumo_compute_v1_CreateImageRequest__Output>
        CreateImageResponse: MessageTypeDefinition<_kumo_compute_v1_CreateImageResponse, _kumo_compute_v1_CreateImageResponse__Output>
        DeleteImageRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteImageRequest, _kumo_compute_v1_DeleteImageRequest__Output>
        DeleteImageResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteImageResponse, _kumo_compute_v1_DeleteImageResponse__Output>
        DownloadImageDataRequest: MessageTypeDefinition<_kumo_compute_v1_DownloadImageDataRequest, _kumo_compute_v1_DownloadImageDataRequest__Output>
        DownloadImageDataResponse: MessageTypeDefinition<_kumo_compute_v1_DownloadImageDataResponse, _kumo_compute_v1_DownloadImageDataResponse__Output>
        GetImageRequest: MessageTypeDefinition<_kumo_compute_v1_GetImageRequest, _kumo_compute_v1_GetImageRequest__Output>
        GetImageResponse: MessageTypeDefinition<_kumo_compute_v1_GetImageResponse, _kumo_compute_v1_GetImageResponse__Output>
        Image: MessageTypeDefinition<_kumo_compute_v1_Image, _kumo_compute_v1_Image__Output>
        /**
         * ImageService manages image records.
         */
        ImageService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_ImageServiceClient> & { service: _kumo_compute_v1_ImageServiceDefinition }
        ImageStatus: EnumTypeDefinition
        ListImagesRequest: MessageTypeDefinition<_kumo_compute_v1_ListImagesRequest, _kumo_compute_v1_ListImagesRequest__Output>
        ListImagesResponse: MessageTypeDefinition<_kumo_compute_v1_ListImagesResponse, _kumo_compute_v1_ListImagesResponse__Output>
        UploadImageDataRequest: MessageTypeDefinition<_kumo_compute_v1_UploadImageDataRequest, _kumo_compute_v1_UploadImageDataRequest__Output>
        UploadImageDataResponse: MessageTypeDefinition<_kumo_compute_v1_UploadImageDataResponse, _kumo_compute_v1_UploadImageDataResponse__Output>
      }
    }
  }
}

