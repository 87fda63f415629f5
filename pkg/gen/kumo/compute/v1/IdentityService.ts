// Original file: proto/kumo/compute/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddRoleRequest as _kumo_compute_v1_AddRoleRequest, AddRoleRequest__Output as _kumo_compute_v1_AddRoleRequest__Output } from '../../../kumo/compute/v1/AddRoleRequest.js';
import type { AddRoleResponse as _kumo_compute_v1_AddRoleResponse, AddRoleResponse__Output as _kumo_compute_v1_AddRoleResponse__Output } from '../../../kumo/compute/v1/AddRoleResponse.js';
import type { CreateProjectRequest as _kumo_compute_v1_CreateProjectRequest, CreateProjectRequest__Output as _kumo_compute_v1_CreateProjectRequest__Output } from '../../../kumo/compute/v1/CreateProjectRequest.js';
import type { CreateProjectResponse as _kumo_compute_v1_CreateProjectResponse, CreateProjectResponse__Output as _kumo_compute_v1_CreateProjectResponse__Output } from '../../../kumo/compute/v1/CreateProjectResponse.js';
import type { CreateUserRequest as _kumo_compute_v1_CreateUserRequest, CreateUserRequest__Output as _kumo_compute_v1_CreateUserRequest__Output } from '../../../kumo/compute/v1/CreateUserRequest.js';
import type { CreateUserResponse as _kumo_compute_v1_CreateUserResponse, CreateUserResponse__Output as _kumo_compute_v1_CreateUserResponse__Output } from '../../../kumo/compute/v1/CreateUserResponse.js';
import type { IssueTokenRequest as _kumo_compute_v1_IssueTokenRequest, IssueTokenRequest__Output as _kumo_compute_v1_IssueTokenRequest__Output } from '../../../kumo/compute/v1/IssueTokenRequest.js';
import type { IssueTokenResponse as _kumo_compute_v1_IssueTokenResponse, IssueTokenResponse__Output as _kumo_compute_v1_IssueTokenResponse__Output } from '../../../kumo/compute/v1/IssueTokenResponse.js';
import type { ListProjectsRequest as _kumo_compute_v1_ListProjectsRequest, ListProjectsRequest__Output as _kumo_compute_v1_ListProjectsRequest__Output } from '../../../kumo/compute/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _kumo_compute_v1_ListProjectsResponse, ListProjectsResponse__Output as _kumo_compute_v1_ListProjectsResponse__Output } from '../../../kumo/compute/v1/ListProjectsResponse.js';
import type { ListRoleAssignmentsRequest as _kumo_compute_v1_ListRoleAssignmentsRequest, ListRoleAssignmentsRequest__Output as _kumo_compute_v1_ListRoleAssignmentsRequest__Output } from '../../../kumo/compute/v1/ListRoleAssignmentsRequest.js';
import type { ListRoleAssignmentsResponse as _kumo_compute_v1_ListRoleAssignmentsResponse, ListRoleAssignmentsResponse__Output as _kumo_compute_v1_ListRoleAssignmentsResponse__Output } from '../../../kumo/compute/v1/ListRoleAssignmentsResponse.js';
import type { ListUsersRequest as _kumo_compute_v1_ListUsersRequest, ListUsersRequest__Output as _kumo_compute_v1_ListUsersRequest__Output } from '../../../kumo/compute/v1/ListUsersRequest.js';
import type { ListUsersResponse as _kumo_compute_v1_ListUsersResponse, ListUsersResponse__Output as _kumo_compute_v1_ListUsersResponse__Output } from '../../../kumo/compute/v1/ListUsersResponse.js';

/**
 * IdentityService manages projects, users and role assignments, and issues tokens.
 */
