// Original file: proto/kumo/compute/v1/image.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateImageRequest as _kumo_compute_v1_CreateImageRequest, CreateImageRequest__Output as _kumo_compute_v1_CreateImageRequest__Output } from '../../../kumo/compute/v1/CreateImageRequest.js';
import type { CreateImageResponse as _kumo_compute_v1_CreateImageResponse, CreateImageResponse__Output as _kumo_compute_v1_CreateImageResponse__Output } from '../../../kumo/compute/v1/CreateImageResponse.js';
import type { DeleteImageRequest as _kumo_compute_v1_DeleteImageRequest, DeleteImageRequest__Output as _kumo_compute_v1_DeleteImageRequest__Output } from '../../../kumo/compute/v1/DeleteImageRequest.js';
import type { DeleteImageResponse as _kumo_compute_v1_DeleteImageResponse, DeleteImageResponse__Output as _kumo_compute_v1_DeleteImageResponse__Output } from '../../../kumo/compute/v1/DeleteImageResponse.js';
import type { DownloadImageDataRequest as _kumo_compute_v1_DownloadImageDataRequest, DownloadImageDataRequest__Output as _kumo_compute_v1_DownloadImageDataRequest__Output } from '../../../kumo/compute/v1/DownloadImageDataRequest.js';
import type { DownloadImageDataResponse as _kumo_compute_v1_DownloadImageDataResponse, DownloadImageDataResponse__Output as _kumo_compute_v1_DownloadImageDataResponse__Output } from '../../../kumo/compute/v1/DownloadImageDataResponse.js';
import type { GetImageRequest as _kumo_compute_v1_GetImageRequest, GetImageRequest__Output as _kumo_compute_v1_GetImageRequest__Output } from '../../../kumo/compute/v1/GetImageRequest.js';
import type { GetImageResponse as _kumo_compute_v1_GetImageResponse, GetImageResponse__Output as _kumo_compute_v1_GetImageResponse__Output } from '../../../kumo/compute/v1/GetImageResponse.js';
import type { ListImagesRequest as _kumo_compute_v1_ListImagesRequest, ListImagesRequest__Output as _kumo_compute_v1_ListImagesRequest__Output } from '../../../kumo/compute/v1/ListImagesRequest.js';
import type { ListImagesResponse as _kumo_compute_v1_ListImagesResponse, ListImagesResponse__Output as _kumo_compute_v1_ListImagesResponse__Output } from '../../../kumo/compute/v1/ListImagesResponse.js';
import type { UploadImageDataRequest as _kumo_compute_v1_UploadImageDataRequest, UploadImageDataRequest__Output as _kumo_compute_v1_UploadImageDataRequest__Output } from '../../../kumo/compute/v1/UploadImageDataRequest.js';
import type { UploadImageDataResponse as _kumo_compute_v1_UploadImageDataResponse, UploadImageDataResponse__Output as _kumo_compute_v1_UploadImageDataResponse__Output } from '../../../kumo/compute/v1/UploadImageDataResponse.js';

/**
 * ImageService manages image records.
 */
