// The conductor actors' protocol (subject kumo.v1.rpc.conductor, queue group
// "conductor"). It reuses the public request/response messages: the API edge
// validates and forwards; the caller's identity travels in the envelope.
import { method } from '../actor/protocol.js';
import type * as g from '../gen/types.js';

const C = 'kumo.compute.v1.';

export const ConductorProtocol = {
  BuildInstances: method<g.CreateServerRequest, g.CreateServerRequest__Output, g.CreateServerResponse, g.CreateServerResponse__Output>(`${C}CreateServerRequest`, `${C}CreateServerResponse`),
  GetServer: method<g.GetServerRequest, g.GetServerRequest__Output, g.GetServerResponse, g.GetServerResponse__Output>(`${C}GetServerRequest`, `${C}GetServerResponse`),
  ListServers: method<g.ListServersRequest, g.ListServersRequest__Output, g.ListServersResponse, g.ListServersResponse__Output>(`${C}ListServersRequest`, `${C}ListServersResponse`),
  DeleteServer: method<g.DeleteServerRequest, g.DeleteServerRequest__Output, g.DeleteServerResponse, g.DeleteServerResponse__Output>(`${C}DeleteServerRequest`, `${C}DeleteServerResponse`),
  CreateFlavor: method<g.CreateFlavorRequest, g.CreateFlavorRequest__Output, g.CreateFlavorResponse, g.CreateFlavorResponse__Output>(`${C}CreateFlavorRequest`, `${C}CreateFlavorResponse`),
  GetFlavor: method<g.GetFlavorRequest, g.GetFlavorRequest__Output, g.GetFlavorResponse, g.GetFlavorResponse__Output>(`${C}GetFlavorRequest`, `${C}GetFlavorResponse`),
  ListFlavors: method<g.ListFlavorsRequest, g.ListFlavorsRequest__Output, g.ListFlavorsResponse, g.ListFlavorsResponse__Output>(`${C}ListFlavorsRequest`, `${C}ListFlavorsResponse`),
  DeleteFlavor: method<g.DeleteFlavorRequest, g.DeleteFlavorRequest__Output, g.DeleteFlavorResponse, g.DeleteFlavorResponse__Output>(`${C}DeleteFlavorRequest`, `${C}DeleteFlavorResponse`),
  CreateImage: method<g.CreateImageRequest, g.CreateImageRequest__Output, g.CreateImageResponse, g.CreateImageResponse__Output>(`${C}CreateImageRequest`, `${C}CreateImageResponse`),
  GetImage: method<g.GetImageRequest, g.GetImageRequest__Output, g.GetImageResponse, g.GetImageResponse__Output>(`${C}GetImageRequest`, `${C}GetImageResponse`),
  ListImages: method<g.ListImagesRequest, g.ListImagesRequest__Output, g.ListImagesResponse, g.ListImagesResponse__Output>(`${C}ListImagesRequest`, `${C}ListImagesResponse`),
  DeleteImage: method<g.DeleteImageRequest, g.DeleteImageRequest__Output, g.DeleteImageResponse, g.DeleteImageResponse__Output>(`${C}DeleteImageRequest`, `${C}DeleteImageResponse`),
  CreateKeypair: method<g.CreateKeypairRequest, g.CreateKeypairRequest__Output, g.CreateKeypairResponse, g.CreateKeypairResponse__Output>(`${C}CreateKeypairRequest`, `${C}CreateKeypairResponse`),
  GetKeypair: method<g.GetKeypairRequest, g.GetKeypairRequest__Output, g.GetKeypairResponse, g.GetKeypairResponse__Output>(`${C}GetKeypairRequest`, `${C}GetKeypairResponse`),
  ListKeypairs: method<g.ListKeypairsRequest, g.ListKeypairsRequest__Output, g.ListKeypairsResponse, g.ListKeypairsResponse__Output>(`${C}ListKeypairsRequest`, `${C}ListKeypairsResponse`),
  DeleteKeypair: method<g.DeleteKeypairRequest, g.DeleteKeypairRequest__Output, g.DeleteKeypairResponse, g.DeleteKeypairResponse__Output>(`${C}DeleteKeypairRequest`, `${C}DeleteKeypairResponse`),
  ListHypervisors: method<g.ListHypervisorsRequest, g.ListHypervisorsRequest__Output, g.ListHypervisorsResponse, g.ListHypervisorsResponse__Output>(`${C}ListHypervisorsRequest`, `${C}ListHypervisorsResponse`),
  GetHypervisor: method<g.GetHypervisorRequest, g.GetHypervisorRequest__Output, g.GetHypervisorResponse, g.GetHypervisorResponse__Output>(`${C}GetHypervisorRequest`, `${C}GetHypervisorResponse`),
};

export type ConductorProtocol = typeof ConductorProtocol;
