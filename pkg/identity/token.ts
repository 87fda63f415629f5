// Bearer tokens: `kumo1.<payload>.<signature>`, the payload base64url JSON
// (user, project, roles, issue and expiry times, a random token id), the
// signature HMAC-SHA256 over `kumo1.<payload>` with the cloud's signing key.
// Like Keystone's fernet tokens they need no lookup to check; they hold
// until they expire unless revoked (revocations.ts: Keystone's revocation
// events, by token id or by user and issue time).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InvalidTokenError } from './errors.js';

const PREFIX = 'kumo1';

/** Who a token speaks for. */
export interface TokenClaims {
  userId: string;
  userName: string;
  projectId: string;
  projectName: string;
  roles: string[];
  /** Epoch ms. */
  issuedAt: number;
  /** Epoch ms. */
  expiresAt: number;
  /** Random id (Keystone's audit id), what RevokeToken revokes; given when the token is issued, else made. */
  tokenId?: string;
}

/** Claims as verified: the token id is always known. */
export type VerifiedClaims = TokenClaims & { tokenId: string };

interface Payload {
  u: string;
  un: string;
  p: string;
  pn: string;
  r: string[];
  iat: number;
  exp: number;
  /** The token id; absent in tokens issued before revocation existed. */
  jti?: string;
}

function sign(key: Buffer, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** A new random token id: 32 hex digits. */
export function newTokenId(): string {
  return randomBytes(16).toString('hex');
}

export function issueToken(key: Buffer, claims: TokenClaims): string {
  const payload: Payload = { u: claims.userId, un: claims.userName, p: claims.projectId, pn: claims.projectName, r: claims.roles, iat: claims.issuedAt, exp: claims.expiresAt, jti: claims.tokenId ?? newTokenId() };
  const body = `${PREFIX}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${sign(key, body).toString('base64url')}`;
}

function isPayload(v: unknown): v is Payload {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p['u'] === 'string' && typeof p['un'] === 'string' && typeof p['p'] === 'string' && typeof p['pn'] === 'string' &&
    Array.isArray(p['r']) && p['r'].every((r) => typeof r === 'string') && typeof p['iat'] === 'number' && typeof p['exp'] === 'number' &&
    (p['jti'] === undefined || (typeof p['jti'] === 'string' && /^[0-9a-f]{32}$/.test(p['jti'])))
  );
}

/** The claims of a token signed with `key` that has not expired at `now`; InvalidTokenError otherwise. */
export function verifyToken(key: Buffer, token: string, now = Date.now()): VerifiedClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX || !parts[1] || !parts[2]) throw new InvalidTokenError('malformed');
  const given = Buffer.from(parts[2], 'base64url');
  const want = sign(key, `${parts[0]}.${parts[1]}`);
  if (given.length !== want.length || !timingSafeEqual(given, want)) throw new InvalidTokenError('bad signature');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw new InvalidTokenError('malformed');
  }
  if (!isPayload(payload)) throw new InvalidTokenError('malformed');
  if (payload.exp <= now) throw new InvalidTokenError('expired');
  // A token from before token ids: its id is derived from its signature (unique per token), so it can be revoked too.
  const tokenId = payload.jti ?? createHash('sha256').update(given).digest('hex').slice(0, 32);
  return { userId: payload.u, userName: payload.un, projectId: payload.p, projectName: payload.pn, roles: payload.r, issuedAt: payload.iat, expiresAt: payload.exp, tokenId };
}

/** A signing key from a file (its bytes); one shorter than 32 bytes is refused, so a token cannot be forged by guessing it. */
export function signingKeyFromFile(path: string): Buffer {
  const key = readFileSync(path);
  if (key.length < 32) throw new Error(`token key file ${path} holds ${key.length} bytes; it needs at least 32 random bytes (head -c 32 /dev/urandom > ${path})`);
  return key;
}
