// Identity on the state log: projects, users, role assignments and the
// token signing key, each the newest entry of its own subject, read
// straight from JetStream (no cache: a new user or role works at once on
// every API replica). Creates are compare-and-set on an empty subject (or
// one holding a deleted entity's tombstone), so two replicas cannot both
// create one name; role changes and deletes are compare-and-set on the
// subject's last sequence, retried on a conflict. Deleting a user or taking
// a role away also revokes the user's tokens (revocations.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import type { JetStreamManager, NatsConnection } from 'nats';
import { AlreadyExistsError, InvalidArgumentError, NotFoundError } from '../actor/errors.js';
import { codec } from '../actor/codec.js';
import { encodeToken, STATE_STREAM, subjects, type IdentityEntityKind } from '../actor/subjects.js';
import type { Project, Project__Output, RevocationEvent__Output, RoleAssignment, RoleAssignment__Output, SigningKeyRecord, SigningKeyRecord__Output, User__Output, UserRecord, UserRecord__Output } from '../gen/types.js';
import { STATE_HDR, StateLog, ensureStateStream } from '../statelog/statelog.js';
import { StateConflictError } from '../statelog/errors.js';
import { nowTimestamp } from '../util/timestamp.js';
import { hashPassword, verifyPassword } from './password.js';
import { revocationCodec, revocationId } from './revocations.js';
import { isRole, ROLES } from './roles.js';
import { noMessage } from '../statelog/publish.js';

const projectCodec = codec<Project, Project__Output>('kumo.compute.v1.Project');
const userCodec = codec<UserRecord, UserRecord__Output>('kumo.internal.v1.UserRecord');
const assignmentCodec = codec<RoleAssignment, RoleAssignment__Output>('kumo.compute.v1.RoleAssignment');
const keyCodec = codec<SigningKeyRecord, SigningKeyRecord__Output>('kumo.internal.v1.SigningKeyRecord');

const NAME = /^[A-Za-z0-9._@-]{1,64}$/;
const CAS_ATTEMPTS = 5;

interface Entry<T> {
  value: T;
  seq: number;
  generation: number;
}

/** A subject's newest entry, a tombstone included (a create after a delete names its sequence). */
interface RawEntry<T> extends Entry<T> {
  deleted: boolean;
}

export function checkName(name: string, field = 'name'): void {
  if (!NAME.test(name)) throw InvalidArgumentError.field(field, "1 to 64 letters, digits, '.', '_', '-' or '@'");
}

export function checkPassword(password: string, field = 'password'): void {
  if (password.length < 8 || password.length > 1024) throw InvalidArgumentError.field(field, 'must be 8 to 1024 characters');
}

export function checkRole(role: string, field = 'role'): void {
  if (!isRole(role)) throw InvalidArgumentError.field(field, `must be one of ${ROLES.join(', ')}`);
}

const newId = (): string => randomUUID().replace(/-/g, '');

export class IdentityStore {
  private readonly log: StateLog;
  private jsm?: JetStreamManager;

  constructor(private readonly nc: NatsConnection) {
    this.log = new StateLog(nc);
  }

  async start(): Promise<void> {
    await ensureStateStream(this.nc);
    this.jsm = await this.nc.jetstreamManager();
  }

  private manager(): JetStreamManager {
    if (!this.jsm) throw new Error('IdentityStore.start() was not awaited');
    return this.jsm;
  }

  /** The newest entry of a subject, undefined when it has none or a tombstone. */
  private async read<T>(kind: IdentityEntityKind, id: string, decode: (b: Uint8Array) => T): Promise<Entry<T> | undefined> {
    const e = await this.readRaw(kind, id, decode);
    return e && !e.deleted ? e : undefined;
  }

  private async readRaw<T>(kind: IdentityEntityKind, id: string, decode: (b: Uint8Array) => T): Promise<RawEntry<T> | undefined> {
    try {
      const m = await this.manager().streams.getMessage(STATE_STREAM, { last_by_subj: subjects.state(kind, id) });
      return { value: decode(m.data), seq: m.seq, generation: Number(m.header.get(STATE_HDR.generation) || 0), deleted: m.header.get(STATE_HDR.op) === 'delete' };
    } catch (err) {
      if (noMessage(err)) return undefined;
      throw err;
    }
  }