export interface ImageServiceClient extends grpc.Client {
  /**
   * CreateImage registers an image record.
   */
  CreateImage(argument: _kumo_compute_v1_CreateImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateImageResponse__Output>): grpc.ClientUnaryCall;
  CreateImage(argument: _kumo_compute_v1_CreateImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateImageResponse__Output>): grpc.ClientUnaryCall;
  CreateImage(argument: _kumo_compute_v1_CreateImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateImageResponse__Output>): grpc.ClientUnaryCall;
  CreateImage(argument: _kumo_compute_v1_CreateImageRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateImage registers an image record.
   */
  createImage(argument: _kumo_compute_v1_CreateImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateImageResponse__Output>): grpc.ClientUnaryCall;
  createImage(argument: _kumo_compute_v1_CreateImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateImageResponse__Output>): grpc.ClientUnaryCall;
  createImage(argument: _kumo_compute_v1_CreateImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateImageResponse__Output>): grpc.ClientUnaryCall;
  createImage(argument: _kumo_compute_v1_CreateImageRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateImageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteImage removes an image record and its data.
   */
  DeleteImage(argument: _kumo_compute_v1_DeleteImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  DeleteImage(argument: _kumo_compute_v1_DeleteImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  DeleteImage(argument: _kumo_compute_v1_DeleteImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  DeleteImage(argument: _kumo_compute_v1_DeleteImageRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteImage removes an image record and its data.
   */
  deleteImage(argument: _kumo_compute_v1_DeleteImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  deleteImage(argument: _kumo_compute_v1_DeleteImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  deleteImage(argument: _kumo_compute_v1_DeleteImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  deleteImage(argument: _kumo_compute_v1_DeleteImageRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteImageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DownloadImageData streams an ACTIVE image's data out (Glance's GET
   * /v2/images/{id}/file); the first message carries the image record.
   */
  DownloadImageData(argument: _kumo_compute_v1_DownloadImageDataRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_DownloadImageDataResponse__Output>;
  DownloadImageData(argument: _kumo_compute_v1_DownloadImageDataRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_DownloadImageDataResponse__Output>;
  /**
   * DownloadImageData streams an ACTIVE image's data out (Glance's GET
   * /v2/images/{id}/file); the first message carries the image record.
   */
  downloadImageData(argument: _kumo_compute_v1_DownloadImageDataRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_DownloadImageDataResponse__Output>;
  downloadImageData(argument: _kumo_compute_v1_DownloadImageDataRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kumo_compute_v1_DownloadImageDataResponse__Output>;
  
  /**
   * GetImage returns one image by id.
   */
  GetImage(argument: _kumo_compute_v1_GetImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _kumo_compute_v1_GetImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _kumo_compute_v1_GetImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  GetImage(argument: _kumo_compute_v1_GetImageRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetImage returns one image by id.
   */
  getImage(argument: _kumo_compute_v1_GetImageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  getImage(argument: _kumo_compute_v1_GetImageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  getImage(argument: _kumo_compute_v1_GetImageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  getImage(argument: _kumo_compute_v1_GetImageRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetImageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListImages returns images ordered by id.
   */
  ListImages(argument: _kumo_compute_v1_ListImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _kumo_compute_v1_ListImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _kumo_compute_v1_ListImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  ListImages(argument: _kumo_compute_v1_ListImagesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListImages returns images ordered by id.
   */
  listImages(argument: _kumo_compute_v1_ListImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _kumo_compute_v1_ListImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _kumo_compute_v1_ListImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  listImages(argument: _kumo_compute_v1_ListImagesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListImagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * UploadImageData streams a QUEUED image's data in (Glance's PUT
   * /v2/images/{id}/file): the first message names the image, every message
   * may carry a chunk. The image is SAVING meanwhile, then ACTIVE with its
   * size and MD5 checksum; KILLED if the upload fails or is abandoned.
   */
  UploadImageData(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UploadImageDataResponse__Output>): grpc.ClientWritableStream<_kumo_compute_v1_UploadImageDataRequest>;
  UploadImageData(metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UploadImageDataResponse__Output>): grpc.ClientWritableStream<_kumo_compute_v1_UploadImageDataRequest>;
  UploadImageData(options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UploadImageDataResponse__Output>): grpc.ClientWritableStream<_kumo_compute_v1_UploadImageDataRequest>;
  UploadImageData(callback: grpc.requestCallback<_kumo_compute_v1_UploadImageDataResponse__Output>): grpc.ClientWritableStream<_kumo_compute_v1_UploadImageDataRequest>;
  /**
   * UploadImageData streams a QUEUED image's data in (Glance's PUT
   * /v2/images/{id}/file): the first message names the image, every message
   * may carry a chunk. The image is SAVING meanwhile, then ACTIVE with its
   * size and MD5 checksum; KILLED if the upload fails or is abandoned.
   */
  uploadImageData(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UploadImageDataResponse__Output>): grpc.ClientWritableStream<_kumo_compute_v1_UploadImageDataRequest>;
  uploadImageData(metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_UploadImageDataResponse__Output>): grpc.ClientWritableStream<_kumo_compute_v1_UploadImageDataRequest>;
  uploadImageData(options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_UploadImageDataResponse__Output>): grpc.ClientWritableStream<_kumo_compute_v1_UploadImageDataRequest>;
  uploadImageData(callback: grpc.requestCallback<_kumo_compute_v1_UploadImageDataResponse__Output>): grpc.ClientWritableStream<_kumo_compute_v1_UploadImageDataRequest>;
  
}

/**
 * ImageService manages image records.
 */
export interface ImageServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * CreateImage registers an image record.
   */
  CreateImage: grpc.handleUnaryCall<_kumo_compute_v1_CreateImageRequest__Output, _kumo_compute_v1_CreateImageResponse>;
  
  /**
   * DeleteImage removes an image record and its data.
   */
  DeleteImage: grpc.handleUnaryCall<_kumo_compute_v1_DeleteImageRequest__Output, _kumo_compute_v1_DeleteImageResponse>;
  
  /**
   * DownloadImageData streams an ACTIVE image's data out (Glance's GET
   * /v2/images/{id}/file); the first message carries the image record.
   */
  DownloadImageData: grpc.handleServerStreamingCall<_kumo_compute_v1_DownloadImageDataRequest__Output, _kumo_compute_v1_DownloadImageDataResponse>;
  
  /**
   * GetImage returns one image by id.
   */
  GetImage: grpc.handleUnaryCall<_kumo_compute_v1_GetImageRequest__Output, _kumo_compute_v1_GetImageResponse>;
  
  /**
   * ListImages returns images ordered by id.
   */
  ListImages: grpc.handleUnaryCall<_kumo_compute_v1_ListImagesRequest__Output, _kumo_compute_v1_ListImagesResponse>;
  
  /**
   * UploadImageData streams a QUEUED image's data in (Glance's PUT
   * /v2/images/{id}/file): the first message names the image, every message
   * may carry a chunk. The image is SAVING meanwhile, then ACTIVE with its
   * size and MD5 checksum; KILLED if the upload fails or is abandoned.
   */
  UploadImageData: grpc.handleClientStreamingCall<_kumo_compute_v1_UploadImageDataRequest__Output, _kumo_compute_v1_UploadImageDataResponse>;
  
}

export interface ImageServiceDefinition extends grpc.ServiceDefinition {
  CreateImage: MethodDefinition<_kumo_compute_v1_CreateImageRequest, _kumo_compute_v1_CreateImageResponse, _kumo_compute_v1_CreateImageRequest__Output, _kumo_compute_v1_CreateImageResponse__Output>
  DeleteImage: MethodDefinition<_kumo_compute_v1_DeleteImageRequest, _kumo_compute_v1_DeleteImageResponse, _kumo_compute_v1_DeleteImageRequest__Output, _kumo_compute_v1_DeleteImageResponse__Output>
  DownloadImageData: MethodDefinition<_kumo_compute_v1_DownloadImageDataRequest, _kumo_compute_v1_DownloadImageDataResponse, _kumo_compute_v1_DownloadImageDataRequest__Output, _kumo_compute_v1_DownloadImageDataResponse__Output>
  GetImage: MethodDefinition<_kumo_compute_v1_GetImageRequest, _kumo_compute_v1_GetImageResponse, _kumo_compute_v1_GetImageRequest__Output, _kumo_compute_v1_GetImageResponse__Output>
  ListImages: MethodDefinition<_kumo_compute_v1_ListImagesRequest, _kumo_compute_v1_ListImagesResponse, _kumo_compute_v1_ListImagesRequest__Output, _kumo_compute_v1_ListImagesResponse__Output>
  UploadImageData: MethodDefinition<_kumo_compute_v1_UploadImageDataRequest, _kumo_compute_v1_UploadImageDataResponse, _kumo_compute_v1_UploadImageDataRequest__Output, _kumo_compute_v1_UploadImageDataResponse__Output>
}
