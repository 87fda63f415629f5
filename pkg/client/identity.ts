// IdentityService in the SDK: projects, users, roles, and tokens issued
// from a password. A KumoClient given `auth` (user, password, project)
// asks for a token on its first call and again whenever the API answers
// UNAUTHENTICATED (the token expired), through a stub that sends no token.
import type { IdentityServiceDefinition } from '../gen/kumo/compute/v1/IdentityService.js';
import type { IssueTokenResponse__Output, Project__Output, RoleAssignment__Output, User__Output } from '../gen/types.js';
import { required } from './managers.js';
import { makeStub, type CallOptions, type Stub } from './stub.js';
import { TokenSource, type Transport } from './transport.js';

/** Password credentials, as OpenStack's OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME. */
export interface PasswordAuth {
  username: string;
  password: string;
  /** Project name or id the token is scoped to. */
  project: string;
}

export interface IdentityManager extends Stub<IdentityServiceDefinition> {}
/** Projects, users and role assignments (admin), and tokens. */
export class IdentityManager {
  constructor(
    /** The raw RPCs of IdentityService. */
    readonly api: Stub<IdentityServiceDefinition>,
    /** The token this client sends now, if any (revokeToken without a token revokes it). */
    private readonly currentToken: () => Promise<string | undefined> = async () => undefined,
  ) {
    Object.assign(this, api);
  }

  /** A token for the user on the project (`kumo token issue`). */
  issueToken(auth: PasswordAuth, opts?: CallOptions): Promise<IssueTokenResponse__Output> {
    return this.IssueToken(auth, opts);
  }

  async createProject(name: string, description = '', opts?: CallOptions): Promise<Project__Output> {
    return required((await this.CreateProject({ name, description }, opts)).project, 'CreateProject', 'project');
  }

  async projects(opts?: CallOptions): Promise<Project__Output[]> {
    return (await this.ListProjects({}, opts)).projects;
  }

  /** A new user, with `role` (default member) on `project` when one is given. */
  async createUser(params: { name: string; password: string; project?: string; role?: string }, opts?: CallOptions): Promise<User__Output> {
    return required((await this.CreateUser({ project: '', role: '', ...params }, opts)).user, 'CreateUser', 'user');
  }

  async users(opts?: CallOptions): Promise<User__Output[]> {
    return (await this.ListUsers({}, opts)).users;
  }

  async addRole(params: { user: string; project: string; role: string }, opts?: CallOptions): Promise<RoleAssignment__Output> {
    return required((await this.AddRole(params, opts)).assignment, 'AddRole', 'assignment');
  }

  /** Takes a role away; the user's tokens on the project issued until now stop working (`kumo role remove`). */
  async removeRole(params: { user: string; project: string; role: string }, opts?: CallOptions): Promise<RoleAssignment__Output> {
    return required((await this.RemoveRole(params, opts)).assignment, 'RemoveRole', 'assignment');
  }

  /** Deletes a user with its role assignments; its tokens stop working (`kumo user delete`). */
  async deleteUser(user: string, opts?: CallOptions): Promise<void> {
    await this.DeleteUser({ user }, opts);
  }

  /** Revokes a token before it expires: `token`, else the one this client sends (`kumo token revoke`). */
  async revokeToken(token?: string, opts?: CallOptions): Promise<void> {
    const subject = token ?? (await this.currentToken());
    if (!subject) throw new Error('revokeToken: no token given, and this client sends none');
    await this.RevokeToken({ token: subject }, opts);
  }

  async roleAssignments(filter: { user?: string; project?: string } = {}, opts?: CallOptions): Promise<RoleAssignment__Output[]> {
    return (await this.ListRoleAssignments(filter, opts)).assignments;
  }
}

/** A token provider issuing tokens from a password, over a stub of its own that sends no token. */
export function passwordTokenProvider(t: Transport, definition: IdentityServiceDefinition, auth: PasswordAuth): () => Promise<string> {
  const stub = makeStub({ ...t, tokens: new TokenSource(undefined, undefined) }, definition);
  return async () => (await stub.IssueToken(auth)).token;
}
