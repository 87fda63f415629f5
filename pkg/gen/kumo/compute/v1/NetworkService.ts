// Original file: proto/kumo/compute/v1/network.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddFloatingIpRequest as _kumo_compute_v1_AddFloatingIpRequest, AddFloatingIpRequest__Output as _kumo_compute_v1_AddFloatingIpRequest__Output } from '../../../kumo/compute/v1/AddFloatingIpRequest.js';
import type { AddFloatingIpResponse as _kumo_compute_v1_AddFloatingIpResponse, AddFloatingIpResponse__Output as _kumo_compute_v1_AddFloatingIpResponse__Output } from '../../../kumo/compute/v1/AddFloatingIpResponse.js';
import type { AddSecurityGroupRequest as _kumo_compute_v1_AddSecurityGroupRequest, AddSecurityGroupRequest__Output as _kumo_compute_v1_AddSecurityGroupRequest__Output } from '../../../kumo/compute/v1/AddSecurityGroupRequest.js';
import type { AddSecurityGroupResponse as _kumo_compute_v1_AddSecurityGroupResponse, AddSecurityGroupResponse__Output as _kumo_compute_v1_AddSecurityGroupResponse__Output } from '../../../kumo/compute/v1/AddSecurityGroupResponse.js';
import type { CreateFloatingIpRequest as _kumo_compute_v1_CreateFloatingIpRequest, CreateFloatingIpRequest__Output as _kumo_compute_v1_CreateFloatingIpRequest__Output } from '../../../kumo/compute/v1/CreateFloatingIpRequest.js';
import type { CreateFloatingIpResponse as _kumo_compute_v1_CreateFloatingIpResponse, CreateFloatingIpResponse__Output as _kumo_compute_v1_CreateFloatingIpResponse__Output } from '../../../kumo/compute/v1/CreateFloatingIpResponse.js';
import type { CreateNetworkRequest as _kumo_compute_v1_CreateNetworkRequest, CreateNetworkRequest__Output as _kumo_compute_v1_CreateNetworkRequest__Output } from '../../../kumo/compute/v1/CreateNetworkRequest.js';
import type { CreateNetworkResponse as _kumo_compute_v1_CreateNetworkResponse, CreateNetworkResponse__Output as _kumo_compute_v1_CreateNetworkResponse__Output } from '../../../kumo/compute/v1/CreateNetworkResponse.js';
import type { CreateSecurityGroupRequest as _kumo_compute_v1_CreateSecurityGroupRequest, CreateSecurityGroupRequest__Output as _kumo_compute_v1_CreateSecurityGroupRequest__Output } from '../../../kumo/compute/v1/CreateSecurityGroupRequest.js';
import type { CreateSecurityGroupResponse as _kumo_compute_v1_CreateSecurityGroupResponse, CreateSecurityGroupResponse__Output as _kumo_compute_v1_CreateSecurityGroupResponse__Output } from '../../../kumo/compute/v1/CreateSecurityGroupResponse.js';
import type { CreateSecurityGroupRuleRequest as _kumo_compute_v1_CreateSecurityGroupRuleRequest, CreateSecurityGroupRuleRequest__Output as _kumo_compute_v1_CreateSecurityGroupRuleRequest__Output } from '../../../kumo/compute/v1/CreateSecurityGroupRuleRequest.js';
import type { CreateSecurityGroupRuleResponse as _kumo_compute_v1_CreateSecurityGroupRuleResponse, CreateSecurityGroupRuleResponse__Output as _kumo_compute_v1_CreateSecurityGroupRuleResponse__Output } from '../../../kumo/compute/v1/CreateSecurityGroupRuleResponse.js';
import type { DeleteFloatingIpRequest as _kumo_compute_v1_DeleteFloatingIpRequest, DeleteFloatingIpRequest__Output as _kumo_compute_v1_DeleteFloatingIpRequest__Output } from '../../../kumo/compute/v1/DeleteFloatingIpRequest.js';
import type { DeleteFloatingIpResponse as _kumo_compute_v1_DeleteFloatingIpResponse, DeleteFloatingIpResponse__Output as _kumo_compute_v1_DeleteFloatingIpResponse__Output } from '../../../kumo/compute/v1/DeleteFloatingIpResponse.js';
import type { DeleteNetworkRequest as _kumo_compute_v1_DeleteNetworkRequest, DeleteNetworkRequest__Output as _kumo_compute_v1_DeleteNetworkRequest__Output } from '../../../kumo/compute/v1/DeleteNetworkRequest.js';
import type { DeleteNetworkResponse as _kumo_compute_v1_DeleteNetworkResponse, DeleteNetworkResponse__Output as _kumo_compute_v1_DeleteNetworkResponse__Output } from '../../../kumo/compute/v1/DeleteNetworkResponse.js';
import type { DeleteSecurityGroupRequest as _kumo_compute_v1_DeleteSecurityGroupRequest, DeleteSecurityGroupRequest__Output as _kumo_compute_v1_DeleteSecurityGroupRequest__Output } from '../../../kumo/compute/v1/DeleteSecurityGroupRequest.js';
import type { DeleteSecurityGroupResponse as _kumo_compute_v1_DeleteSecurityGroupResponse, DeleteSecurityGroupResponse__Output as _kumo_compute_v1_DeleteSecurityGroupResponse__Output } from '../../../kumo/compute/v1/DeleteSecurityGroupResponse.js';
import type { DeleteSecurityGroupRuleRequest as _kumo_compute_v1_DeleteSecurityGroupRuleRequest, DeleteSecurityGroupRuleRequest__Output as _kumo_compute_v1_DeleteSecurityGroupRuleRequest__Output } from '../../../kumo/compute/v1/DeleteSecurityGroupRuleRequest.js';
import type { DeleteSecurityGroupRuleResponse as _kumo_compute_v1_DeleteSecurityGroupRuleResponse, DeleteSecurityGroupRuleResponse__Output as _kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output } from '../../../kumo/compute/v1/DeleteSecurityGroupRuleResponse.js';
import type { GetFloatingIpRequest as _kumo_compute_v1_GetFloatingIpRequest, GetFloatingIpRequest__Output as _kumo_compute_v1_GetFloatingIpRequest__Output } from '../../../kumo/compute/v1/GetFloatingIpRequest.js';
import type { GetFloatingIpResponse as _kumo_compute_v1_GetFloatingIpResponse, GetFloatingIpResponse__Output as _kumo_compute_v1_GetFloatingIpResponse__Output } from '../../../kumo/compute/v1/GetFloatingIpResponse.js';
import type { GetNetworkRequest as _kumo_compute_v1_GetNetworkRequest, GetNetworkRequest__Output as _kumo_compute_v1_GetNetworkRequest__Output } from '../../../kumo/compute/v1/GetNetworkRequest.js';
import type { GetNetworkResponse as _kumo_compute_v1_GetNetworkResponse, GetNetworkResponse__Output as _kumo_compute_v1_GetNetworkResponse__Output } from '../../../kumo/compute/v1/GetNetworkResponse.js';
import type { GetPortRequest as _kumo_compute_v1_GetPortRequest, GetPortRequest__Output as _kumo_compute_v1_GetPortRequest__Output } from '../../../kumo/compute/v1/GetPortRequest.js';
import type { GetPortResponse as _kumo_compute_v1_GetPortResponse, GetPortResponse__Output as _kumo_compute_v1_GetPortResponse__Output } from '../../../kumo/compute/v1/GetPortResponse.js';
import type { GetSecurityGroupRequest as _kumo_compute_v1_GetSecurityGroupRequest, GetSecurityGroupRequest__Output as _kumo_compute_v1_GetSecurityGroupRequest__Output } from '../../../kumo/compute/v1/GetSecurityGroupRequest.js';
import type { GetSecurityGroupResponse as _kumo_compute_v1_GetSecurityGroupResponse, GetSecurityGroupResponse__Output as _kumo_compute_v1_GetSecurityGroupResponse__Output } from '../../../kumo/compute/v1/GetSecurityGroupResponse.js';
import type { ListFloatingIpsRequest as _kumo_compute_v1_ListFloatingIpsRequest, ListFloatingIpsRequest__Output as _kumo_compute_v1_ListFloatingIpsRequest__Output } from '../../../kumo/compute/v1/ListFloatingIpsRequest.js';
import type { ListFloatingIpsResponse as _kumo_compute_v1_ListFloatingIpsResponse, ListFloatingIpsResponse__Output as _kumo_compute_v1_ListFloatingIpsResponse__Output } from '../../../kumo/compute/v1/ListFloatingIpsResponse.js';
import type { ListNetworksRequest as _kumo_compute_v1_ListNetworksRequest, ListNetworksRequest__Output as _kumo_compute_v1_ListNetworksRequest__Output } from '../../../kumo/compute/v1/ListNetworksRequest.js';
import type { ListNetworksResponse as _kumo_compute_v1_ListNetworksResponse, ListNetworksResponse__Output as _kumo_compute_v1_ListNetworksResponse__Output } from '../../../kumo/compute/v1/ListNetworksResponse.js';
import type { ListPortsRequest as _kumo_compute_v1_ListPortsRequest, ListPortsRequest__Output as _kumo_compute_v1_ListPortsRequest__Output } from '../../../kumo/compute/v1/ListPortsRequest.js';
import type { ListPortsResponse as _kumo_compute_v1_ListPortsResponse, ListPortsResponse__Output as _kumo_compute_v1_ListPortsResponse__Output } from '../../../kumo/compute/v1/ListPortsResponse.js';
import type { ListSecurityGroupRulesRequest as _kumo_compute_v1_ListSecurityGroupRulesRequest, ListSecurityGroupRulesRequest__Output as _kumo_compute_v1_ListSecurityGroupRulesRequest__Output } from '../../../kumo/compute/v1/ListSecurityGroupRulesRequest.js';
import type { ListSecurityGroupRulesResponse as _kumo_compute_v1_ListSecurityGroupRulesResponse, ListSecurityGroupRulesResponse__Output as _kumo_compute_v1_ListSecurityGroupRulesResponse__Output } from '../../../kumo/compute/v1/ListSecurityGroupRulesResponse.js';
import type { ListSecurityGroupsRequest as _kumo_compute_v1_ListSecurityGroupsRequest, ListSecurityGroupsRequest__Output as _kumo_compute_v1_ListSecurityGroupsRequest__Output } from '../../../kumo/compute/v1/ListSecurityGroupsRequest.js';
import type { ListSecurityGroupsResponse as _kumo_compute_v1_ListSecurityGroupsResponse, ListSecurityGroupsResponse__Output as _kumo_compute_v1_ListSecurityGroupsResponse__Output } from '../../../kumo/compute/v1/ListSecurityGroupsResponse.js';
import type { RemoveFloatingIpRequest as _kumo_compute_v1_RemoveFloatingIpRequest, RemoveFloatingIpRequest__Output as _kumo_compute_v1_RemoveFloatingIpRequest__Output } from '../../../kumo/compute/v1/RemoveFloatingIpRequest.js';
import type { RemoveFloatingIpResponse as _kumo_compute_v1_RemoveFloatingIpResponse, RemoveFloatingIpResponse__Output as _kumo_compute_v1_RemoveFloatingIpResponse__Output } from '../../../kumo/compute/v1/RemoveFloatingIpResponse.js';
import type { RemoveSecurityGroupRequest as _kumo_compute_v1_RemoveSecurityGroupRequest, RemoveSecurityGroupRequest__Output as _kumo_compute_v1_RemoveSecurityGroupRequest__Output } from '../../../kumo/compute/v1/RemoveSecurityGroupRequest.js';
import type { RemoveSecurityGroupResponse as _kumo_compute_v1_RemoveSecurityGroupResponse, RemoveSecurityGroupResponse__Output as _kumo_compute_v1_RemoveSecurityGroupResponse__Output } from '../../../kumo/compute/v1/RemoveSecurityGroupResponse.js';

