// Who is calling. The API's guard (guard.ts) authenticates every call
// before its handler runs and remembers the identity by the call's
// metadata; handlers read it through callerIdentity. How the guard learns
// it depends on the auth mode (auth.ts): from a signed bearer token
// (`token`), or, in `noauth` (Nova's noauth2, for development and tests),
// from metadata: x-kumo-project, x-kumo-user and x-kumo-roles, where a
// caller without x-kumo-roles is an admin and one without a project is the
// default project's default user.
import type { Metadata } from '@grpc/grpc-js';
import type { CallerIdentity } from '../actor/envelope.js';
import { effectiveRoles } from '../identity/roles.js';

export const DEFAULT_PROJECT = 'default';
export const DEFAULT_USER = 'default';
export const DEFAULT_ROLES: readonly string[] = ['admin', 'member', 'reader'];

/** A caller as the API knows it: the envelope's identity plus names for the audit log. */
export interface ApiIdentity extends CallerIdentity {
  userName: string;
  projectName: string;
  roles: readonly string[];
}

const authenticated = new WeakMap<Metadata, ApiIdentity>();

/** Called by the guard once a call is authenticated. */
export function rememberIdentity(md: Metadata, identity: ApiIdentity): void {
  authenticated.set(md, identity);
}

/** The identity noauth reads from metadata (implied roles added). */
export function headerIdentity(md: Metadata): ApiIdentity {
  const project = md.get('x-kumo-project')[0];
  const user = md.get('x-kumo-user')[0];
  const roles = md.get('x-kumo-roles')[0];
  const projectId = typeof project === 'string' && project ? project : DEFAULT_PROJECT;
  const userId = typeof user === 'string' && user ? user : DEFAULT_USER;
  const given = typeof roles === 'string' ? roles.split(',').map((r) => r.trim()).filter(Boolean) : DEFAULT_ROLES;
  return { projectId, userId, userName: userId, projectName: projectId, roles: effectiveRoles(given) };
}

/** The identity of a call: what the guard authenticated (headers for a call that bypassed it, as noauth). */
export function callerIdentity(md: Metadata): ApiIdentity {
  return authenticated.get(md) ?? headerIdentity(md);
}

/** Nova's context_is_admin (role:admin); the policy (pkg/policy) decides everything else. */
export function isAdmin(identity: CallerIdentity): boolean {
  return identity.roles?.includes('admin') ?? false;
}
