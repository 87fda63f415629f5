// TLS for the public gRPC API: the server's credentials (TLS, or mutual TLS
// when a client CA is given) and the client's (a target URL whose scheme
// says whether to use TLS, a CA to trust, and an optional client
// certificate). Files are read here, once, so a wrong path fails at start
// with a message that names it.
import { ChannelCredentials, credentials as grpcCredentials, ServerCredentials } from '@grpc/grpc-js';
import { readFileSync } from 'node:fs';

export class TlsConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TlsConfigError';
  }
}

/** The API's TLS settings (all paths; empty strings mean unset). */
export interface ServerTlsOptions {
  /** PEM certificate chain of the server. */
  cert: string;
  /** PEM private key of the server. */
  key: string;
  /** PEM CA bundle: when set, clients must present a certificate it signed (mTLS). */
  clientCa: string;
}

/** A PEM given inline (Buffer) or as a file path. */
export type PemSource = string | Buffer;

function readPem(what: string, source: PemSource): Buffer {
  if (Buffer.isBuffer(source)) return source;
  try {
    return readFileSync(source);
  } catch (err) {
    throw new TlsConfigError(`cannot read ${what} ${source}: ${(err as Error).message}`);
  }
}

/** Whether the API serves TLS with these settings; a cert without a key (or a client CA without both) is an error. */
export function serverTlsEnabled(o: ServerTlsOptions): boolean {
  if (!o.cert && !o.key && !o.clientCa) return false;
  if (!o.cert || !o.key) throw new TlsConfigError('--tls-cert and --tls-key go together (and --tls-client-ca needs both)');
  return true;
}

/** Plain-text credentials when TLS is off; TLS, with client certificates required and checked when a client CA is set. */
export function serverCredentials(o: ServerTlsOptions): ServerCredentials {
  if (!serverTlsEnabled(o)) return ServerCredentials.createInsecure();
  const pair = { cert_chain: readPem('--tls-cert', o.cert), private_key: readPem('--tls-key', o.key) };
  const clientCa = o.clientCa ? readPem('--tls-client-ca', o.clientCa) : null;
  return ServerCredentials.createSsl(clientCa, [pair], clientCa !== null);
}

/** What a client needs to reach the API over TLS. */
export interface ClientTlsOptions {
  /** CA to trust (default: the system's roots). */
  caCert?: PemSource;
  /** Client certificate and key, for an API that requires mTLS. */
  cert?: PemSource;
  key?: PemSource;
  /** Use TLS even with a scheme-less URL (implied by caCert, cert or key). */
  tls?: boolean;
}

const TLS_SCHEMES = new Set(['https', 'grpcs']);
const PLAIN_SCHEMES = new Set(['http', 'grpc']);

/**
 * Splits `https://host:port` / `grpcs://host:port` (TLS) or `http://` /
 * `grpc://` / a bare `host:port` into the gRPC target and whether the URL
 * asks for TLS (undefined when it does not say).
 */
export function parseApiUrl(url: string): { target: string; tls: boolean | undefined } {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(url);
  if (!m) return { target: url, tls: undefined };
  const scheme = m[1]!.toLowerCase();
  const rest = m[2]!.replace(/\/+$/, '');
  if (TLS_SCHEMES.has(scheme)) return { target: rest, tls: true };
  if (PLAIN_SCHEMES.has(scheme)) return { target: rest, tls: false };
  // Another scheme (dns:, unix:, ...) is grpc-js's business.
  return { target: url, tls: undefined };
}

/** The channel's target and credentials: TLS when the URL's scheme, `tls` or any certificate option asks for it. */
export function channelCredentials(url: string, o: ClientTlsOptions = {}): { target: string; credentials: ChannelCredentials } {
  const { target, tls } = parseApiUrl(url);
  const anyTls = o.tls === true || o.caCert !== undefined || o.cert !== undefined || o.key !== undefined;
  if (tls === false && anyTls) throw new TlsConfigError(`${url} asks for plain text, but TLS options were given`);
  if (!(tls ?? anyTls)) return { target, credentials: grpcCredentials.createInsecure() };
  if ((o.cert === undefined) !== (o.key === undefined)) throw new TlsConfigError('a client certificate needs its key, and a key its certificate (--cert and --key)');
  const ca = o.caCert !== undefined ? readPem('CA certificate', o.caCert) : null;
  const key = o.key !== undefined ? readPem('client key', o.key) : null;
  const cert = o.cert !== undefined ? readPem('client certificate', o.cert) : null;
  return { target, credentials: grpcCredentials.createSsl(ca, key, cert) };
}
