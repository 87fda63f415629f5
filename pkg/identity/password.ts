// Password hashing with scrypt (node:crypto): a random salt per user, the
// cost parameters kept with the hash, and a constant-time comparison.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface PasswordHash {
  hash: Buffer;
  salt: Buffer;
  n: number;
  r: number;
  p: number;
}

/** OWASP's scrypt minimum (N=2^17, r=8, p=1) takes 128 MiB a hash; N=2^15 takes 32 MiB, so concurrent sign-ins do not swell an API replica, and still costs tens to hundreds of ms a guess. */
const DEFAULT = { n: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, o: { n: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: o.n, r: o.r, p: o.p, maxmem: 256 * o.n * o.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password, salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { hash: await derive(password, salt, DEFAULT), salt, ...DEFAULT };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const key = await derive(password, stored.salt, stored);
  return key.length === stored.hash.length && timingSafeEqual(key, stored.hash);
}