export interface IdentityServiceClient extends grpc.Client {
  /**
   * AddRole gives a user a role on a project (admin).
   */
  AddRole(argument: _kumo_compute_v1_AddRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  AddRole(argument: _kumo_compute_v1_AddRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  AddRole(argument: _kumo_compute_v1_AddRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  AddRole(argument: _kumo_compute_v1_AddRoleRequest, callback: grpc.requestCallback<_kumo_compute_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * AddRole gives a user a role on a project (admin).
   */
  addRole(argument: _kumo_compute_v1_AddRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  addRole(argument: _kumo_compute_v1_AddRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  addRole(argument: _kumo_compute_v1_AddRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  addRole(argument: _kumo_compute_v1_AddRoleRequest, callback: grpc.requestCallback<_kumo_compute_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * CreateProject adds a project (admin).
   */
  CreateProject(argument: _kumo_compute_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateProjectResponse__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _kumo_compute_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateProjectResponse__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _kumo_compute_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateProjectResponse__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _kumo_compute_v1_CreateProjectRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateProjectResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateProject adds a project (admin).
   */
  createProject(argument: _kumo_compute_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateProjectResponse__Output>): grpc.ClientUnaryCall;
  createProject(argument: _kumo_compute_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateProjectResponse__Output>): grpc.ClientUnaryCall;
  createProject(argument: _kumo_compute_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateProjectResponse__Output>): grpc.ClientUnaryCall;
  createProject(argument: _kumo_compute_v1_CreateProjectRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateProjectResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * CreateUser adds a user, optionally with a role on a project (admin).
   */
  CreateUser(argument: _kumo_compute_v1_CreateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _kumo_compute_v1_CreateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _kumo_compute_v1_CreateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _kumo_compute_v1_CreateUserRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CreateUser adds a user, optionally with a role on a project (admin).
   */
  createUser(argument: _kumo_compute_v1_CreateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _kumo_compute_v1_CreateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _kumo_compute_v1_CreateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _kumo_compute_v1_CreateUserRequest, callback: grpc.requestCallback<_kumo_compute_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * IssueToken checks a user's password and returns a signed, expiring bearer token scoped to one project.
   */
  IssueToken(argument: _kumo_compute_v1_IssueTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueToken(argument: _kumo_compute_v1_IssueTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueToken(argument: _kumo_compute_v1_IssueTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueToken(argument: _kumo_compute_v1_IssueTokenRequest, callback: grpc.requestCallback<_kumo_compute_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * IssueToken checks a user's password and returns a signed, expiring bearer token scoped to one project.
   */
  issueToken(argument: _kumo_compute_v1_IssueTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  issueToken(argument: _kumo_compute_v1_IssueTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  issueToken(argument: _kumo_compute_v1_IssueTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  issueToken(argument: _kumo_compute_v1_IssueTokenRequest, callback: grpc.requestCallback<_kumo_compute_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListProjects returns every project (admin) or the caller's own.
   */
  ListProjects(argument: _kumo_compute_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _kumo_compute_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _kumo_compute_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _kumo_compute_v1_ListProjectsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListProjects returns every project (admin) or the caller's own.
   */
  listProjects(argument: _kumo_compute_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _kumo_compute_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _kumo_compute_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _kumo_compute_v1_ListProjectsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListRoleAssignments returns role assignments, optionally of one user or project (admin).
   */
  ListRoleAssignments(argument: _kumo_compute_v1_ListRoleAssignmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListRoleAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListRoleAssignments(argument: _kumo_compute_v1_ListRoleAssignmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListRoleAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListRoleAssignments(argument: _kumo_compute_v1_ListRoleAssignmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListRoleAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  ListRoleAssignments(argument: _kumo_compute_v1_ListRoleAssignmentsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListRoleAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListRoleAssignments returns role assignments, optionally of one user or project (admin).
   */
  listRoleAssignments(argument: _kumo_compute_v1_ListRoleAssignmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListRoleAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listRoleAssignments(argument: _kumo_compute_v1_ListRoleAssignmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListRoleAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listRoleAssignments(argument: _kumo_compute_v1_ListRoleAssignmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListRoleAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  listRoleAssignments(argument: _kumo_compute_v1_ListRoleAssignmentsRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListRoleAssignmentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * ListUsers returns every user (admin).
   */
  ListUsers(argument: _kumo_compute_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _kumo_compute_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _kumo_compute_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _kumo_compute_v1_ListUsersRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * ListUsers returns every user (admin).
   */
  listUsers(argument: _kumo_compute_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _kumo_compute_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _kumo_compute_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _kumo_compute_v1_ListUsersRequest, callback: grpc.requestCallback<_kumo_compute_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * IdentityService manages projects, users and role assignments, and issues tokens.
 */
export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * AddRole gives a user a role on a project (admin).
   */
  AddRole: grpc.handleUnaryCall<_kumo_compute_v1_AddRoleRequest__Output, _kumo_compute_v1_AddRoleResponse>;
  
  /**
   * CreateProject adds a project (admin).
   */
  CreateProject: grpc.handleUnaryCall<_kumo_compute_v1_CreateProjectRequest__Output, _kumo_compute_v1_CreateProjectResponse>;
  
  /**
   * CreateUser adds a user, optionally with a role on a project (admin).
   */
  CreateUser: grpc.handleUnaryCall<_kumo_compute_v1_CreateUserRequest__Output, _kumo_compute_v1_CreateUserResponse>;
  
  /**
   * IssueToken checks a user's password and returns a signed, expiring bearer token scoped to one project.
   */
  IssueToken: grpc.handleUnaryCall<_kumo_compute_v1_IssueTokenRequest__Output, _kumo_compute_v1_IssueTokenResponse>;
  
  /**
   * ListProjects returns every project (admin) or the caller's own.
   */
  ListProjects: grpc.handleUnaryCall<_kumo_compute_v1_ListProjectsRequest__Output, _kumo_compute_v1_ListProjectsResponse>;
  
  /**
   * ListRoleAssignments returns role assignments, optionally of one user or project (admin).
   */
  ListRoleAssignments: grpc.handleUnaryCall<_kumo_compute_v1_ListRoleAssignmentsRequest__Output, _kumo_compute_v1_ListRoleAssignmentsResponse>;
  
  /**
   * ListUsers returns every user (admin).
   */
  ListUsers: grpc.handleUnaryCall<_kumo_compute_v1_ListUsersRequest__Output, _kumo_compute_v1_ListUsersResponse>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  AddRole: MethodDefinition<_kumo_compute_v1_AddRoleRequest, _kumo_compute_v1_AddRoleResponse, _kumo_compute_v1_AddRoleRequest__Output, _kumo_compute_v1_AddRoleResponse__Output>
  CreateProject: MethodDefinition<_kumo_compute_v1_CreateProjectRequest, _kumo_compute_v1_CreateProjectResponse, _kumo_compute_v1_CreateProjectRequest__Output, _kumo_compute_v1_CreateProjectResponse__Output>
  CreateUser: MethodDefinition<_kumo_compute_v1_CreateUserRequest, _kumo_compute_v1_CreateUserResponse, _kumo_compute_v1_CreateUserRequest__Output, _kumo_compute_v1_CreateUserResponse__Output>
  IssueToken: MethodDefinition<_kumo_compute_v1_IssueTokenRequest, _kumo_compute_v1_IssueTokenResponse, _kumo_compute_v1_IssueTokenRequest__Output, _kumo_compute_v1_IssueTokenResponse__Output>
  ListProjects: MethodDefinition<_kumo_compute_v1_ListProjectsRequest, _kumo_compute_v1_ListProjectsResponse, _kumo_compute_v1_ListProjectsRequest__Output, _kumo_compute_v1_ListProjectsResponse__Output>
  ListRoleAssignments: MethodDefinition<_kumo_compute_v1_ListRoleAssignmentsRequest, _kumo_compute_v1_ListRoleAssignmentsResponse, _kumo_compute_v1_ListRoleAssignmentsRequest__Output, _kumo_compute_v1_ListRoleAssignmentsResponse__Output>
  ListUsers: MethodDefinition<_kumo_compute_v1_ListUsersRequest, _kumo_compute_v1_ListUsersResponse, _kumo_compute_v1_ListUsersRequest__Output, _kumo_compute_v1_ListUsersResponse__Output>
}
