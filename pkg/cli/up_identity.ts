// What `kumo up` does for identity (Keystone's bootstrap, then devstack's
// demo): a token signing key file in the data dir, the `admin` user's
// password (kept from the last run's clouds.yaml entry, else new), a
// `demo` project with a `demo` member user, and the admin's entry in
// clouds.yaml so the CLI works against the cloud at once.
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KumoClient } from '../client/client.js';
import { KumoApiError } from '../client/errors.js';
import { cloudEntry, saveCloudEntry } from './clouds.js';

type Env = Readonly<Record<string, string | undefined>>;

export const ADMIN = { username: 'admin', project: 'admin' } as const;
export const DEMO = { username: 'demo', project: 'demo' } as const;

/** The signing key file of this cloud (made once, 0600): kept out of the state log, which compute hosts can read. */
export function ensureTokenKey(dataDir: string): string {
  const path = join(dataDir, 'token.key');
  if (!existsSync(path)) writeFileSync(path, randomBytes(32), { mode: 0o600 });
  return path;
}

/**
 * A random password that does not start with "-": printed after
 * `--password` in the login hint, one that did was read as an option
 * (up.test caught it, about one start in 64).
 */
function newPassword(bytes: number): string {
  for (;;) {
    const p = randomBytes(bytes).toString('base64url');
    if (!p.startsWith('-')) return p;
  }
}

/** The admin password for an endpoint: the one clouds.yaml has for it, else a new one. */
export function adminPassword(endpoint: string, env: Env): string {
  const entry = cloudEntry(endpoint, env);
  if (entry?.auth?.username === ADMIN.username && entry.auth.password) return entry.auth.password;
  return newPassword(12);
}

export function saveAdminEntry(endpoint: string, password: string, env: Env): string {
  // A token from an earlier run is void (the cloud may be new): drop it.
  return saveCloudEntry(endpoint, { auth: { username: ADMIN.username, password, project_name: ADMIN.project }, token: '', token_expires_at: '' }, env);
}

const exists = (err: unknown): boolean => err instanceof KumoApiError && err.codeName === 'ALREADY_EXISTS';

/** The demo project and its member user; the new user's password, or undefined when it existed already. */
export async function seedDemo(client: KumoClient): Promise<string | undefined> {
  await client.identity.createProject(DEMO.project, 'Demo project (kumo up)').catch((err: unknown) => {
    if (!exists(err)) throw err;
  });
  const password = newPassword(9);
  try {
    await client.identity.createUser({ name: DEMO.username, password, project: DEMO.project, role: 'member' });
    return password;
  } catch (err) {
    if (!exists(err)) throw err;
    return undefined;
  }
}
