// Bearer tokens: `kumo1.<payload>.<signature>`, the payload base64url JSON
// (user, project, roles, expiry), the signature HMAC-SHA256 over
// `kumo1.<payload>` with the cloud's signing key. Like Keystone's fernet
// tokens they need no lookup to check, and hold until they expire.
import { createHmac, timingSafeEqual } from 'node:crypto';
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
}

interface Payload {
  u: string;
  un: string;
  p: string;
  pn: string;
  r: string[];
  iat: number;
  exp: number;
}

function sign(key: Buffer, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

export function issueToken(key: Buffer, claims: TokenClaims): string {
  const payload: Payload = { u: claims.userId, un: claims.userName, p: claims.projectId, pn: claims.projectName, r: claims.roles, iat: claims.issuedAt, exp: claims.expiresAt };
  const body = `${PREFIX}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${sign(key, body).toString('base64url')}`;
}

function isPayload(v: unknown): v is Payload {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p['u'] === 'string' && typeof p['un'] === 'string' && typeof p['p'] === 'string' && typeof p['pn'] === 'string' &&
    Array.isArray(p['r']) && p['r'].every((r) => typeof r === 'string') && typeof p['iat'] === 'number' && typeof p['exp'] === 'number'
  );
}

/** The claims of a token signed with `key` that has not expired at `now`; InvalidTokenError otherwise. */
export function verifyToken(key: Buffer, token: string, now = Date.now()): TokenClaims {
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
  return { userId: payload.u, userName: payload.un, projectId: payload.p, projectName: payload.pn, roles: payload.r, issuedAt: payload.iat, expiresAt: payload.exp };
}

/** A signing key from a file (its bytes); one shorter than 32 bytes is refused, so a token cannot be forged by guessing it. */
export function signingKeyFromFile(path: string): Buffer {
  const key = readFileSync(path);
  if (key.length < 32) throw new Error(`token key file ${path} holds ${key.length} bytes; it needs at least 32 random bytes (head -c 32 /dev/urandom > ${path})`);
  return key;
}