/**
 * NetworkService manages tenant networks with their subnets, and shows the
 * ports servers hold on them (Neutron's networks, subnets and ports, as
 * far as Nova needs them). Kumo has no data plane yet: networks and ports
 * are IP address management (IPAM) only, and a host's driver gets a
 * server's ports as its NIC configuration.
 */
export interface NetworkServiceClient extends grpc.Client {
  /**
   * AddFloatingIp associates a floating IP with a fixed IP of a server;
   * FAILED_PRECONDITION when it serves another fixed IP already.
   */
  AddFloatingIp(argument: _kumo_compute_v1_AddFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  AddFloatingIp(argument: _kumo_compute_v1_AddFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_AddFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  AddFloatingIp(argument: _kumo_compute_v1_AddFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  AddFloatingIp(argument: _kumo_compute_v1_AddFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_AddFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  /**
   * AddFloatingIp associates a floating IP with a fixed IP of a server;
   * FAILED_PRECONDITION when it serves another fixed IP already.
   */
  addFloatingIp(argument: _kumo_compute_v1_AddFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  addFloatingIp(argument: _kumo_compute_v1_AddFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_AddFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  addFloatingIp(argument: _kumo_compute_v1_AddFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  addFloatingIp(argument: _kumo_compute_v1_AddFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_AddFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * AddSecurityGroup adds a security group to every port of a server.
   */
  AddSecurityGroup(argument: _kumo_compute_v1_AddSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  AddSecurityGroup(argument: _kumo_compute_v1_AddSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_AddSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  AddSecurityGroup(argument: _kumo_compute_v1_AddSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  AddSecurityGroup(argument: _kumo_compute_v1_AddSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_AddSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * AddSecurityGroup adds a security group to every port of a server.
   */
  addSecurityGroup(argument: _kumo_compute_v1_AddSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  addSecurityGroup(argument: _kumo_compute_v1_AddSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_AddSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  addSecurityGroup(argument: _kumo_compute_v1_AddSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  addSecurityGroup(argument: _kumo_compute_v1_AddSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_AddSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * CreateFloatingIp allocates a floating IP to the caller's project from a
   * pool (an external network); RESOURCE_EXHAUSTED past the project's
   * floating IP quota or when the pool has no free address.
   */
  CreateFloatingIp(argument: _kumo_compute_v1_CreateFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  CreateFloatingIp(argument: _kumo_compute_v1_CreateFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  CreateFloatingIp(argument: _kumo_compute_v1_CreateFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  CreateFloatingIp(argument: _kumo_compute_v1_CreateFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateFloatingIp allocates a floating IP to the caller's project from a
   * pool (an external network); RESOURCE_EXHAUSTED past the project's
   * floating IP quota or when the pool has no free address.
   */
  createFloatingIp(argument: _kumo_compute_v1_CreateFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  createFloatingIp(argument: _kumo_compute_v1_CreateFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  createFloatingIp(argument: _kumo_compute_v1_CreateFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  createFloatingIp(argument: _kumo_compute_v1_CreateFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  
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
   * CreateSecurityGroup creates a security group in the caller's project.
   */
  CreateSecurityGroup(argument: _kumo_compute_v1_CreateSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateSecurityGroup(argument: _kumo_compute_v1_CreateSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateSecurityGroup(argument: _kumo_compute_v1_CreateSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  CreateSecurityGroup(argument: _kumo_compute_v1_CreateSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateSecurityGroup creates a security group in the caller's project.
   */
  createSecurityGroup(argument: _kumo_compute_v1_CreateSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  createSecurityGroup(argument: _kumo_compute_v1_CreateSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  createSecurityGroup(argument: _kumo_compute_v1_CreateSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  createSecurityGroup(argument: _kumo_compute_v1_CreateSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * CreateSecurityGroupRule adds a rule to a group; ALREADY_EXISTS when an
   * equal rule is there.
   */
  CreateSecurityGroupRule(argument: _kumo_compute_v1_CreateSecurityGroupRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  CreateSecurityGroupRule(argument: _kumo_compute_v1_CreateSecurityGroupRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  CreateSecurityGroupRule(argument: _kumo_compute_v1_CreateSecurityGroupRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  CreateSecurityGroupRule(argument: _kumo_compute_v1_CreateSecurityGroupRuleRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateSecurityGroupRule adds a rule to a group; ALREADY_EXISTS when an
   * equal rule is there.
   */
  createSecurityGroupRule(argument: _kumo_compute_v1_CreateSecurityGroupRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  createSecurityGroupRule(argument: _kumo_compute_v1_CreateSecurityGroupRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  createSecurityGroupRule(argument: _kumo_compute_v1_CreateSecurityGroupRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  createSecurityGroupRule(argument: _kumo_compute_v1_CreateSecurityGroupRuleRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteFloatingIp releases a floating IP (disassociating it first).
   */
  DeleteFloatingIp(argument: _kumo_compute_v1_DeleteFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  DeleteFloatingIp(argument: _kumo_compute_v1_DeleteFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  DeleteFloatingIp(argument: _kumo_compute_v1_DeleteFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  DeleteFloatingIp(argument: _kumo_compute_v1_DeleteFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteFloatingIp releases a floating IP (disassociating it first).
   */
  deleteFloatingIp(argument: _kumo_compute_v1_DeleteFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  deleteFloatingIp(argument: _kumo_compute_v1_DeleteFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  deleteFloatingIp(argument: _kumo_compute_v1_DeleteFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  deleteFloatingIp(argument: _kumo_compute_v1_DeleteFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  
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
   * DeleteSecurityGroup deletes a group; refused (FAILED_PRECONDITION) for
   * the default group and while servers use it.
   */
  DeleteSecurityGroup(argument: _kumo_compute_v1_DeleteSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteSecurityGroup(argument: _kumo_compute_v1_DeleteSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteSecurityGroup(argument: _kumo_compute_v1_DeleteSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  DeleteSecurityGroup(argument: _kumo_compute_v1_DeleteSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteSecurityGroup deletes a group; refused (FAILED_PRECONDITION) for
   * the default group and while servers use it.
   */
  deleteSecurityGroup(argument: _kumo_compute_v1_DeleteSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteSecurityGroup(argument: _kumo_compute_v1_DeleteSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteSecurityGroup(argument: _kumo_compute_v1_DeleteSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  deleteSecurityGroup(argument: _kumo_compute_v1_DeleteSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * DeleteSecurityGroupRule deletes a rule.
   */
  DeleteSecurityGroupRule(argument: _kumo_compute_v1_DeleteSecurityGroupRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteSecurityGroupRule(argument: _kumo_compute_v1_DeleteSecurityGroupRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteSecurityGroupRule(argument: _kumo_compute_v1_DeleteSecurityGroupRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteSecurityGroupRule(argument: _kumo_compute_v1_DeleteSecurityGroupRuleRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteSecurityGroupRule deletes a rule.
   */
  deleteSecurityGroupRule(argument: _kumo_compute_v1_DeleteSecurityGroupRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteSecurityGroupRule(argument: _kumo_compute_v1_DeleteSecurityGroupRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteSecurityGroupRule(argument: _kumo_compute_v1_DeleteSecurityGroupRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteSecurityGroupRule(argument: _kumo_compute_v1_DeleteSecurityGroupRuleRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * GetFloatingIp returns a floating IP of the caller's project.
   */
  GetFloatingIp(argument: _kumo_compute_v1_GetFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  GetFloatingIp(argument: _kumo_compute_v1_GetFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  GetFloatingIp(argument: _kumo_compute_v1_GetFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  GetFloatingIp(argument: _kumo_compute_v1_GetFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetFloatingIp returns a floating IP of the caller's project.
   */
  getFloatingIp(argument: _kumo_compute_v1_GetFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  getFloatingIp(argument: _kumo_compute_v1_GetFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  getFloatingIp(argument: _kumo_compute_v1_GetFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  getFloatingIp(argument: _kumo_compute_v1_GetFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  
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
   * GetSecurityGroup returns a group of the caller's project.
   */
  GetSecurityGroup(argument: _kumo_compute_v1_GetSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  GetSecurityGroup(argument: _kumo_compute_v1_GetSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  GetSecurityGroup(argument: _kumo_compute_v1_GetSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  GetSecurityGroup(argument: _kumo_compute_v1_GetSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * GetSecurityGroup returns a group of the caller's project.
   */
  getSecurityGroup(argument: _kumo_compute_v1_GetSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  getSecurityGroup(argument: _kumo_compute_v1_GetSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_GetSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  getSecurityGroup(argument: _kumo_compute_v1_GetSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_GetSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  getSecurityGroup(argument: _kumo_compute_v1_GetSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_GetSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListFloatingIps lists the caller's project's floating IPs.
   */
  ListFloatingIps(argument: _kumo_compute_v1_ListFloatingIpsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListFloatingIpsResponse__Output>): grpc.ClientUnaryCall;
  ListFloatingIps(argument: _kumo_compute_v1_ListFloatingIpsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListFloatingIpsResponse__Output>): grpc.ClientUnaryCall;
  ListFloatingIps(argument: _kumo_compute_v1_ListFloatingIpsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListFloatingIpsResponse__Output>): grpc.ClientUnaryCall;
  ListFloatingIps(argument: _kumo_compute_v1_ListFloatingIpsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListFloatingIpsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListFloatingIps lists the caller's project's floating IPs.
   */
  listFloatingIps(argument: _kumo_compute_v1_ListFloatingIpsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListFloatingIpsResponse__Output>): grpc.ClientUnaryCall;
  listFloatingIps(argument: _kumo_compute_v1_ListFloatingIpsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListFloatingIpsResponse__Output>): grpc.ClientUnaryCall;
  listFloatingIps(argument: _kumo_compute_v1_ListFloatingIpsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListFloatingIpsResponse__Output>): grpc.ClientUnaryCall;
  listFloatingIps(argument: _kumo_compute_v1_ListFloatingIpsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListFloatingIpsResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  /**
   * ListSecurityGroupRules lists the rules of the caller's groups.
   */
  ListSecurityGroupRules(argument: _kumo_compute_v1_ListSecurityGroupRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupRulesResponse__Output>): grpc.ClientUnaryCall;
  ListSecurityGroupRules(argument: _kumo_compute_v1_ListSecurityGroupRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupRulesResponse__Output>): grpc.ClientUnaryCall;
  ListSecurityGroupRules(argument: _kumo_compute_v1_ListSecurityGroupRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupRulesResponse__Output>): grpc.ClientUnaryCall;
  ListSecurityGroupRules(argument: _kumo_compute_v1_ListSecurityGroupRulesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupRulesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListSecurityGroupRules lists the rules of the caller's groups.
   */
  listSecurityGroupRules(argument: _kumo_compute_v1_ListSecurityGroupRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupRulesResponse__Output>): grpc.ClientUnaryCall;
  listSecurityGroupRules(argument: _kumo_compute_v1_ListSecurityGroupRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupRulesResponse__Output>): grpc.ClientUnaryCall;
  listSecurityGroupRules(argument: _kumo_compute_v1_ListSecurityGroupRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupRulesResponse__Output>): grpc.ClientUnaryCall;
  listSecurityGroupRules(argument: _kumo_compute_v1_ListSecurityGroupRulesRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupRulesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListSecurityGroups lists the caller's project's groups, creating its
   * "default" group on first use.
   */
  ListSecurityGroups(argument: _kumo_compute_v1_ListSecurityGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListSecurityGroups(argument: _kumo_compute_v1_ListSecurityGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListSecurityGroups(argument: _kumo_compute_v1_ListSecurityGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListSecurityGroups(argument: _kumo_compute_v1_ListSecurityGroupsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListSecurityGroups lists the caller's project's groups, creating its
   * "default" group on first use.
   */
  listSecurityGroups(argument: _kumo_compute_v1_ListSecurityGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupsResponse__Output>): grpc.ClientUnaryCall;
  listSecurityGroups(argument: _kumo_compute_v1_ListSecurityGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupsResponse__Output>): grpc.ClientUnaryCall;
  listSecurityGroups(argument: _kumo_compute_v1_ListSecurityGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupsResponse__Output>): grpc.ClientUnaryCall;
  listSecurityGroups(argument: _kumo_compute_v1_ListSecurityGroupsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListSecurityGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RemoveFloatingIp disassociates a floating IP from a server.
   */
  RemoveFloatingIp(argument: _kumo_compute_v1_RemoveFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  RemoveFloatingIp(argument: _kumo_compute_v1_RemoveFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RemoveFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  RemoveFloatingIp(argument: _kumo_compute_v1_RemoveFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  RemoveFloatingIp(argument: _kumo_compute_v1_RemoveFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_RemoveFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RemoveFloatingIp disassociates a floating IP from a server.
   */
  removeFloatingIp(argument: _kumo_compute_v1_RemoveFloatingIpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  removeFloatingIp(argument: _kumo_compute_v1_RemoveFloatingIpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RemoveFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  removeFloatingIp(argument: _kumo_compute_v1_RemoveFloatingIpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  removeFloatingIp(argument: _kumo_compute_v1_RemoveFloatingIpRequest, callback: grpc.requestCallback<_kumo_compute_v1_RemoveFloatingIpResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RemoveSecurityGroup removes a security group from every port of a server.
   */
  RemoveSecurityGroup(argument: _kumo_compute_v1_RemoveSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  RemoveSecurityGroup(argument: _kumo_compute_v1_RemoveSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RemoveSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  RemoveSecurityGroup(argument: _kumo_compute_v1_RemoveSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  RemoveSecurityGroup(argument: _kumo_compute_v1_RemoveSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_RemoveSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RemoveSecurityGroup removes a security group from every port of a server.
   */
  removeSecurityGroup(argument: _kumo_compute_v1_RemoveSecurityGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  removeSecurityGroup(argument: _kumo_compute_v1_RemoveSecurityGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RemoveSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  removeSecurityGroup(argument: _kumo_compute_v1_RemoveSecurityGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  removeSecurityGroup(argument: _kumo_compute_v1_RemoveSecurityGroupRequest, callback: grpc.requestCallback<_kumo_compute_v1_RemoveSecurityGroupResponse__Output>): grpc.ClientUnaryCall;
  
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
   * AddFloatingIp associates a floating IP with a fixed IP of a server;
   * FAILED_PRECONDITION when it serves another fixed IP already.
   */
  AddFloatingIp: grpc.handleUnaryCall<_kumo_compute_v1_AddFloatingIpRequest__Output, _kumo_compute_v1_AddFloatingIpResponse>;
  
  /**
   * AddSecurityGroup adds a security group to every port of a server.
   */
  AddSecurityGroup: grpc.handleUnaryCall<_kumo_compute_v1_AddSecurityGroupRequest__Output, _kumo_compute_v1_AddSecurityGroupResponse>;
  
  /**
   * CreateFloatingIp allocates a floating IP to the caller's project from a
   * pool (an external network); RESOURCE_EXHAUSTED past the project's
   * floating IP quota or when the pool has no free address.
   */
  CreateFloatingIp: grpc.handleUnaryCall<_kumo_compute_v1_CreateFloatingIpRequest__Output, _kumo_compute_v1_CreateFloatingIpResponse>;
  
  /**
   * CreateNetwork creates a network with one or more subnets. Only admins
   * may create shared networks.
   */
  CreateNetwork: grpc.handleUnaryCall<_kumo_compute_v1_CreateNetworkRequest__Output, _kumo_compute_v1_CreateNetworkResponse>;
  
  /**
   * CreateSecurityGroup creates a security group in the caller's project.
   */
  CreateSecurityGroup: grpc.handleUnaryCall<_kumo_compute_v1_CreateSecurityGroupRequest__Output, _kumo_compute_v1_CreateSecurityGroupResponse>;
  
  /**
   * CreateSecurityGroupRule adds a rule to a group; ALREADY_EXISTS when an
   * equal rule is there.
   */
  CreateSecurityGroupRule: grpc.handleUnaryCall<_kumo_compute_v1_CreateSecurityGroupRuleRequest__Output, _kumo_compute_v1_CreateSecurityGroupRuleResponse>;
  
  /**
   * DeleteFloatingIp releases a floating IP (disassociating it first).
   */
  DeleteFloatingIp: grpc.handleUnaryCall<_kumo_compute_v1_DeleteFloatingIpRequest__Output, _kumo_compute_v1_DeleteFloatingIpResponse>;
  
  /**
   * DeleteNetwork deletes a network of the caller's project; refused
   * (FAILED_PRECONDITION) while ports use it.
   */
  DeleteNetwork: grpc.handleUnaryCall<_kumo_compute_v1_DeleteNetworkRequest__Output, _kumo_compute_v1_DeleteNetworkResponse>;
  
  /**
   * DeleteSecurityGroup deletes a group; refused (FAILED_PRECONDITION) for
   * the default group and while servers use it.
   */
  DeleteSecurityGroup: grpc.handleUnaryCall<_kumo_compute_v1_DeleteSecurityGroupRequest__Output, _kumo_compute_v1_DeleteSecurityGroupResponse>;
  
  /**
   * DeleteSecurityGroupRule deletes a rule.
   */
  DeleteSecurityGroupRule: grpc.handleUnaryCall<_kumo_compute_v1_DeleteSecurityGroupRuleRequest__Output, _kumo_compute_v1_DeleteSecurityGroupRuleResponse>;
  
  /**
   * GetFloatingIp returns a floating IP of the caller's project.
   */
  GetFloatingIp: grpc.handleUnaryCall<_kumo_compute_v1_GetFloatingIpRequest__Output, _kumo_compute_v1_GetFloatingIpResponse>;
  
  /**
   * GetNetwork returns a network of the caller's project, or a shared one.
   */
  GetNetwork: grpc.handleUnaryCall<_kumo_compute_v1_GetNetworkRequest__Output, _kumo_compute_v1_GetNetworkResponse>;
  
  /**
   * GetPort returns a port of the caller's project.
   */
  GetPort: grpc.handleUnaryCall<_kumo_compute_v1_GetPortRequest__Output, _kumo_compute_v1_GetPortResponse>;
  
  /**
   * GetSecurityGroup returns a group of the caller's project.
   */
  GetSecurityGroup: grpc.handleUnaryCall<_kumo_compute_v1_GetSecurityGroupRequest__Output, _kumo_compute_v1_GetSecurityGroupResponse>;
  
  /**
   * ListFloatingIps lists the caller's project's floating IPs.
   */
  ListFloatingIps: grpc.handleUnaryCall<_kumo_compute_v1_ListFloatingIpsRequest__Output, _kumo_compute_v1_ListFloatingIpsResponse>;
  
  /**
   * ListNetworks lists the caller's project's networks and the shared ones.
   */
  ListNetworks: grpc.handleUnaryCall<_kumo_compute_v1_ListNetworksRequest__Output, _kumo_compute_v1_ListNetworksResponse>;
  
  /**
   * ListPorts lists the caller's project's ports, by server or network.
   */
  ListPorts: grpc.handleUnaryCall<_kumo_compute_v1_ListPortsRequest__Output, _kumo_compute_v1_ListPortsResponse>;
  
  /**
   * ListSecurityGroupRules lists the rules of the caller's groups.
   */
  ListSecurityGroupRules: grpc.handleUnaryCall<_kumo_compute_v1_ListSecurityGroupRulesRequest__Output, _kumo_compute_v1_ListSecurityGroupRulesResponse>;
  
  /**
   * ListSecurityGroups lists the caller's project's groups, creating its
   * "default" group on first use.
   */
  ListSecurityGroups: grpc.handleUnaryCall<_kumo_compute_v1_ListSecurityGroupsRequest__Output, _kumo_compute_v1_ListSecurityGroupsResponse>;
  
  /**
   * RemoveFloatingIp disassociates a floating IP from a server.
   */
  RemoveFloatingIp: grpc.handleUnaryCall<_kumo_compute_v1_RemoveFloatingIpRequest__Output, _kumo_compute_v1_RemoveFloatingIpResponse>;
  
  /**
   * RemoveSecurityGroup removes a security group from every port of a server.
   */
  RemoveSecurityGroup: grpc.handleUnaryCall<_kumo_compute_v1_RemoveSecurityGroupRequest__Output, _kumo_compute_v1_RemoveSecurityGroupResponse>;
  
}

export interface NetworkServiceDefinition extends grpc.ServiceDefinition {
  AddFloatingIp: MethodDefinition<_kumo_compute_v1_AddFloatingIpRequest, _kumo_compute_v1_AddFloatingIpResponse, _kumo_compute_v1_AddFloatingIpRequest__Output, _kumo_compute_v1_AddFloatingIpResponse__Output>
  AddSecurityGroup: MethodDefinition<_kumo_compute_v1_AddSecurityGroupRequest, _kumo_compute_v1_AddSecurityGroupResponse, _kumo_compute_v1_AddSecurityGroupRequest__Output, _kumo_compute_v1_AddSecurityGroupResponse__Output>
  CreateFloatingIp: MethodDefinition<_kumo_compute_v1_CreateFloatingIpRequest, _kumo_compute_v1_CreateFloatingIpResponse, _kumo_compute_v1_CreateFloatingIpRequest__Output, _kumo_compute_v1_CreateFloatingIpResponse__Output>
  CreateNetwork: MethodDefinition<_kumo_compute_v1_CreateNetworkRequest, _kumo_compute_v1_CreateNetworkResponse, _kumo_compute_v1_CreateNetworkRequest__Output, _kumo_compute_v1_CreateNetworkResponse__Output>
  CreateSecurityGroup: MethodDefinition<_kumo_compute_v1_CreateSecurityGroupRequest, _kumo_compute_v1_CreateSecurityGroupResponse, _kumo_compute_v1_CreateSecurityGroupRequest__Output, _kumo_compute_v1_CreateSecurityGroupResponse__Output>
  CreateSecurityGroupRule: MethodDefinition<_kumo_compute_v1_CreateSecurityGroupRuleRequest, _kumo_compute_v1_CreateSecurityGroupRuleResponse, _kumo_compute_v1_CreateSecurityGroupRuleRequest__Output, _kumo_compute_v1_CreateSecurityGroupRuleResponse__Output>
  DeleteFloatingIp: MethodDefinition<_kumo_compute_v1_DeleteFloatingIpRequest, _kumo_compute_v1_DeleteFloatingIpResponse, _kumo_compute_v1_DeleteFloatingIpRequest__Output, _kumo_compute_v1_DeleteFloatingIpResponse__Output>
  DeleteNetwork: MethodDefinition<_kumo_compute_v1_DeleteNetworkRequest, _kumo_compute_v1_DeleteNetworkResponse, _kumo_compute_v1_DeleteNetworkRequest__Output, _kumo_compute_v1_DeleteNetworkResponse__Output>
  DeleteSecurityGroup: MethodDefinition<_kumo_compute_v1_DeleteSecurityGroupRequest, _kumo_compute_v1_DeleteSecurityGroupResponse, _kumo_compute_v1_DeleteSecurityGroupRequest__Output, _kumo_compute_v1_DeleteSecurityGroupResponse__Output>
  DeleteSecurityGroupRule: MethodDefinition<_kumo_compute_v1_DeleteSecurityGroupRuleRequest, _kumo_compute_v1_DeleteSecurityGroupRuleResponse, _kumo_compute_v1_DeleteSecurityGroupRuleRequest__Output, _kumo_compute_v1_DeleteSecurityGroupRuleResponse__Output>
  GetFloatingIp: MethodDefinition<_kumo_compute_v1_GetFloatingIpRequest, _kumo_compute_v1_GetFloatingIpResponse, _kumo_compute_v1_GetFloatingIpRequest__Output, _kumo_compute_v1_GetFloatingIpResponse__Output>
  GetNetwork: MethodDefinition<_kumo_compute_v1_GetNetworkRequest, _kumo_compute_v1_GetNetworkResponse, _kumo_compute_v1_GetNetworkRequest__Output, _kumo_compute_v1_GetNetworkResponse__Output>
  GetPort: MethodDefinition<_kumo_compute_v1_GetPortRequest, _kumo_compute_v1_GetPortResponse, _kumo_compute_v1_GetPortRequest__Output, _kumo_compute_v1_GetPortResponse__Output>
  GetSecurityGroup: MethodDefinition<_kumo_compute_v1_GetSecurityGroupRequest, _kumo_compute_v1_GetSecurityGroupResponse, _kumo_compute_v1_GetSecurityGroupRequest__Output, _kumo_compute_v1_GetSecurityGroupResponse__Output>
  ListFloatingIps: MethodDefinition<_kumo_compute_v1_ListFloatingIpsRequest, _kumo_compute_v1_ListFloatingIpsResponse, _kumo_compute_v1_ListFloatingIpsRequest__Output, _kumo_compute_v1_ListFloatingIpsResponse__Output>
  ListNetworks: MethodDefinition<_kumo_compute_v1_ListNetworksRequest, _kumo_compute_v1_ListNetworksResponse, _kumo_compute_v1_ListNetworksRequest__Output, _kumo_compute_v1_ListNetworksResponse__Output>
  ListPorts: MethodDefinition<_kumo_compute_v1_ListPortsRequest, _kumo_compute_v1_ListPortsResponse, _kumo_compute_v1_ListPortsRequest__Output, _kumo_compute_v1_ListPortsResponse__Output>
  ListSecurityGroupRules: MethodDefinition<_kumo_compute_v1_ListSecurityGroupRulesRequest, _kumo_compute_v1_ListSecurityGroupRulesResponse, _kumo_compute_v1_ListSecurityGroupRulesRequest__Output, _kumo_compute_v1_ListSecurityGroupRulesResponse__Output>
  ListSecurityGroups: MethodDefinition<_kumo_compute_v1_ListSecurityGroupsRequest, _kumo_compute_v1_ListSecurityGroupsResponse, _kumo_compute_v1_ListSecurityGroupsRequest__Output, _kumo_compute_v1_ListSecurityGroupsResponse__Output>
  RemoveFloatingIp: MethodDefinition<_kumo_compute_v1_RemoveFloatingIpRequest, _kumo_compute_v1_RemoveFloatingIpResponse, _kumo_compute_v1_RemoveFloatingIpRequest__Output, _kumo_compute_v1_RemoveFloatingIpResponse__Output>
  RemoveSecurityGroup: MethodDefinition<_kumo_compute_v1_RemoveSecurityGroupRequest, _kumo_compute_v1_RemoveSecurityGroupResponse, _kumo_compute_v1_RemoveSecurityGroupRequest__Output, _kumo_compute_v1_RemoveSecurityGroupResponse__Output>
}
