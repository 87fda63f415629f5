// Original file: proto/kumo/compute/v1/network.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNetworkRequest as _kumo_compute_v1_CreateNetworkRequest, CreateNetworkRequest__Output as _kumo_compute_v1_CreateNetworkRequest__Output } from '../../../kumo/compute/v1/CreateNetworkRequest.js';
import type { CreateNetworkResponse as _kumo_compute_v1_CreateNetworkResponse, CreateNetworkResponse__Output as _kumo_compute_v1_CreateNetworkResponse__Output } from '../../../kumo/compute/v1/CreateNetworkResponse.js';
import type { DeleteNetworkRequest as _kumo_compute_v1_DeleteNetworkRequest, DeleteNetworkRequest__Output as _kumo_compute_v1_DeleteNetworkRequest__Output } from '../../../kumo/compute/v1/DeleteNetworkRequest.js';
import type { DeleteNetworkResponse as _kumo_compute_v1_DeleteNetworkResponse, DeleteNetworkResponse__Output as _kumo_compute_v1_DeleteNetworkResponse__Output } from '../../../kumo/compute/v1/DeleteNetworkResponse.js';
import type { GetNetworkRequest as _kumo_compute_v1_GetNetworkRequest, GetNetworkRequest__Output as _kumo_compute_v1_GetNetworkRequest__Output } from '../../../kumo/compute/v1/GetNetworkRequest.js';
import type { GetNetworkResponse as _kumo_compute_v1_GetNetworkResponse, GetNetworkResponse__Output as _kumo_compute_v1_GetNetworkResponse__Output } from '../../../kumo/compute/v1/GetNetworkResponse.js';
import type { GetPortRequest as _kumo_compute_v1_GetPortRequest, GetPortRequest__Output as _kumo_compute_v1_GetPortRequest__Output } from '../../../kumo/compute/v1/GetPortRequest.js';
import type { GetPortResponse as _kumo_compute_v1_GetPortResponse, GetPortResponse__Output as _kumo_compute_v1_GetPortResponse__Output } from '../../../kumo/compute/v1/GetPortResponse.js';
import type { ListNetworksRequest as _kumo_compute_v1_ListNetworksRequest, ListNetworksRequest__Output as _kumo_compute_v1_ListNetworksRequest__Output } from '../../../kumo/compute/v1/ListNetworksRequest.js';
import type { ListNetworksResponse as _kumo_compute_v1_ListNetworksResponse, ListNetworksResponse__Output as _kumo_compute_v1_ListNetworksResponse__Output } from '../../../kumo/compute/v1/ListNetworksResponse.js';
import type { ListPortsRequest as _kumo_compute_v1_ListPortsRequest, ListPortsRequest__Output as _kumo_compute_v1_ListPortsRequest__Output } from '../../../kumo/compute/v1/ListPortsRequest.js';
import type { ListPortsResponse as _kumo_compute_v1_ListPortsResponse, ListPortsResponse__Output as _kumo_compute_v1_ListPortsResponse__Output } from '../../../kumo/compute/v1/ListPortsResponse.js';

/**
 * NetworkService manages tenant networks with their subnets, and shows the
 * ports servers hold on them (Neutron's networks, subnets and ports, as
 * far as Nova needs them). Kumo has no data plane yet: networks and ports
 * are IP address management (IPAM) only, and a host's driver gets a
 * server's ports as its NIC configuration.
 */
