// Which credentials the CLI sends, first found wins:
//   1. --os-token / KUMO_TOKEN
//   2. --os-username, --os-password, --os-project-name (OS_USERNAME, ...): a token issued per run
//   3. the endpoint's clouds.yaml entry: the token `kumo login` stored while it is valid, else its password credentials
//   4. none: under an API in noauth mode, --project/--user (x-kumo-*) say who is calling
import type { ClientOptions } from '../client/client.js';
import type { GlobalOptions } from './args.js';
import { cloudEntry } from './clouds.js';
import { UsageError } from './errors.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A stored token is not used in its last half minute: a command may run that long. */
const TOKEN_MARGIN_MS = 30_000;

export function clientCredentials(g: GlobalOptions, env: Env, now = Date.now()): Pick<ClientOptions, 'token' | 'auth'> {
  if (g.osToken) return { token: g.osToken };
  if (g.osUsername || g.osPassword) {
    if (!g.osUsername || !g.osPassword) throw new UsageError('--os-username and --os-password go together');
    if (!g.osProjectName) throw new UsageError('--os-project-name is required with --os-username');
    return { auth: { username: g.osUsername, password: g.osPassword, project: g.osProjectName } };
  }
  const entry = cloudEntry(g.url, env);
  if (!entry) return {};
  if (entry.token && Date.parse(entry.token_expires_at ?? '') - TOKEN_MARGIN_MS > now) return { token: entry.token };
  if (entry.auth?.username && entry.auth.password) return { auth: { username: entry.auth.username, password: entry.auth.password, project: entry.auth.project_name } };
  return {};
}
