// Small random values (an event's id suffix, a MAC, a reservation id) from a
// pool filled from the CSPRNG 4 KiB at a time: crypto.randomBytes(3) costs a
// call into the OpenSSL RNG and a new buffer each time, which showed in the
// conductor's profile (three per boot). The bytes are as random; they are
// not for keys or tokens (those use crypto.randomBytes directly).
import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let used = POOL_BYTES;

/** `n` random bytes (n <= 256) as lowercase hex. */
export function randomHex(n: number): string {
  return take(n).toString('hex');
}

/** `n` random bytes (n <= 256), a view of the pool: read it before the next call. */
export function take(n: number): Buffer {
  if (n > 256) throw new RangeError('randomHex/take: at most 256 bytes');
  if (used + n > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  const out = pool.subarray(used, used + n);
  used += n;
  return out;
}
