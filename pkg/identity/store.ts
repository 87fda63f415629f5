// Identity on the state log: projects, users, role assignments and the
// token signing key, each the newest entry of its own subject, read
// straight from JetStream (no cache: a new user or role works at once on
// every API replica). Creates are compare-and-set on an empty subject, so
// two replicas cannot both create one name; role changes are
// compare-and-set on the subject's last sequence, retried on a conflict.
import { randomBytes, randomUUID } from 'node:crypto';
import type { JetStreamManager, NatsConnection } from 'nats';
import { AlreadyExistsError, InvalidArgumentError, NotFoundError } from '../actor/errors.js';
import { codec } from '../actor/codec.js';
import { encodeToken, STATE_STREAM, subjects, type IdentityEntityKind } from '../actor/subjects.js';
import type { Project, Project__Output, RoleAssignment, RoleAssignment__Output, SigningKeyRecord, SigningKeyRecord__Output, User__Output, UserRecord, UserRecord__Output } from '../gen/types.js';
import { STATE_HDR, StateLog, ensureStateStream } from '../statelog/statelog.js';
import { StateConflictError } from '../statelog/errors.js';
import { nowTimestamp } from '../util/timestamp.js';
import { hashPassword, verifyPassword } from './password.js';
import { isRole, ROLES } from './roles.js';

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

  private async read<T>(kind: IdentityEntityKind, id: string, decode: (b: Uint8Array) => T): Promise<Entry<T> | undefined> {
    try {
      const m = await this.manager().streams.getMessage(STATE_STREAM, { last_by_subj: subjects.state(kind, id) });
      return { value: decode(m.data), seq: m.seq, generation: Number(m.header.get(STATE_HDR.generation) || 0) };
    } catch (err) {
      if (err instanceof Error && /no message found|404/i.test(err.message)) return undefined;
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
    try {
      await this.log.appendIfLast('user', encodeToken(name), 1, 'put', userCodec.encode(record), 0);
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
      const cur = await this.read('roleassign', id, (b) => assignmentCodec.decode(b));
      const roles = cur?.value.roles ?? [];
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

  async listAssignments(filter: { userId?: string; projectId?: string } = {}): Promise<RoleAssignment__Output[]> {
    const all = await this.readAll('roleassign', (b) => assignmentCodec.decode(b));
    return all
      .filter((a) => (!filter.userId || a.user_id === filter.userId) && (!filter.projectId || a.project_id === filter.projectId))
      .sort((a, b) => a.user_name.localeCompare(b.user_name) || a.project_name.localeCompare(b.project_name));
  }

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
