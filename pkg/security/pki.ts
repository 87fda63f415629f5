// A private certificate authority for development clouds (`kumo up --tls`
// and the tests): a CA, and certificates it signs for servers and clients.
// node:crypto cannot make X.509 certificates, so this drives the openssl
// command line. Keys are written 0600.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class PkiError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PkiError';
  }
}

export interface CertFiles {
  cert: string;
  key: string;
}

export interface Ca extends CertFiles {
  dir: string;
}

/** Subject alternative names a local server certificate covers. */
export const LOCAL_SANS = ['IP:127.0.0.1', 'IP:::1', 'DNS:localhost'];

const KEY_ARGS = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

async function openssl(args: string[]): Promise<void> {
  try {
    await run('openssl', args, { timeout: 30_000 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new PkiError('openssl is not installed: run `sudo apt-get install openssl`', { cause: err });
    throw new PkiError(`openssl ${args[0]} failed: ${e.stderr?.trim() || e.message}`, { cause: err });
  }
}

/** Makes a CA in `dir` (ca.pem, ca-key.pem), or keeps the one already there. */
export async function ensureCa(dir: string, commonName = 'Kumo development CA'): Promise<Ca> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const ca: Ca = { dir, cert: join(dir, 'ca.pem'), key: join(dir, 'ca-key.pem') };
  if (existsSync(ca.cert) && existsSync(ca.key)) return ca;
  await openssl([
    'req', '-x509', ...KEY_ARGS, '-keyout', ca.key, '-out', ca.cert, '-days', '3650', '-subj', `/CN=${commonName}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  chmodSync(ca.key, 0o600);
  return ca;
}

/**
 * Issues `<name>.pem` and `<name>-key.pem` in the CA's directory (or
 * `outDir`), signed by the CA: a server certificate for `sans`, or a client
 * certificate whose common name is `name`. Kept when they already exist.
 */
export async function issueCert(ca: Ca, name: string, usage: 'server' | 'client', opts: { sans?: string[]; outDir?: string } = {}): Promise<CertFiles> {
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new PkiError(`certificate name ${JSON.stringify(name)} may hold only letters, digits, ".", "_" and "-"`);
  const dir = opts.outDir ?? ca.dir;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const out: CertFiles = { cert: join(dir, `${name}.pem`), key: join(dir, `${name}-key.pem`) };
  if (existsSync(out.cert) && existsSync(out.key)) return out;
  const csr = join(dir, `${name}.csr`);
  const ext = join(dir, `${name}.ext`);
  const sans = opts.sans ?? (usage === 'server' ? LOCAL_SANS : []);
  writeFileSync(
    ext,
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      `extendedKeyUsage=${usage === 'server' ? 'serverAuth' : 'clientAuth'}`,
      ...(sans.length ? [`subjectAltName=${sans.join(',')}`] : []),
      '',
    ].join('\n'),
  );
  try {
    await openssl(['req', '-new', ...KEY_ARGS, '-keyout', out.key, '-out', csr, '-subj', `/CN=${name}`]);
    chmodSync(out.key, 0o600);
    await openssl([
      'x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-set_serial', `0x${randomBytes(16).toString('hex')}`,
      '-days', '825', '-extfile', ext, '-out', out.cert,
    ]);
  } finally {
    rmSync(csr, { force: true });
    rmSync(ext, { force: true });
  }
  return out;
}
