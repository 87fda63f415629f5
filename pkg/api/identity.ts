// Who is calling. Until identity and tokens exist, the caller names its
// project, user and roles in metadata (x-kumo-project, x-kumo-user,
// x-kumo-roles) or is the default project's default user. Without
// x-kumo-roles the caller is an admin: a single-operator development cloud,
// as every caller was trusted before roles existed.
import type { Metadata } from '@grpc/grpc-js';
import type { CallerIdentity } from '../actor/envelope.js';

export const DEFAULT_PROJECT = 'default';
export const DEFAULT_USER = 'default';
export const DEFAULT_ROLES: readonly string[] = ['admin', 'member', 'reader'];

export function callerIdentity(md: Metadata): CallerIdentity {
  const project = md.get('x-kumo-project')[0];
  const user = md.get('x-kumo-user')[0];
  const roles = md.get('x-kumo-roles')[0];
  return {
    projectId: typeof project === 'string' && project ? project : DEFAULT_PROJECT,
    userId: typeof user === 'string' && user ? user : DEFAULT_USER,
    roles: typeof roles === 'string' ? roles.split(',').map((r) => r.trim()).filter(Boolean) : DEFAULT_ROLES,
  };
}

export function isAdmin(identity: CallerIdentity): boolean {
  return identity.roles?.includes('admin') ?? false;
}
