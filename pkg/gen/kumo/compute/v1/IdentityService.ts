// Original file: proto/kumo/compute/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddRoleRequest as _kumo_compute_v1_AddRoleRequest, AddRoleRequest__Output as _kumo_compute_v1_AddRoleRequest__Output } from '../../../kumo/compute/v1/AddRoleRequest.js';
import type { AddRoleResponse as _kumo_compute_v1_AddRoleResponse, AddRoleResponse__Output as _kumo_compute_v1_AddRoleResponse__Output } from '../../../kumo/compute/v1/AddRoleResponse.js';
import type { CreateProjectRequest as _kumo_compute_v1_CreateProjectRequest, CreateProjectRequest__Output as _kumo_compute_v1_CreateProjectRequest__Output } from '../../../kumo/compute/v1/CreateProjectRequest.js';
import type { CreateProjectResponse as _kumo_compute_v1_CreateProjectResponse, CreateProjectResponse__Output as _kumo_compute_v1_CreateProjectResponse__Output } from '../../../kumo/compute/v1/CreateProjectResponse.js';
import type { CreateUserRequest as _kumo_compute_v1_CreateUserRequest, CreateUserRequest__Output as _kumo_compute_v1_CreateUserRequest__Output } from '../../../kumo/compute/v1/CreateUserRequest.js';
import type { CreateUserResponse as _kumo_compute_v1_CreateUserResponse, CreateUserResponse__Output as _kumo_compute_v1_CreateUserResponse__Output } from '../../../kumo/compute/v1/CreateUserResponse.js';
import type { DeleteUserRequest as _kumo_compute_v1_DeleteUserRequest, DeleteUserRequest__Output as _kumo_compute_v1_DeleteUserRequest__Output } from '../../../kumo/compute/v1/DeleteUserRequest.js';
import type { DeleteUserResponse as _kumo_compute_v1_DeleteUserResponse, DeleteUserResponse__Output as _kumo_compute_v1_DeleteUserResponse__Output } from '../../../kumo/compute/v1/DeleteUserResponse.js';
import type { IssueTokenRequest as _kumo_compute_v1_IssueTokenRequest, IssueTokenRequest__Output as _kumo_compute_v1_IssueTokenRequest__Output } from '../../../kumo/compute/v1/IssueTokenRequest.js';
import type { IssueTokenResponse as _kumo_compute_v1_IssueTokenResponse, IssueTokenResponse__Output as _kumo_compute_v1_IssueTokenResponse__Output } from '../../../kumo/compute/v1/IssueTokenResponse.js';
import type { ListProjectsRequest as _kumo_compute_v1_ListProjectsRequest, ListProjectsRequest__Output as _kumo_compute_v1_ListProjectsRequest__Output } from '../../../kumo/compute/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _kumo_compute_v1_ListProjectsResponse, ListProjectsResponse__Output as _kumo_compute_v1_ListProjectsResponse__Output } from '../../../kumo/compute/v1/ListProjectsResponse.js';
import type { ListRoleAssignmentsRequest as _kumo_compute_v1_ListRoleAssignmentsRequest, ListRoleAssignmentsRequest__Output as _kumo_compute_v1_ListRoleAssignmentsRequest__Output } from '../../../kumo/compute/v1/ListRoleAssignmentsRequest.js';
import type { ListRoleAssignmentsResponse as _kumo_compute_v1_ListRoleAssignmentsResponse, ListRoleAssignmentsResponse__Output as _kumo_compute_v1_ListRoleAssignmentsResponse__Output } from '../../../kumo/compute/v1/ListRoleAssignmentsResponse.js';
import type { ListUsersRequest as _kumo_compute_v1_ListUsersRequest, ListUsersRequest__Output as _kumo_compute_v1_ListUsersRequest__Output } from '../../../kumo/compute/v1/ListUsersRequest.js';
import type { ListUsersResponse as _kumo_compute_v1_ListUsersResponse, ListUsersResponse__Output as _kumo_compute_v1_ListUsersResponse__Output } from '../../../kumo/compute/v1/ListUsersResponse.js';
import type { RemoveRoleRequest as _kumo_compute_v1_RemoveRoleRequest, RemoveRoleRequest__Output as _kumo_compute_v1_RemoveRoleRequest__Output } from '../../../kumo/compute/v1/RemoveRoleRequest.js';
import type { RemoveRoleResponse as _kumo_compute_v1_RemoveRoleResponse, RemoveRoleResponse__Output as _kumo_compute_v1_RemoveRoleResponse__Output } from '../../../kumo/compute/v1/RemoveRoleResponse.js';
import type { RevokeTokenRequest as _kumo_compute_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _kumo_compute_v1_RevokeTokenRequest__Output } from '../../../kumo/compute/v1/RevokeTokenRequest.js';
import type { RevokeTokenResponse as _kumo_compute_v1_RevokeTokenResponse, RevokeTokenResponse__Output as _kumo_compute_v1_RevokeTokenResponse__Output } from '../../../kumo/compute/v1/RevokeTokenResponse.js';

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
   * DeleteUser removes a user with its role assignments, and revokes its tokens (admin).
   */
  DeleteUser(argument: _kumo_compute_v1_DeleteUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteUserResponse__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _kumo_compute_v1_DeleteUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteUserResponse__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _kumo_compute_v1_DeleteUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteUserResponse__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _kumo_compute_v1_DeleteUserRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteUserResponse__Output>): grpc.ClientUnaryCall;
  /**
   * DeleteUser removes a user with its role assignments, and revokes its tokens (admin).
   */
  deleteUser(argument: _kumo_compute_v1_DeleteUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteUserResponse__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _kumo_compute_v1_DeleteUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_DeleteUserResponse__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _kumo_compute_v1_DeleteUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_DeleteUserResponse__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _kumo_compute_v1_DeleteUserRequest, callback: grpc.requestCallback<_kumo_compute_v1_DeleteUserResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  /**
   * RemoveRole takes a role of a user on a project away, and revokes the user's tokens there (admin).
   */
  RemoveRole(argument: _kumo_compute_v1_RemoveRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRole(argument: _kumo_compute_v1_RemoveRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRole(argument: _kumo_compute_v1_RemoveRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRole(argument: _kumo_compute_v1_RemoveRoleRequest, callback: grpc.requestCallback<_kumo_compute_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RemoveRole takes a role of a user on a project away, and revokes the user's tokens there (admin).
   */
  removeRole(argument: _kumo_compute_v1_RemoveRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  removeRole(argument: _kumo_compute_v1_RemoveRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  removeRole(argument: _kumo_compute_v1_RemoveRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  removeRole(argument: _kumo_compute_v1_RemoveRoleRequest, callback: grpc.requestCallback<_kumo_compute_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RevokeToken ends a token before it expires (Keystone's DELETE /v3/auth/tokens): the caller's own, or any (admin).
   */
  RevokeToken(argument: _kumo_compute_v1_RevokeTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _kumo_compute_v1_RevokeTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _kumo_compute_v1_RevokeTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _kumo_compute_v1_RevokeTokenRequest, callback: grpc.requestCallback<_kumo_compute_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RevokeToken ends a token before it expires (Keystone's DELETE /v3/auth/tokens): the caller's own, or any (admin).
   */
  revokeToken(argument: _kumo_compute_v1_RevokeTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _kumo_compute_v1_RevokeTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kumo_compute_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _kumo_compute_v1_RevokeTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kumo_compute_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _kumo_compute_v1_RevokeTokenRequest, callback: grpc.requestCallback<_kumo_compute_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  
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
   * DeleteUser removes a user with its role assignments, and revokes its tokens (admin).
   */
  DeleteUser: grpc.handleUnaryCall<_kumo_compute_v1_DeleteUserRequest__Output, _kumo_compute_v1_DeleteUserResponse>;
  
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
  
  /**
   * RemoveRole takes a role of a user on a project away, and revokes the user's tokens there (admin).
   */
  RemoveRole: grpc.handleUnaryCall<_kumo_compute_v1_RemoveRoleRequest__Output, _kumo_compute_v1_RemoveRoleResponse>;
  
  /**
   * RevokeToken ends a token before it expires (Keystone's DELETE /v3/auth/tokens): the caller's own, or any (admin).
   */
  RevokeToken: grpc.handleUnaryCall<_kumo_compute_v1_RevokeTokenRequest__Output, _kumo_compute_v1_RevokeTokenResponse>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  AddRole: MethodDefinition<_kumo_compute_v1_AddRoleRequest, _kumo_compute_v1_AddRoleResponse, _kumo_compute_v1_AddRoleRequest__Output, _kumo_compute_v1_AddRoleResponse__Output>
  CreateProject: MethodDefinition<_kumo_compute_v1_CreateProjectRequest, _kumo_compute_v1_CreateProjectResponse, _kumo_compute_v1_CreateProjectRequest__Output, _kumo_compute_v1_CreateProjectResponse__Output>
  CreateUser: MethodDefinition<_kumo_compute_v1_CreateUserRequest, _kumo_compute_v1_CreateUserResponse, _kumo_compute_v1_CreateUserRequest__Output, _kumo_compute_v1_CreateUserResponse__Output>
  DeleteUser: MethodDefinition<_kumo_compute_v1_DeleteUserRequest, _kumo_compute_v1_DeleteUserResponse, _kumo_compute_v1_DeleteUserRequest__Output, _kumo_compute_v1_DeleteUserResponse__Output>
  IssueToken: MethodDefinition<_kumo_compute_v1_IssueTokenRequest, _kumo_compute_v1_IssueTokenResponse, _kumo_compute_v1_IssueTokenRequest__Output, _kumo_compute_v1_IssueTokenResponse__Output>
  ListProjects: MethodDefinition<_kumo_compute_v1_ListProjectsRequest, _kumo_compute_v1_ListProjectsResponse, _kumo_compute_v1_ListProjectsRequest__Output, _kumo_compute_v1_ListProjectsResponse__Output>
  ListRoleAssignments: MethodDefinition<_kumo_compute_v1_ListRoleAssignmentsRequest, _kumo_compute_v1_ListRoleAssignmentsResponse, _kumo_compute_v1_ListRoleAssignmentsRequest__Output, _kumo_compute_v1_ListRoleAssignmentsResponse__Output>
  ListUsers: MethodDefinition<_kumo_compute_v1_ListUsersRequest, _kumo_compute_v1_ListUsersResponse, _kumo_compute_v1_ListUsersRequest__Output, _kumo_compute_v1_ListUsersResponse__Output>
  RemoveRole: MethodDefinition<_kumo_compute_v1_RemoveRoleRequest, _kumo_compute_v1_RemoveRoleResponse, _kumo_compute_v1_RemoveRoleRequest__Output, _kumo_compute_v1_RemoveRoleResponse__Output>
  RevokeToken: MethodDefinition<_kumo_compute_v1_RevokeTokenRequest, _kumo_compute_v1_RevokeTokenResponse, _kumo_compute_v1_RevokeTokenRequest__Output, _kumo_compute_v1_RevokeTokenResponse__Output>
}