  /** The newest entry of every subject of a kind. */
  private async readAll<T>(kind: IdentityEntityKind, decode: (b: Uint8Array) => T): Promise<T[]> {
    const info = await this.manager().streams.info(STATE_STREAM, { subjects_filter: subjects.allStatesOf(kind) });
    const subs = Object.keys(info.state.subjects ?? {});
    const out = await Promise.all(subs.map((s) => this.read(kind, s.split('.').pop()!, decode)));
    return out.flatMap((e) => (e ? [e.value] : []));
  }

  // Projects.

  async createProject(name: string, description = ''): Promise<Project__Output> {
    checkName(name);
    if (description.length > 255) throw InvalidArgumentError.field('description', 'must be at most 255 characters');
    const project: Project__Output = { id: newId(), name, description, create_time: nowTimestamp() };
    try {
      await this.log.appendIfLast('project', encodeToken(name), 1, 'put', projectCodec.encode(project), 0);
    } catch (err) {
      if (err instanceof StateConflictError) throw new AlreadyExistsError('project', name);
      throw err;
    }
    return project;
  }

  async projectByName(name: string): Promise<Project__Output | undefined> {
    return (await this.read('project', encodeToken(name), (b) => projectCodec.decode(b)))?.value;
  }

  /** A project by name, else by id; NotFoundError naming `field`. */
  async findProject(nameOrId: string, field = 'project'): Promise<Project__Output> {
    if (!nameOrId) throw InvalidArgumentError.field(field, 'required');
    const byName = NAME.test(nameOrId) ? await this.projectByName(nameOrId) : undefined;
    const found = byName ?? (await this.listProjects()).find((p) => p.id === nameOrId);
    if (!found) throw new NotFoundError('project', nameOrId);
    return found;
  }

  async listProjects(): Promise<Project__Output[]> {
    return (await this.readAll('project', (b) => projectCodec.decode(b))).sort((a, b) => a.name.localeCompare(b.name));
  }

  // Users.

  async createUser(name: string, password: string): Promise<User__Output> {
    checkName(name);
    checkPassword(password);
    const user: User__Output = { id: newId(), name, create_time: nowTimestamp() };
    const h = await hashPassword(password);
    const record: UserRecord = { user, password_hash: h.hash, salt: h.salt, scrypt_n: h.n, scrypt_r: h.r, scrypt_p: h.p };
    // A deleted user's name may be taken again (a new user, a new id): the create names the tombstone.
    const prior = await this.readRaw('user', encodeToken(name), () => undefined);
    if (prior && !prior.deleted) throw new AlreadyExistsError('user', name);
    try {
      await this.log.appendIfLast('user', encodeToken(name), (prior?.generation ?? 0) + 1, 'put', userCodec.encode(record), prior?.seq ?? 0);
    } catch (err) {
      if (err instanceof StateConflictError) throw new AlreadyExistsError('user', name);
      throw err;
    }
    return user;
  }

