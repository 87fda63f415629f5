// OpenSSH public keys: parse and check an imported key, generate a new RSA
// pair, and compute Nova's fingerprint (MD5 of the key blob, colon hex).
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';

const KEY_TYPES = new Set(['ssh-rsa', 'ssh-ed25519', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521']);

export interface ParsedKey {
  type: string;
  blob: Buffer;
  /** The key normalised to "type base64 [comment]". */
  text: string;
}

/** Parses an OpenSSH public key line; returns why it is invalid as a string. */
export function parsePublicKey(line: string): ParsedKey | string {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2) return 'expected "<type> <base64> [comment]"';
  const [type, b64, ...comment] = parts as [string, string, ...string[]];
  if (!KEY_TYPES.has(type)) return `unsupported key type ${type}`;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return 'key data is not base64';
  const blob = Buffer.from(b64, 'base64');
  if (blob.length < 4) return 'key data is too short';
  const innerLen = blob.readUInt32BE(0);
  if (innerLen + 4 > blob.length || blob.subarray(4, 4 + innerLen).toString('latin1') !== type) {
    return `key data does not match its type ${type}`;
  }
  return { type, blob, text: [type, b64, ...comment].join(' ') };
}

export function fingerprint(blob: Buffer): string {
  return createHash('md5').update(blob).digest('hex').match(/../g)!.join(':');
}

function sshString(data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, data]);
}

function mpint(unsigned: Buffer): Buffer {
  // A leading 0 keeps a value with its top bit set positive.
  return sshString(unsigned[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), unsigned]) : unsigned);
}

/** Generates an RSA-2048 pair: OpenSSH public key and PKCS#1 PEM private key (OpenSSH reads both). */
export function generateKeypair(comment: string): { publicKey: string; privateKey: string; blob: Buffer } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  const blob = Buffer.concat([
    sshString(Buffer.from('ssh-rsa')),
    mpint(Buffer.from(jwk.e!, 'base64url')),
    mpint(Buffer.from(jwk.n!, 'base64url')),
  ]);
  return {
    publicKey: `ssh-rsa ${blob.toString('base64')} ${comment}`,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    blob,
  };
}
