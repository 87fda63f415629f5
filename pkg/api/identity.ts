// Who is calling. Until identity and tokens exist, the caller names its
// project and user in metadata (x-kumo-project, x-kumo-user) or is the
// default project's default user.
import type { Metadata } from '@grpc/grpc-js';
import type { CallerIdentity } from '../actor/envelope.js';

export const DEFAULT_PROJECT = 'default';
export const DEFAULT_USER = 'default';

export function callerIdentity(md: Metadata): CallerIdentity {
  const project = md.get('x-kumo-project')[0];
  const user = md.get('x-kumo-user')[0];
  return {
    projectId: typeof project === 'string' && project ? project : DEFAULT_PROJECT,
    userId: typeof user === 'string' && user ? user : DEFAULT_USER,
  };
}
