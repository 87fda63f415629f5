// The user's Kumo config, clouds.yaml (as OpenStack's): one entry per API
// endpoint with the credentials and the token `kumo login` stored for it.
// `kumo up` writes its admin's entry, so the CLI works against it with no
// extra step. Lives in $KUMO_CONFIG_DIR, else $XDG_CONFIG_HOME/kumo, else
// ~/.config/kumo; written 0600 (it holds passwords and tokens).
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

type Env = Readonly<Record<string, string | undefined>>;

export interface CloudEntry {
  /** The API address, as given to --url. */
  endpoint: string;
  /** Password credentials (Keystone's v3password: username, password, project_name). */
  auth?: { username: string; password: string; project_name: string };
  /** A token from `kumo login`, and when it expires (ISO 8601). */
  token?: string;
  token_expires_at?: string;
  /** CA certificate to trust for this endpoint's TLS (as OpenStack's `cacert`); `kumo up --tls` sets it. */
  cacert?: string;
}

interface CloudsFile {
  clouds: Record<string, CloudEntry>;
}

export function cloudsPath(env: Env): string {
  const dir = env['KUMO_CONFIG_DIR'] || join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'kumo');
  return join(dir, 'clouds.yaml');
}

/** An endpoint as a key: without an http(s):// scheme or a trailing slash. */
export function endpointKey(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
}

function readFile(path: string): CloudsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { clouds: {} };
  }
  const parsed = parse(text) as Partial<CloudsFile> | null;
  return { clouds: parsed && typeof parsed.clouds === 'object' && parsed.clouds ? parsed.clouds : {} };
}

/** The entry of an endpoint, if any. An unreadable file counts as none. */
export function cloudEntry(url: string, env: Env): CloudEntry | undefined {
  try {
    const file = readFile(cloudsPath(env));
    return file.clouds[endpointKey(url)];
  } catch {
    return undefined;
  }
}

/** Merges `change` into the entry of an endpoint and writes the file (atomically, 0600). */
export function saveCloudEntry(url: string, change: Partial<CloudEntry>, env: Env): string {
  const path = cloudsPath(env);
  const file = readFile(path);
  const key = endpointKey(url);
  file.clouds[key] = { ...file.clouds[key], ...change, endpoint: url };
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `# Kumo clouds, one entry per API endpoint (kumo up, kumo login).\n${stringify(file)}`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  return path;
}
