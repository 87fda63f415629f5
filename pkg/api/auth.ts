// Authentication modes of kumo-api, as Nova's auth_strategy: `token`
// (the default: every call but IssueToken needs a valid, unrevoked bearer
// token, else UNAUTHENTICATED) and `noauth` (Nova's noauth2: identity from metadata,
// for development and tests).
import type { Metadata } from '@grpc/grpc-js';
import { InvalidTokenError } from '../identity/errors.js';
import type { Revocations } from '../identity/revocations.js';
import { verifyToken } from '../identity/token.js';
import { headerIdentity, type ApiIdentity } from './identity.js';

export const AUTH_MODES = ['token', 'noauth'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export interface Authenticator {
  readonly mode: AuthMode;
  /** The caller of a call; throws InvalidTokenError (UNAUTHENTICATED). */
  authenticate(md: Metadata): ApiIdentity;
}

/** The bearer token of `authorization` metadata, if any. */
export function bearerToken(md: Metadata): string | undefined {
  const raw = md.get('authorization')[0];
  if (typeof raw !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(raw);
  return m?.[1];
}

export class TokenAuthenticator implements Authenticator {
  readonly mode = 'token' as const;

  /** `revocations`: the events this replica follows (a few map lookups a call); none, nothing is revoked. */
  constructor(
    private readonly key: Buffer,
    private readonly revocations?: Revocations,
  ) {}

  authenticate(md: Metadata): ApiIdentity {
    const token = bearerToken(md);
    if (!token) throw new InvalidTokenError(md.get('authorization').length ? 'malformed' : 'missing');
    const c = verifyToken(this.key, token);
    if (this.revocations?.isRevoked(c)) throw new InvalidTokenError('revoked');
    return { projectId: c.projectId, userId: c.userId, userName: c.userName, projectName: c.projectName, roles: c.roles };
  }
}

export class NoAuthAuthenticator implements Authenticator {
  readonly mode = 'noauth' as const;

  authenticate(md: Metadata): ApiIdentity {
    return headerIdentity(md);
  }
}

/** kumo-api's authentication, policy and audit settings (pkg/config). */
export interface ApiAuthConfig {
  /** token (default) or noauth. */
  auth: AuthMode;
  /** YAML or JSON policy overrides; '' for the defaults. */
  policyFile: string;
  /** Audit lines go here; '' for the process log. */
  auditLog: string;
  /** Lifetime of issued tokens (Keystone's [token] expiration: 1 hour). */
  tokenTtlMs: number;
  /** The token signing key from this file; '' for the key kept in the state log. */
  tokenKeyFile: string;
}

export const DEFAULT_API_AUTH: ApiAuthConfig = { auth: 'token', policyFile: '', auditLog: '', tokenTtlMs: 3_600_000, tokenKeyFile: '' };
