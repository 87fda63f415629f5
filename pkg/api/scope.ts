// Which projects a call sees. A call acts in its own project: the
// conductors answer another project's resource NOT_FOUND. Admins see more,
// by policy (pkg/policy OPTION_RULES): every project's servers in
// ListServers with all_tenants (Nova's), and, with token auth, any
// project's server, server group, network, port, floating IP and security
// group by id (get, delete; a server's actions and instance actions), and
// any user's keypairs by user_id (Nova's). Under noauth the project a caller
// names is always its scope, as before tokens.
// An envelope with an empty project is unscoped (the conductors' own
// convention for internal calls).
import type { Envelope } from '../actor/envelope.js';
import { InvalidArgumentError } from '../actor/errors.js';
import { Policy } from '../policy/policy.js';
import { optionalId } from './validate.js';

interface ScopeSettings {
  policy: Policy;
  /** Admins reach other projects' servers by id (token auth). */
  crossProjectById: boolean;
}

/** Set by ApiServer.start; the defaults are the default policy under noauth. */
let settings: ScopeSettings = { policy: new Policy(), crossProjectById: false };

export function useScope(s: ScopeSettings): void {
  settings = s;
}

/** The envelope for reading or acting on one server by id. */
export function serverByIdScope(env: Envelope): Envelope {
  if (!settings.crossProjectById || !settings.policy.allowed('compute:servers:show:all_projects', env)) return env;
  return { ...env, projectId: '' };
}

/**
 * The envelope for reading or deleting another kind of resource by id: unscoped for an admin (token auth,
 * `rule`: compute:server_groups:show:all_projects or network:show:all_projects), else the caller's project.
 */
export function byIdScope(env: Envelope, rule: string): Envelope {
  if (!settings.crossProjectById || !settings.policy.allowed(rule, env)) return env;
  return { ...env, projectId: '' };
}

/** The envelope of a keypair call naming `user_id` (the guard's keypair_owner rule let only an admin name another user). */
export function keypairScope(env: Envelope, userId: string): Envelope {
  if (userId) envelopeId(userId, 'user_id');
  return userId && userId !== env.userId ? { ...env, userId } : env;
}

/**
 * A user or project id a request puts into the envelope (a NATS header):
 * an id (optionalId), with no whitespace or control characters,
 * which a header cannot carry (the fuzz suite found a "\r" in user_id
 * answered INTERNAL).
 */
function envelopeId(id: string, field: string): void {
  optionalId(id, field);
  if (/[\s\x00-\x1f\x7f]/.test(id)) throw InvalidArgumentError.field(field, 'must not contain whitespace or control characters');
}

/** The envelope of a ListServers: the caller's project, or with all_tenants (admin) every project or the one named by project_id. */
export function listServersScope(env: Envelope, req: { all_tenants?: boolean; project_id?: string }): Envelope {
  if (!req.all_tenants) {
    if (req.project_id) throw InvalidArgumentError.field('project_id', 'only with all_tenants');
    return env;
  }
  settings.policy.enforce('compute:servers:index:get_all_tenants', env);
  if (req.project_id) envelopeId(req.project_id, 'project_id');
  return { ...env, projectId: req.project_id ?? '' };
}

/** Enforces one of the policy's option rules (e.g. network:create_network:shared) inside a handler. */
export function enforceOption(rule: string, env: Envelope): void {
  settings.policy.enforce(rule, env);
}
