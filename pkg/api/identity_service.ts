// IdentityService: projects, users, role assignments (pkg/identity's store
// on the state log), IssueToken, which checks a password and signs a
// project-scoped, expiring token, and RevokeToken (a revocation event on the
// log, pkg/identity/revocations.ts). The guard enforces who may call what
// (pkg/policy: identity:* rules); this file only does the work.
import type { Logger } from 'pino';
import { InvalidArgumentError, NotFoundError } from '../actor/errors.js';
import type { Policy } from '../policy/policy.js';
import type { IdentityServiceHandlers } from '../gen/kumo/compute/v1/IdentityService.js';
import type { Project__Output } from '../gen/types.js';
import { InvalidCredentialsError } from '../identity/errors.js';
import { hashPassword } from '../identity/password.js';
import { effectiveRoles } from '../identity/roles.js';
import { checkName, checkRole, type IdentityStore } from '../identity/store.js';
import { issueToken, verifyToken, type VerifiedClaims } from '../identity/token.js';
import type { Revocations } from '../identity/revocations.js';
import { nowTimestamp } from '../util/timestamp.js';
import { isAdmin } from './identity.js';
import { unary } from './unary.js';

export interface IdentityServiceDeps {
  store: IdentityStore;
  signingKey: Buffer;
  tokenTtlMs: number;
  /** The events this replica holds; a token already revoked is not found again. */
  revocations: Revocations;
  /** For RevokeToken's identity:revoke_token with the token's owner as the target. */
  policy: Policy;
}

/** A hash to check a password against when the user does not exist, so a missing user takes as long as a wrong password. */
const decoy = hashPassword('not a password of anyone');

export function identityService(deps: IdentityServiceDeps, log: Logger): IdentityServiceHandlers {
  const { store } = deps;
  return {
    IssueToken: unary(log, 'IssueToken', async (req) => {
      if (!req.username) throw InvalidArgumentError.field('username', 'required');
      if (!req.password) throw InvalidArgumentError.field('password', 'required');
      if (!req.project) throw InvalidArgumentError.field('project', 'required');
      const record = await store.userRecord(req.username).catch(() => undefined);
      if (!record) {
        const d = await decoy;
        await store.checkPassword({ user: null, password_hash: d.hash, salt: d.salt, scrypt_n: d.n, scrypt_r: d.r, scrypt_p: d.p }, req.password);
        throw new InvalidCredentialsError();
      }
      if (!(await store.checkPassword(record, req.password))) throw new InvalidCredentialsError();
      let project: Project__Output;
      try {
        project = await store.findProject(req.project);
      } catch (err) {
        if (err instanceof NotFoundError || err instanceof InvalidArgumentError) throw new InvalidCredentialsError();
        throw err;
      }
      const user = record.user!;
      // Issued before the roles are read: a role removal that lands meanwhile revokes this token too (its second revocation event).
      const now = Date.now();
      const assignment = await store.assignment(user.id, project.id);
      if (!assignment?.roles.length) throw new InvalidCredentialsError();
      const roles = effectiveRoles(assignment.roles);
      const expiresAt = now + deps.tokenTtlMs;
      const token = issueToken(deps.signingKey, { userId: user.id, userName: user.name, projectId: project.id, projectName: project.name, roles, issuedAt: now, expiresAt });
      return { token, expires_at: nowTimestamp(expiresAt), user, project, roles };
    }),
    CreateProject: unary(log, 'CreateProject', async (req) => ({ project: await store.createProject(req.name, req.description) })),
    ListProjects: unary(log, 'ListProjects', async (_req, call) => {
      const all = await store.listProjects();
      // A non-admin sees the project its token is scoped to.
      return { projects: isAdmin(call.envelope) ? all : all.filter((p) => p.id === call.envelope.projectId) };
    }),
    CreateUser: unary(log, 'CreateUser', async (req) => {
      checkName(req.name);
      if (req.role && !req.project) throw InvalidArgumentError.field('project', 'required with a role');
      const role = req.role || 'member';
      checkRole(role);
      // Resolve the project first: a user is not created for a project that does not exist.
      const project = req.project ? await store.findProject(req.project) : undefined;
      const user = await store.createUser(req.name, req.password);
      if (project) await store.addRole(user, project, role);
      return { user };
    }),
    ListUsers: unary(log, 'ListUsers', async () => ({ users: await store.listUsers() })),
    AddRole: unary(log, 'AddRole', async (req) => {
      checkRole(req.role);
      const user = await store.findUser(req.user);
      const project = await store.findProject(req.project);
      return { assignment: await store.addRole(user, project, req.role) };
    }),
    RemoveRole: unary(log, 'RemoveRole', async (req) => {
      checkRole(req.role);
      const user = await store.findUser(req.user);
      const project = await store.findProject(req.project);
      return { assignment: await store.removeRole(user, project, req.role, deps.tokenTtlMs) };
    }),
    DeleteUser: unary(log, 'DeleteUser', async (req, call) => {
      const user = await store.findUser(req.user);
      if (user.id === call.envelope.userId) throw InvalidArgumentError.field('user', 'you cannot delete yourself');
      await store.deleteUser(user, deps.tokenTtlMs);
      return {};
    }),
    RevokeToken: unary(log, 'RevokeToken', async (req, call) => {
      // Keystone's DELETE /v3/auth/tokens: the subject token must be valid (else NOT_FOUND); its owner or an admin may revoke it.
      const subject = req.token;
      if (!subject) throw InvalidArgumentError.field('token', 'required');
      let claims: VerifiedClaims;
      try {
        claims = verifyToken(deps.signingKey, subject);
      } catch {
        throw new NotFoundError('token', 'the token');
      }
      if (deps.revocations.isRevoked(claims)) throw new NotFoundError('token', 'the token');
      deps.policy.enforce('identity:revoke_token', call.envelope, { token_user_id: claims.userId });
      await store.revokeToken(claims.tokenId, claims.expiresAt);
      return {};
    }),
    ListRoleAssignments: unary(log, 'ListRoleAssignments', async (req) => {
      const userId = req.user ? (await store.findUser(req.user)).id : undefined;
      const projectId = req.project ? (await store.findProject(req.project)).id : undefined;
      return { assignments: await store.listAssignments({ ...(userId ? { userId } : {}), ...(projectId ? { projectId } : {}) }) };
    }),
  };
}
