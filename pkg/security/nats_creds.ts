// A process's NATS credentials: a user and password from flags or the
// environment, or a creds file (JSON {"user","password"}, written 0600 by
// `kumo up`). Each user gets its own inbox prefix, so that a restricted
// user (a compute host) may subscribe to its own replies only.
import { readFileSync } from 'node:fs';

export class NatsCredsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NatsCredsError';
  }
}

export interface NatsCreds {
  user: string;
  password: string;
}

/** The inbox prefix of a user's connection: `_INBOX_<user>`, which its subscribe permission allows. */
export function inboxPrefix(user: string): string {
  return `_INBOX_${user}`;
}

export function readNatsCreds(file: string): NatsCreds {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new NatsCredsError(`cannot read NATS credentials ${file}: ${(err as Error).message}`);
  }
  const c = parsed as Partial<Record<keyof NatsCreds, unknown>>;
  if (typeof c?.user !== 'string' || typeof c.password !== 'string' || !c.user || !c.password) {
    throw new NatsCredsError(`NATS credentials ${file} must be JSON {"user": "...", "password": "..."}`);
  }
  return { user: c.user, password: c.password };
}

/** Credentials from config: the creds file wins over a user and password; undefined when neither is set. */
export function natsCredsOf(c: { natsUser: string; natsPassword: string; natsCreds: string }): NatsCreds | undefined {
  if (c.natsCreds) return readNatsCreds(c.natsCreds);
  if (c.natsUser) return { user: c.natsUser, password: c.natsPassword };
  return undefined;
}
