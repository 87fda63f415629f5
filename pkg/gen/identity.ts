import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { AddRoleRequest as _kumo_compute_v1_AddRoleRequest, AddRoleRequest__Output as _kumo_compute_v1_AddRoleRequest__Output } from './kumo/compute/v1/AddRoleRequest.js';
import type { AddRoleResponse as _kumo_compute_v1_AddRoleResponse, AddRoleResponse__Output as _kumo_compute_v1_AddRoleResponse__Output } from './kumo/compute/v1/AddRoleResponse.js';
import type { CreateProjectRequest as _kumo_compute_v1_CreateProjectRequest, CreateProjectRequest__Output as _kumo_compute_v1_CreateProjectRequest__Output } from './kumo/compute/v1/CreateProjectRequest.js';
import type { CreateProjectResponse as _kumo_compute_v1_CreateProjectResponse, CreateProjectResponse__Output as _kumo_compute_v1_CreateProjectResponse__Output } from './kumo/compute/v1/CreateProjectResponse.js';
import type { CreateUserRequest as _kumo_compute_v1_CreateUserRequest, CreateUserRequest__Output as _kumo_compute_v1_CreateUserRequest__Output } from './kumo/compute/v1/CreateUserRequest.js';
import type { CreateUserResponse as _kumo_compute_v1_CreateUserResponse, CreateUserResponse__Output as _kumo_compute_v1_CreateUserResponse__Output } from './kumo/compute/v1/CreateUserResponse.js';
import type { DeleteUserRequest as _kumo_compute_v1_DeleteUserRequest, DeleteUserRequest__Output as _kumo_compute_v1_DeleteUserRequest__Output } from './kumo/compute/v1/DeleteUserRequest.js';
import type { DeleteUserResponse as _kumo_compute_v1_DeleteUserResponse, DeleteUserResponse__Output as _kumo_compute_v1_DeleteUserResponse__Output } from './kumo/compute/v1/DeleteUserResponse.js';
import type { IdentityServiceClient as _kumo_compute_v1_IdentityServiceClient, IdentityServiceDefinition as _kumo_compute_v1_IdentityServiceDefinition } from './kumo/compute/v1/IdentityService.js';
import type { IssueTokenRequest as _kumo_compute_v1_IssueTokenRequest, IssueTokenRequest__Output as _kumo_compute_v1_IssueTokenRequest__Output } from './kumo/compute/v1/IssueTokenRequest.js';
import type { IssueTokenResponse as _kumo_compute_v1_IssueTokenResponse, IssueTokenResponse__Output as _kumo_compute_v1_IssueTokenResponse__Output } from './kumo/compute/v1/IssueTokenResponse.js';
import type { ListProjectsRequest as _kumo_compute_v1_ListProjectsRequest, ListProjectsRequest__Output as _kumo_compute_v1_ListProjectsRequest__Output } from './kumo/compute/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _kumo_compute_v1_ListProjectsResponse, ListProjectsResponse__Output as _kumo_compute_v1_ListProjectsResponse__Output } from './kumo/compute/v1/ListProjectsResponse.js';
import type { ListRoleAssignmentsRequest as _kumo_compute_v1_ListRoleAssignmentsRequest, ListRoleAssignmentsRequest__Output as _kumo_compute_v1_ListRoleAssignmentsRequest__Output } from './kumo/compute/v1/ListRoleAssignmentsRequest.js';
import type { ListRoleAssignmentsResponse as _kumo_compute_v1_ListRoleAssignmentsResponse, ListRoleAssignmentsResponse__Output as _kumo_compute_v1_ListRoleAssignmentsResponse__Output } from './kumo/compute/v1/ListRoleAssignmentsResponse.js';
import type { ListUsersRequest as _kumo_compute_v1_ListUsersRequest, ListUsersRequest__Output as _kumo_compute_v1_ListUsersRequest__Output } from './kumo/compute/v1/ListUsersRequest.js';
import type { ListUsersResponse as _kumo_compute_v1_ListUsersResponse, ListUsersResponse__Output as _kumo_compute_v1_ListUsersResponse__Output } from './kumo/compute/v1/ListUsersResponse.js';
import type { Project as _kumo_compute_v1_Project, Project__Output as _kumo_compute_v1_Project__Output } from './kumo/compute/v1/Project.js';
import type { RemoveRoleRequest as _kumo_compute_v1_RemoveRoleRequest, RemoveRoleRequest__Output as _kumo_compute_v1_RemoveRoleRequest__Output } from './kumo/compute/v1/RemoveRoleRequest.js';
import type { RemoveRoleResponse as _kumo_compute_v1_RemoveRoleResponse, RemoveRoleResponse__Output as _kumo_compute_v1_RemoveRoleResponse__Output } from './kumo/compute/v1/RemoveRoleResponse.js';
import type { RevokeTokenRequest as _kumo_compute_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _kumo_compute_v1_RevokeTokenRequest__Output } from './kumo/compute/v1/RevokeTokenRequest.js';
import type { RevokeTokenResponse as _kumo_compute_v1_RevokeTokenResponse, RevokeTokenResponse__Output as _kumo_compute_v1_RevokeTokenResponse__Output } from './kumo/compute/v1/RevokeTokenResponse.js';
import type { RoleAssignment as _kumo_compute_v1_RoleAssignment, RoleAssignment__Output as _kumo_compute_v1_RoleAssignment__Output } from './kumo/compute/v1/RoleAssignment.js';
import type { User as _kumo_compute_v1_User, User__Output as _kumo_compute_v1_User__Output } from './kumo/compute/v1/User.js';
import type { RevocationEvent as _kumo_internal_v1_RevocationEvent, RevocationEvent__Output as _kumo_internal_v1_RevocationEvent__Output } from './kumo/internal/v1/RevocationEvent.js';
import type { SigningKeyRecord as _kumo_internal_v1_SigningKeyRecord, SigningKeyRecord__Output as _kumo_internal_v1_SigningKeyRecord__Output } from './kumo/internal/v1/SigningKeyRecord.js';
import type { UserRecord as _kumo_internal_v1_UserRecord, UserRecord__Output as _kumo_internal_v1_UserRecord__Output } from './kumo/internal/v1/UserRecord.js';

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
        AddRoleRequest: MessageTypeDefinition<_kumo_compute_v1_AddRoleRequest, _kumo_compute_v1_AddRoleRequest__Output>
        AddRoleResponse: MessageTypeDefinition<_kumo_compute_v1_AddRoleResponse, _kumo_compute_v1_AddRoleResponse__Output>
        CreateProjectRequest: MessageTypeDefinition<_kumo_compute_v1_CreateProjectRequest, _kumo_compute_v1_CreateProjectRequest__Output>
        CreateProjectResponse: MessageTypeDefinition<_kumo_compute_v1_CreateProjectResponse, _kumo_compute_v1_CreateProjectResponse__Output>
        CreateUserRequest: MessageTypeDefinition<_kumo_compute_v1_CreateUserRequest, _kumo_compute_v1_CreateUserRequest__Output>
        CreateUserResponse: MessageTypeDefinition<_kumo_compute_v1_CreateUserResponse, _kumo_compute_v1_CreateUserResponse__Output>
        DeleteUserRequest: MessageTypeDefinition<_kumo_compute_v1_DeleteUserRequest, _kumo_compute_v1_DeleteUserRequest__Output>
        DeleteUserResponse: MessageTypeDefinition<_kumo_compute_v1_DeleteUserResponse, _kumo_compute_v1_DeleteUserResponse__Output>
        /**
         * IdentityService manages projects, users and role assignments, and issues tokens.
         */
        IdentityService: SubtypeConstructor<typeof grpc.Client, _kumo_compute_v1_IdentityServiceClient> & { service: _kumo_compute_v1_IdentityServiceDefinition }
        IssueTokenRequest: MessageTypeDefinition<_kumo_compute_v1_IssueTokenRequest, _kumo_compute_v1_IssueTokenRequest__Output>
        IssueTokenResponse: MessageTypeDefinition<_kumo_compute_v1_IssueTokenResponse, _kumo_compute_v1_IssueTokenResponse__Output>
        ListProjectsRequest: MessageTypeDefinition<_kumo_compute_v1_ListProjectsRequest, _kumo_compute_v1_ListProjectsRequest__Output>
        ListProjectsResponse: MessageTypeDefinition<_kumo_compute_v1_ListProjectsResponse, _kumo_compute_v1_ListProjectsResponse__Output>
        ListRoleAssignmentsRequest: MessageTypeDefinition<_kumo_compute_v1_ListRoleAssignmentsRequest, _kumo_compute_v1_ListRoleAssignmentsRequest__Output>
        ListRoleAssignmentsResponse: MessageTypeDefinition<_kumo_compute_v1_ListRoleAssignmentsResponse, _kumo_compute_v1_ListRoleAssignmentsResponse__Output>
        ListUsersRequest: MessageTypeDefinition<_kumo_compute_v1_ListUsersRequest, _kumo_compute_v1_ListUsersRequest__Output>
        ListUsersResponse: MessageTypeDefinition<_kumo_compute_v1_ListUsersResponse, _kumo_compute_v1_ListUsersResponse__Output>
        Project: MessageTypeDefinition<_kumo_compute_v1_Project, _kumo_compute_v1_Project__Output>
        RemoveRoleRequest: MessageTypeDefinition<_kumo_compute_v1_RemoveRoleRequest, _kumo_compute_v1_RemoveRoleRequest__Output>
        RemoveRoleResponse: MessageTypeDefinition<_kumo_compute_v1_RemoveRoleResponse, _kumo_compute_v1_RemoveRoleResponse__Output>
        RevokeTokenRequest: MessageTypeDefinition<_kumo_compute_v1_RevokeTokenRequest, _kumo_compute_v1_RevokeTokenRequest__Output>
        RevokeTokenResponse: MessageTypeDefinition<_kumo_compute_v1_RevokeTokenResponse, _kumo_compute_v1_RevokeTokenResponse__Output>
        RoleAssignment: MessageTypeDefinition<_kumo_compute_v1_RoleAssignment, _kumo_compute_v1_RoleAssignment__Output>
        User: MessageTypeDefinition<_kumo_compute_v1_User, _kumo_compute_v1_User__Output>
      }
    }
    internal: {
      v1: {
        RevocationEvent: MessageTypeDefinition<_kumo_internal_v1_RevocationEvent, _kumo_internal_v1_RevocationEvent__Output>
        SigningKeyRecord: MessageTypeDefinition<_kumo_internal_v1_SigningKeyRecord, _kumo_internal_v1_SigningKeyRecord__Output>
        UserRecord: MessageTypeDefinition<_kumo_internal_v1_UserRecord, _kumo_internal_v1_UserRecord__Output>
      }
    }
  }
}