export interface NetworkServiceClient extends grpc.Client {
  /**
   * CreateNetwork creates a network with one or more subnets. Only admins
   * may create shared networks.
   */
  CreateNetwork(argument: _kumo_compute_v1_CreateNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateNetworkResponse__Output>): grpc.ClientUnaryCall;
  CreateNetwork(argument: _kumo_compute_v1_CreateNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateNetworkResponse__Output>): grpc.ClientUnaryCall;
  CreateNetwork(argument: _kumo_compute_v1_CreateNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateNetworkResponse__Output>): grpc.ClientUnaryCall;
  CreateNetwork(argument: _kumo_compute_v1_CreateNetworkRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateNetworkResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateNetwork creates a network with one or more subnets. Only admins
   * may create shared networks.
   */
  createNetwork(argument: _kumo_compute_v1_CreateNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateNetworkResponse__Output>): grpc.ClientUnaryCall;
  createNetwork(argument: _kumo_compute_v1_CreateNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateNetworkResponse__Output>): grpc.ClientUnaryCall;
  createNetwork(argument: _kumo_compute_v1_CreateNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateNetworkResponse__Output>): grpc.ClientUnaryCall;
  createNetwork(argument: _kumo_compute_v1_CreateNetworkRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateNetworkResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteNetwork deletes a network of the caller's project; refused
   * (FAILED_PRECONDITION) while ports use it.
   */
  DeleteNetwork(argument: _kumo_compute_v1_DeleteNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteNetworkResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetwork(argument: _kumo_compute_v1_DeleteNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteNetworkResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetwork(argument: _kumo_compute_v1_DeleteNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteNetworkResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetwork(argument: _kumo_compute_v1_DeleteNetworkRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteNetworkResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteNetwork deletes a network of the caller's project; refused
   * (FAILED_PRECONDITION) while ports use it.
   */
  deleteNetwork(argument: _kumo_compute_v1_DeleteNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteNetworkResponse__Output>): grpc.ClientUnaryCall;
  deleteNetwork(argument: _kumo_compute_v1_DeleteNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteNetworkResponse__Output>): grpc.ClientUnaryCall;
  deleteNetwork(argument: _kumo_compute_v1_DeleteNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteNetworkResponse__Output>): grpc.ClientUnaryCall;
  deleteNetwork(argument: _kumo_compute_v1_DeleteNetworkRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteNetworkResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetNetwork returns a network of the caller's project, or a shared one.
   */
  GetNetwork(argument: _kumo_compute_v1_GetNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetNetworkResponse__Output>): grpc.ClientUnaryCall;
  GetNetwork(argument: _kumo_compute_v1_GetNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetNetworkResponse__Output>): grpc.ClientUnaryCall;
  GetNetwork(argument: _kumo_compute_v1_GetNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetNetworkResponse__Output>): grpc.ClientUnaryCall;
  GetNetwork(argument: _kumo_compute_v1_GetNetworkRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetNetworkResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetNetwork returns a network of the caller's project, or a shared one.
   */
  getNetwork(argument: _kumo_compute_v1_GetNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetNetworkResponse__Output>): grpc.ClientUnaryCall;
  getNetwork(argument: _kumo_compute_v1_GetNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetNetworkResponse__Output>): grpc.ClientUnaryCall;
  getNetwork(argument: _kumo_compute_v1_GetNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetNetworkResponse__Output>): grpc.ClientUnaryCall;
  getNetwork(argument: _kumo_compute_v1_GetNetworkRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetNetworkResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetPort returns a port of the caller's project.
   */
  GetPort(argument: _kumo_compute_v1_GetPortRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetPortResponse__Output>): grpc.ClientUnaryCall;
  GetPort(argument: _kumo_compute_v1_GetPortRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetPortResponse__Output>): grpc.ClientUnaryCall;
  GetPort(argument: _kumo_compute_v1_GetPortRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetPortResponse__Output>): grpc.ClientUnaryCall;
  GetPort(argument: _kumo_compute_v1_GetPortRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetPortResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetPort returns a port of the caller's project.
   */
  getPort(argument: _kumo_compute_v1_GetPortRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetPortResponse__Output>): grpc.ClientUnaryCall;
  getPort(argument: _kumo_compute_v1_GetPortRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetPortResponse__Output>): grpc.ClientUnaryCall;
  getPort(argument: _kumo_compute_v1_GetPortRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetPortResponse__Output>): grpc.ClientUnaryCall;
  getPort(argument: _kumo_compute_v1_GetPortRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetPortResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListNetworks lists the caller's project's networks and the shared ones.
   */
  ListNetworks(argument: _kumo_compute_v1_ListNetworksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  ListNetworks(argument: _kumo_compute_v1_ListNetworksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  ListNetworks(argument: _kumo_compute_v1_ListNetworksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  ListNetworks(argument: _kumo_compute_v1_ListNetworksRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListNetworks lists the caller's project's networks and the shared ones.
   */
  listNetworks(argument: _kumo_compute_v1_ListNetworksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  listNetworks(argument: _kumo_compute_v1_ListNetworksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  listNetworks(argument: _kumo_compute_v1_ListNetworksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  listNetworks(argument: _kumo_compute_v1_ListNetworksRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListPorts lists the caller's project's ports, by server or network.
   */
  ListPorts(argument: _kumo_compute_v1_ListPortsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListPortsResponse__Output>): grpc.ClientUnaryCall;
  ListPorts(argument: _kumo_compute_v1_ListPortsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListPortsResponse__Output>): grpc.ClientUnaryCall;
  ListPorts(argument: _kumo_compute_v1_ListPortsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListPortsResponse__Output>): grpc.ClientUnaryCall;
  ListPorts(argument: _kumo_compute_v1_ListPortsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListPortsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListPorts lists the caller's project's ports, by server or network.
   */
  listPorts(argument: _kumo_compute_v1_ListPortsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListPortsResponse__Output>): grpc.ClientUnaryCall;
  listPorts(argument: _kumo_compute_v1_ListPortsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListPortsResponse__Output>): grpc.ClientUnaryCall;
  listPorts(argument: _kumo_compute_v1_ListPortsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListPortsResponse__Output>): grpc.ClientUnaryCall;
  listPorts(argument: _kumo_compute_v1_ListPortsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListPortsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * NetworkService manages tenant networks with their subnets, and shows the
 * ports servers hold on them (Neutron's networks, subnets and ports, as
 * far as Nova needs them). Kumo has no data plane yet: networks and ports
 * are IP address management (IPAM) only, and a host's driver gets a
 * server's ports as its NIC configuration.
 */
export interface NetworkServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * CreateNetwork creates a network with one or more subnets. Only admins
   * may create shared networks.
   */
  CreateNetwork: grpc.handleUnaryCall<_kumo_compute_v1_CreateNetworkRequest__Output, _kumo_compute_v1_CreateNetworkResponse>;
  
  /**
   * DeleteNetwork deletes a network of the caller's project; refused
   * (FAILED_PRECONDITION) while ports use it.
   */
  DeleteNetwork: grpc.handleUnaryCall<_kumo_compute_v1_DeleteNetworkRequest__Output, _kumo_compute_v1_DeleteNetworkResponse>;
  
  /**
   * GetNetwork returns a network of the caller's project, or a shared one.
   */
  GetNetwork: grpc.handleUnaryCall<_kumo_compute_v1_GetNetworkRequest__Output, _kumo_compute_v1_GetNetworkResponse>;
  
  /**
   * GetPort returns a port of the caller's project.
   */
  GetPort: grpc.handleUnaryCall<_kumo_compute_v1_GetPortRequest__Output, _kumo_compute_v1_GetPortResponse>;
  
  /**
   * ListNetworks lists the caller's project's networks and the shared ones.
   */
  ListNetworks: grpc.handleUnaryCall<_kumo_compute_v1_ListNetworksRequest__Output, _kumo_compute_v1_ListNetworksResponse>;
  
  /**
   * ListPorts lists the caller's project's ports, by server or network.
   */
  ListPorts: grpc.handleUnaryCall<_kumo_compute_v1_ListPortsRequest__Output, _kumo_compute_v1_ListPortsResponse>;
  
}

export interface NetworkServiceDefinition extends grpc.ServiceDefinition {
  CreateNetwork: MethodDefinition<_kumo_compute_v1_CreateNetworkRequest, _kumo_compute_v1_CreateNetworkResponse, _kumo_compute_v1_CreateNetworkRequest__Output, _kumo_compute_v1_CreateNetworkResponse__Output>
  DeleteNetwork: MethodDefinition<_kumo_compute_v1_DeleteNetworkRequest, _kumo_compute_v1_DeleteNetworkResponse, _kumo_compute_v1_DeleteNetworkRequest__Output, _kumo_compute_v1_DeleteNetworkResponse__Output>
  GetNetwork: MethodDefinition<_kumo_compute_v1_GetNetworkRequest, _kumo_compute_v1_GetNetworkResponse, _kumo_compute_v1_GetNetworkRequest__Output, _kumo_compute_v1_GetNetworkResponse__Output>
  GetPort: MethodDefinition<_kumo_compute_v1_GetPortRequest, _kumo_compute_v1_GetPortResponse, _kumo_compute_v1_GetPortRequest__Output, _kumo_compute_v1_GetPortResponse__Output>
  ListNetworks: MethodDefinition<_kumo_compute_v1_ListNetworksRequest, _kumo_compute_v1_ListNetworksResponse, _kumo_compute_v1_ListNetworksRequest__Output, _kumo_compute_v1_ListNetworksResponse__Output>
  ListPorts: MethodDefinition<_kumo_compute_v1_ListPortsRequest, _kumo_compute_v1_ListPortsResponse, _kumo_compute_v1_ListPortsRequest__Output, _kumo_compute_v1_ListPortsResponse__Output>
}