  /** Sets a user's password (the bootstrap of `kumo up`); creates the user if it does not exist. */
  async setPassword(name: string, password: string): Promise<User__Output> {
    checkPassword(password);
    for (let attempt = 0; ; attempt++) {
      const cur = await this.read('user', encodeToken(name), (b) => userCodec.decode(b));
      if (!cur) {
        try {
          return await this.createUser(name, password);
        } catch (err) {
          if (!(err instanceof AlreadyExistsError) || attempt >= CAS_ATTEMPTS) throw err;
          continue;
        }
      }
      if (await this.checkPassword(cur.value, password)) return cur.value.user!;
      const h = await hashPassword(password);
      const record: UserRecord = { user: cur.value.user, password_hash: h.hash, salt: h.salt, scrypt_n: h.n, scrypt_r: h.r, scrypt_p: h.p };
      try {
        await this.log.appendIfLast('user', encodeToken(name), cur.generation + 1, 'put', userCodec.encode(record), cur.seq);
        return cur.value.user!;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS) throw err;
      }
    }
  }

  async userRecord(name: string): Promise<UserRecord__Output | undefined> {
    return (await this.read('user', encodeToken(name), (b) => userCodec.decode(b)))?.value;
  }

  async checkPassword(record: UserRecord__Output, password: string): Promise<boolean> {
    return verifyPassword(password, { hash: Buffer.from(record.password_hash), salt: Buffer.from(record.salt), n: record.scrypt_n, r: record.scrypt_r, p: record.scrypt_p });
  }

  async findUser(nameOrId: string, field = 'user'): Promise<User__Output> {
    if (!nameOrId) throw InvalidArgumentError.field(field, 'required');
    const byName = NAME.test(nameOrId) ? (await this.userRecord(nameOrId))?.user ?? undefined : undefined;
    const found = byName ?? (await this.listUsers()).find((u) => u.id === nameOrId);
    if (!found) throw new NotFoundError('user', nameOrId);
    return found;
  }

  async listUsers(): Promise<User__Output[]> {
    return (await this.readAll('user', (b) => userCodec.decode(b).user!)).sort((a, b) => a.name.localeCompare(b.name));
  }

  // Role assignments.

  private assignmentId(userId: string, projectId: string): string {
    return `${userId}_${projectId}`;
  }

  async assignment(userId: string, projectId: string): Promise<RoleAssignment__Output | undefined> {
    return (await this.read('roleassign', this.assignmentId(userId, projectId), (b) => assignmentCodec.decode(b)))?.value;
  }

  async addRole(user: User__Output, project: Project__Output, role: string): Promise<RoleAssignment__Output> {
    checkRole(role);
    const id = this.assignmentId(user.id, project.id);
    for (let attempt = 0; ; attempt++) {
      const cur = await this.readRaw('roleassign', id, (b) => assignmentCodec.decode(b));
      const roles = cur && !cur.deleted ? cur.value.roles : [];
      if (roles.includes(role)) return cur!.value;
      const next: RoleAssignment__Output = { user_id: user.id, user_name: user.name, project_id: project.id, project_name: project.name, roles: [...roles, role].sort() };
      try {
        await this.log.appendIfLast('roleassign', id, (cur?.generation ?? 0) + 1, 'put', assignmentCodec.encode(next), cur?.seq ?? 0);
        return next;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS) throw err;
      }
    }
  }

  /**
   * Takes a role away (Keystone's DELETE of a grant); the last role's
   * removal deletes the assignment. The user's tokens on the project issued
   * until the change are revoked (they carry the old roles): before the
   * change (a crash between the two leaves nothing stale) and after it (a
   * token issued meanwhile, from the old roles, is revoked too).
   */
  async removeRole(user: User__Output, project: Project__Output, role: string, tokenTtlMs: number): Promise<RoleAssignment__Output> {
    checkRole(role);
    const id = this.assignmentId(user.id, project.id);
    const missing = (): NotFoundError => new NotFoundError('role assignment', `${role} of ${user.name} on ${project.name}`);
    const first = await this.read('roleassign', id, (b) => assignmentCodec.decode(b));
    if (!first?.value.roles.includes(role)) throw missing();
    await this.revokeUser(user.id, project.id, tokenTtlMs);
    for (let attempt = 0; ; attempt++) {
      const cur = await this.read('roleassign', id, (b) => assignmentCodec.decode(b));
      if (!cur?.value.roles.includes(role)) throw missing();
      const next: RoleAssignment__Output = { ...cur.value, roles: cur.value.roles.filter((r) => r !== role) };
      try {
        await this.log.appendIfLast('roleassign', id, cur.generation + 1, next.roles.length ? 'put' : 'delete', assignmentCodec.encode(next), cur.seq);
        await this.revokeUser(user.id, project.id, tokenTtlMs);
        return next;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS) throw err;
      }
    }
  }

  async listAssignments(filter: { userId?: string; projectId?: string } = {}): Promise<RoleAssignment__Output[]> {
    const all = await this.readAll('roleassign', (b) => assignmentCodec.decode(b));
    return all
      .filter((a) => (!filter.userId || a.user_id === filter.userId) && (!filter.projectId || a.project_id === filter.projectId))
      .sort((a, b) => a.user_name.localeCompare(b.user_name) || a.project_name.localeCompare(b.project_name));
  }

  /**
   * Deletes a user (Keystone's): its role assignments go, and its tokens
   * are revoked, before the delete and again after it (see removeRole).
   * Its name may be taken again by a new user (a new id).
   */
  async deleteUser(user: User__Output, tokenTtlMs: number): Promise<void> {
    await this.revokeUser(user.id, '', tokenTtlMs);
    for (let attempt = 0; ; attempt++) {
      const cur = await this.read('user', encodeToken(user.name), (b) => userCodec.decode(b));
      if (!cur || cur.value.user?.id !== user.id) throw new NotFoundError('user', user.name);
      // The tombstone keeps the user, not its password hash.
      try {
        await this.log.appendIfLast('user', encodeToken(user.name), cur.generation + 1, 'delete', userCodec.encode({ user: cur.value.user }), cur.seq);
        break;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS) throw err;
      }
    }
    for (const a of await this.listAssignments({ userId: user.id })) {
      const id = this.assignmentId(user.id, a.project_id);
      for (let attempt = 0; ; attempt++) {
        const cur = await this.read('roleassign', id, (b) => assignmentCodec.decode(b));
        if (!cur) break;
        try {
          await this.log.appendIfLast('roleassign', id, cur.generation + 1, 'delete', assignmentCodec.encode({ ...cur.value, roles: [] }), cur.seq);
          break;
        } catch (err) {
          if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS) throw err;
        }
      }
    }
    await this.revokeUser(user.id, '', tokenTtlMs);
  }

  // Revocation events (revocations.ts).

  /** Revokes one token until it would have expired. */
  async revokeToken(tokenId: string, expiresAtMs: number): Promise<RevocationEvent__Output> {
    return this.appendRevocation({ token_id: tokenId, user_id: '', project_id: '', issued_before_ms: 0, expires_ms: expiresAtMs });
  }

  /** Revokes a user's tokens issued until now, on one project or (project '') every project; the event lasts as long as such a token could. */
  async revokeUser(userId: string, projectId: string, tokenTtlMs: number): Promise<RevocationEvent__Output> {
    const now = Date.now();
    return this.appendRevocation({ token_id: '', user_id: userId, project_id: projectId, issued_before_ms: now, expires_ms: now + tokenTtlMs });
  }

  private async appendRevocation(e: RevocationEvent__Output): Promise<RevocationEvent__Output> {
    // The generation is the moment for a user's events (each new one revokes more), so message ids differ.
    await this.log.append('revocation', revocationId(e), e.token_id ? 1 : Number(e.issued_before_ms), 'put', revocationCodec.encode(e));
    this.onRevocation?.(e);
    return e;
  }

  /** Called with every event this store writes (the API's Revocations takes them in at once). */
  onRevocation?: (e: RevocationEvent__Output) => void;

  // The signing key.

  /** The cloud's token signing key: made by the first kumo-api to start (compare-and-set), read by every other. */
  async signingKey(): Promise<Buffer> {
    const existing = await this.read('signingkey', 'v1', (b) => keyCodec.decode(b));
    if (existing) return Buffer.from(existing.value.key);
    const key = randomBytes(32);
    try {
      await this.log.appendIfLast('signingkey', 'v1', 1, 'put', keyCodec.encode({ key, created_ms: Date.now() }), 0);
      return key;
    } catch (err) {
      if (!(err instanceof StateConflictError)) throw err;
      const winner = await this.read('signingkey', 'v1', (b) => keyCodec.decode(b));
      return Buffer.from(winner!.value.key);
    }
  }
}
