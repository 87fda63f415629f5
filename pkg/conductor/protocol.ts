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
  GetHypervisorStatistics: method<g.GetHypervisorStatisticsRequest, g.GetHypervisorStatisticsRequest__Output, g.GetHypervisorStatisticsResponse, g.GetHypervisorStatisticsResponse__Output>(`${C}GetHypervisorStatisticsRequest`, `${C}GetHypervisorStatisticsResponse`),
  ListComputeServices: method<g.ListComputeServicesRequest, g.ListComputeServicesRequest__Output, g.ListComputeServicesResponse, g.ListComputeServicesResponse__Output>(`${C}ListComputeServicesRequest`, `${C}ListComputeServicesResponse`),
  UpdateComputeService: method<g.UpdateComputeServiceRequest, g.UpdateComputeServiceRequest__Output, g.UpdateComputeServiceResponse, g.UpdateComputeServiceResponse__Output>(`${C}UpdateComputeServiceRequest`, `${C}UpdateComputeServiceResponse`),
  CreateAggregate: method<g.CreateAggregateRequest, g.CreateAggregateRequest__Output, g.CreateAggregateResponse, g.CreateAggregateResponse__Output>(`${C}CreateAggregateRequest`, `${C}CreateAggregateResponse`),
  GetAggregate: method<g.GetAggregateRequest, g.GetAggregateRequest__Output, g.GetAggregateResponse, g.GetAggregateResponse__Output>(`${C}GetAggregateRequest`, `${C}GetAggregateResponse`),
  ListAggregates: method<g.ListAggregatesRequest, g.ListAggregatesRequest__Output, g.ListAggregatesResponse, g.ListAggregatesResponse__Output>(`${C}ListAggregatesRequest`, `${C}ListAggregatesResponse`),
  DeleteAggregate: method<g.DeleteAggregateRequest, g.DeleteAggregateRequest__Output, g.DeleteAggregateResponse, g.DeleteAggregateResponse__Output>(`${C}DeleteAggregateRequest`, `${C}DeleteAggregateResponse`),
  AddAggregateHost: method<g.AddAggregateHostRequest, g.AddAggregateHostRequest__Output, g.AddAggregateHostResponse, g.AddAggregateHostResponse__Output>(`${C}AddAggregateHostRequest`, `${C}AddAggregateHostResponse`),
  RemoveAggregateHost: method<g.RemoveAggregateHostRequest, g.RemoveAggregateHostRequest__Output, g.RemoveAggregateHostResponse, g.RemoveAggregateHostResponse__Output>(`${C}RemoveAggregateHostRequest`, `${C}RemoveAggregateHostResponse`),
  SetAggregateMetadata: method<g.SetAggregateMetadataRequest, g.SetAggregateMetadataRequest__Output, g.SetAggregateMetadataResponse, g.SetAggregateMetadataResponse__Output>(`${C}SetAggregateMetadataRequest`, `${C}SetAggregateMetadataResponse`),
  CreateServerGroup: method<g.CreateServerGroupRequest, g.CreateServerGroupRequest__Output, g.CreateServerGroupResponse, g.CreateServerGroupResponse__Output>(`${C}CreateServerGroupRequest`, `${C}CreateServerGroupResponse`),
  GetServerGroup: method<g.GetServerGroupRequest, g.GetServerGroupRequest__Output, g.GetServerGroupResponse, g.GetServerGroupResponse__Output>(`${C}GetServerGroupRequest`, `${C}GetServerGroupResponse`),
  ListServerGroups: method<g.ListServerGroupsRequest, g.ListServerGroupsRequest__Output, g.ListServerGroupsResponse, g.ListServerGroupsResponse__Output>(`${C}ListServerGroupsRequest`, `${C}ListServerGroupsResponse`),
  DeleteServerGroup: method<g.DeleteServerGroupRequest, g.DeleteServerGroupRequest__Output, g.DeleteServerGroupResponse, g.DeleteServerGroupResponse__Output>(`${C}DeleteServerGroupRequest`, `${C}DeleteServerGroupResponse`),
  ListAvailabilityZones: method<g.ListAvailabilityZonesRequest, g.ListAvailabilityZonesRequest__Output, g.ListAvailabilityZonesResponse, g.ListAvailabilityZonesResponse__Output>(`${C}ListAvailabilityZonesRequest`, `${C}ListAvailabilityZonesResponse`),
  ExplainPlacement: method<g.ExplainPlacementRequest, g.ExplainPlacementRequest__Output, g.ExplainPlacementResponse, g.ExplainPlacementResponse__Output>(`${C}ExplainPlacementRequest`, `${C}ExplainPlacementResponse`),
  /** An action on a server no host holds (shelved-offloaded, scheduling), or one that needs the conductor (evacuate, unshelve). */
  ServerAction: method<g.InstanceActionRequest, g.InstanceActionRequest__Output, g.InstanceActionResponse, g.InstanceActionResponse__Output>('kumo.internal.v1.InstanceActionRequest', 'kumo.internal.v1.InstanceActionResponse'),
  /** An upload begins: the QUEUED image becomes SAVING (pkg/api/image_data_service.ts). */
  StartImageUpload: method<g.StartImageUploadRequest, g.StartImageUploadRequest__Output, g.StartImageUploadResponse, g.StartImageUploadResponse__Output>('kumo.internal.v1.StartImageUploadRequest', 'kumo.internal.v1.StartImageUploadResponse'),
  /** An upload ended: the SAVING image becomes ACTIVE (with size and checksum) or KILLED. */
  FinishImageUpload: method<g.FinishImageUploadRequest, g.FinishImageUploadRequest__Output, g.FinishImageUploadResponse, g.FinishImageUploadResponse__Output>('kumo.internal.v1.FinishImageUploadRequest', 'kumo.internal.v1.FinishImageUploadResponse'),
  /** A server's instance actions, newest first, without events (pkg/conductor/instance_actions.ts). */
  ListInstanceActions: method<g.ListInstanceActionsRequest, g.ListInstanceActionsRequest__Output, g.ListInstanceActionsResponse, g.ListInstanceActionsResponse__Output>(`${C}ListInstanceActionsRequest`, `${C}ListInstanceActionsResponse`),
  /** One instance action with its events, in start order. */
  GetInstanceAction: method<g.GetInstanceActionRequest, g.GetInstanceActionRequest__Output, g.GetInstanceActionResponse, g.GetInstanceActionResponse__Output>(`${C}GetInstanceActionRequest`, `${C}GetInstanceActionResponse`),
  /** Networks and ports (pkg/conductor/networks.ts). */
  CreateNetwork: method<g.CreateNetworkRequest, g.CreateNetworkRequest__Output, g.CreateNetworkResponse, g.CreateNetworkResponse__Output>(`${C}CreateNetworkRequest`, `${C}CreateNetworkResponse`),
  GetNetwork: method<g.GetNetworkRequest, g.GetNetworkRequest__Output, g.GetNetworkResponse, g.GetNetworkResponse__Output>(`${C}GetNetworkRequest`, `${C}GetNetworkResponse`),
  ListNetworks: method<g.ListNetworksRequest, g.ListNetworksRequest__Output, g.ListNetworksResponse, g.ListNetworksResponse__Output>(`${C}ListNetworksRequest`, `${C}ListNetworksResponse`),
  DeleteNetwork: method<g.DeleteNetworkRequest, g.DeleteNetworkRequest__Output, g.DeleteNetworkResponse, g.DeleteNetworkResponse__Output>(`${C}DeleteNetworkRequest`, `${C}DeleteNetworkResponse`),
  GetPort: method<g.GetPortRequest, g.GetPortRequest__Output, g.GetPortResponse, g.GetPortResponse__Output>(`${C}GetPortRequest`, `${C}GetPortResponse`),
  ListPorts: method<g.ListPortsRequest, g.ListPortsRequest__Output, g.ListPortsResponse, g.ListPortsResponse__Output>(`${C}ListPortsRequest`, `${C}ListPortsResponse`),
  /** Floating IPs and security groups (pkg/conductor/floating_ips.ts, security_groups.ts). */
  CreateFloatingIp: method<g.CreateFloatingIpRequest, g.CreateFloatingIpRequest__Output, g.CreateFloatingIpResponse, g.CreateFloatingIpResponse__Output>(`${C}CreateFloatingIpRequest`, `${C}CreateFloatingIpResponse`),
  GetFloatingIp: method<g.GetFloatingIpRequest, g.GetFloatingIpRequest__Output, g.GetFloatingIpResponse, g.GetFloatingIpResponse__Output>(`${C}GetFloatingIpRequest`, `${C}GetFloatingIpResponse`),
  ListFloatingIps: method<g.ListFloatingIpsRequest, g.ListFloatingIpsRequest__Output, g.ListFloatingIpsResponse, g.ListFloatingIpsResponse__Output>(`${C}ListFloatingIpsRequest`, `${C}ListFloatingIpsResponse`),
  DeleteFloatingIp: method<g.DeleteFloatingIpRequest, g.DeleteFloatingIpRequest__Output, g.DeleteFloatingIpResponse, g.DeleteFloatingIpResponse__Output>(`${C}DeleteFloatingIpRequest`, `${C}DeleteFloatingIpResponse`),
  AddFloatingIp: method<g.AddFloatingIpRequest, g.AddFloatingIpRequest__Output, g.AddFloatingIpResponse, g.AddFloatingIpResponse__Output>(`${C}AddFloatingIpRequest`, `${C}AddFloatingIpResponse`),
  RemoveFloatingIp: method<g.RemoveFloatingIpRequest, g.RemoveFloatingIpRequest__Output, g.RemoveFloatingIpResponse, g.RemoveFloatingIpResponse__Output>(`${C}RemoveFloatingIpRequest`, `${C}RemoveFloatingIpResponse`),
  CreateSecurityGroup: method<g.CreateSecurityGroupRequest, g.CreateSecurityGroupRequest__Output, g.CreateSecurityGroupResponse, g.CreateSecurityGroupResponse__Output>(`${C}CreateSecurityGroupRequest`, `${C}CreateSecurityGroupResponse`),
  GetSecurityGroup: method<g.GetSecurityGroupRequest, g.GetSecurityGroupRequest__Output, g.GetSecurityGroupResponse, g.GetSecurityGroupResponse__Output>(`${C}GetSecurityGroupRequest`, `${C}GetSecurityGroupResponse`),
  ListSecurityGroups: method<g.ListSecurityGroupsRequest, g.ListSecurityGroupsRequest__Output, g.ListSecurityGroupsResponse, g.ListSecurityGroupsResponse__Output>(`${C}ListSecurityGroupsRequest`, `${C}ListSecurityGroupsResponse`),
  DeleteSecurityGroup: method<g.DeleteSecurityGroupRequest, g.DeleteSecurityGroupRequest__Output, g.DeleteSecurityGroupResponse, g.DeleteSecurityGroupResponse__Output>(`${C}DeleteSecurityGroupRequest`, `${C}DeleteSecurityGroupResponse`),
  CreateSecurityGroupRule: method<g.CreateSecurityGroupRuleRequest, g.CreateSecurityGroupRuleRequest__Output, g.CreateSecurityGroupRuleResponse, g.CreateSecurityGroupRuleResponse__Output>(`${C}CreateSecurityGroupRuleRequest`, `${C}CreateSecurityGroupRuleResponse`),
  ListSecurityGroupRules: method<g.ListSecurityGroupRulesRequest, g.ListSecurityGroupRulesRequest__Output, g.ListSecurityGroupRulesResponse, g.ListSecurityGroupRulesResponse__Output>(`${C}ListSecurityGroupRulesRequest`, `${C}ListSecurityGroupRulesResponse`),
  DeleteSecurityGroupRule: method<g.DeleteSecurityGroupRuleRequest, g.DeleteSecurityGroupRuleRequest__Output, g.DeleteSecurityGroupRuleResponse, g.DeleteSecurityGroupRuleResponse__Output>(`${C}DeleteSecurityGroupRuleRequest`, `${C}DeleteSecurityGroupRuleResponse`),
  AddSecurityGroup: method<g.AddSecurityGroupRequest, g.AddSecurityGroupRequest__Output, g.AddSecurityGroupResponse, g.AddSecurityGroupResponse__Output>(`${C}AddSecurityGroupRequest`, `${C}AddSecurityGroupResponse`),
  RemoveSecurityGroup: method<g.RemoveSecurityGroupRequest, g.RemoveSecurityGroupRequest__Output, g.RemoveSecurityGroupResponse, g.RemoveSecurityGroupResponse__Output>(`${C}RemoveSecurityGroupRequest`, `${C}RemoveSecurityGroupResponse`),
  /** Quotas: limits and usage per project (pkg/quota/quotas.ts). */
  GetQuota: method<g.GetQuotaRequest, g.GetQuotaRequest__Output, g.GetQuotaResponse, g.GetQuotaResponse__Output>(`${C}GetQuotaRequest`, `${C}GetQuotaResponse`),
  UpdateQuota: method<g.UpdateQuotaRequest, g.UpdateQuotaRequest__Output, g.UpdateQuotaResponse, g.UpdateQuotaResponse__Output>(`${C}UpdateQuotaRequest`, `${C}UpdateQuotaResponse`),
  DeleteQuota: method<g.DeleteQuotaRequest, g.DeleteQuotaRequest__Output, g.DeleteQuotaResponse, g.DeleteQuotaResponse__Output>(`${C}DeleteQuotaRequest`, `${C}DeleteQuotaResponse`),
  GetLimits: method<g.GetLimitsRequest, g.GetLimitsRequest__Output, g.GetLimitsResponse, g.GetLimitsResponse__Output>(`${C}GetLimitsRequest`, `${C}GetLimitsResponse`),
};

export type ConductorProtocol = typeof ConductorProtocol;
