// Security groups and their rules (Neutron's core behaviour; no data plane
// yet: a port records the groups it applies, and a host's driver gets them
// with its NIC). A group with its rules is one `secgroup` entity, written by
// compare-and-set on its subject, so concurrent rule changes to a group
// never lose one and a duplicate rule is refused whichever conductor adds
// it. Groups and rules count against the project's limits (quota_slots.ts);
// the default group and the rules Kumo creates with a group do not.
//
// Servers apply groups through their ports: CreateServer's security_groups
// (default: the project's "default" group) go on every port it gets, and
// AddSecurityGroup / RemoveSecurityGroup change every port of a server
// (again by compare-and-set on each port).
import { randomUUID } from 'node:crypto';
import { InvalidArgumentError, KumoError, NotFoundError, registerErrorClass, type FieldViolation } from '../actor/errors.js';
import type { CallContext } from '../actor/runtime.js';
import type * as g from '../gen/types.js';
import { DESCRIPTION_MAX, defaultRules, egressRules, normaliseRule, ruleKey } from '../network/security_rules.js';
import { portCodec, securityGroupCodec, versionOf, type NetworkTables } from '../network/tables.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp } from '../util/timestamp.js';
import type { Claim, ClaimBook } from './claims.js';
import { derivedUuid, type SecurityGroupResolver } from './networks.js';
import { pageOf } from './paging.js';
import type { QuotaSlots } from './quota_slots.js';
import type { ConductorView } from './view.js';

export const DEFAULT_GROUP = 'default';
const NAME_MAX = 255;
const CAS_ATTEMPTS = 40;
/** At most this many groups on one server. */
export const MAX_SERVER_GROUPS = 16;

export function defaultGroupId(project: string): string {
  return derivedUuid(`kumo:default-security-group:${project}`);
}

/** An equal rule is in the group (Neutron's SecurityGroupRuleExists). */
export class SecurityGroupRuleExistsError extends KumoError {
  constructor(existing: g.SecurityGroupRule__Output) {
    super('ALREADY_EXISTS', `Security group rule already exists: rule ${existing.id} of group ${existing.security_group_id} is the same`, {
      reason: 'SECURITY_GROUP_RULE_EXISTS',
      metadata: { rule_id: existing.id, security_group_id: existing.security_group_id },
    });
  }
}

/** The group cannot be deleted: it is the default group, or servers (or other groups' rules) use it. */
export class SecurityGroupInUseError extends KumoError {
  constructor(group: g.SecurityGroup__Output, why: string) {
    super('FAILED_PRECONDITION', `Security group ${group.name} (${group.id}) cannot be deleted: ${why}`, {
      reason: 'SECURITY_GROUP_IN_USE',
      metadata: { security_group_id: group.id },
    });
  }
}

/** A name matching several of the project's groups. */
export class SecurityGroupAmbiguousError extends KumoError {
  constructor(name: string, ids: readonly string[]) {
    super('FAILED_PRECONDITION', `Several security groups are named ${name} (${ids.join(', ')}); use an id`, { reason: 'SECURITY_GROUP_AMBIGUOUS', metadata: { name, ids: ids.join(',') } });
  }
}

/** AddSecurityGroup / RemoveSecurityGroup on a server in the wrong state for it. */
export class ServerSecurityGroupError extends KumoError {
  constructor(code: 'FAILED_PRECONDITION' | 'ALREADY_EXISTS', reason: string, message: string, metadata: Record<string, string>) {
    super(code, message, { reason, metadata });
  }
}

registerErrorClass(SecurityGroupRuleExistsError);
registerErrorClass(SecurityGroupInUseError);
registerErrorClass(SecurityGroupAmbiguousError);
registerErrorClass(ServerSecurityGroupError);

export class SecurityGroups implements SecurityGroupResolver {
  private readonly tables: NetworkTables;
  private readonly defaults = new Map<string, Promise<g.SecurityGroup__Output>>();

  constructor(
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    private readonly book: ClaimBook,
    private readonly quota: QuotaSlots,
  ) {
    this.tables = view.networks;
  }

  // ---- groups

  async create(req: g.CreateSecurityGroupRequest__Output, ctx: CallContext): Promise<g.SecurityGroup__Output> {
    const v: FieldViolation[] = [];
    const name = req.name.trim();
    if (!name) v.push({ field: 'name', description: 'required' });
    else if (name.length > NAME_MAX) v.push({ field: 'name', description: `must be at most ${NAME_MAX} characters` });
    else if (name === DEFAULT_GROUP) v.push({ field: 'name', description: 'default is the name of the project\'s default group, created by Kumo' });
    if (req.description.length > DESCRIPTION_MAX) v.push({ field: 'description', description: `must be at most ${DESCRIPTION_MAX} characters` });
    if (v.length) throw new InvalidArgumentError(v);
    await this.ensureDefault(ctx.projectId);
    const id = randomUUID();
    const claims: Claim[] = [];
    try {
      await this.quota.claim('sg', ctx, id, claims);
      const now = nowTimestamp();
      const group: g.SecurityGroup__Output = { id, name, description: req.description, project_id: ctx.projectId, rules: egressRules(id), create_time: now, update_time: now };
      const seq = await this.stateLog.appendIfLast('secgroup', id, 1, 'put', securityGroupCodec.encode(group), 0);
      await this.view.waitFor(seq);
      return group;
    } catch (err) {
      await Promise.all(claims.map((c) => this.book.unclaim(c)));
      throw err;
    }
  }

  /** The caller's group by id; another project's is NOT_FOUND (an unscoped call, an admin's, sees every project's). */
  async get(id: string, ctx: CallContext): Promise<g.SecurityGroup__Output> {
    if (ctx.projectId && id === defaultGroupId(ctx.projectId)) return this.ensureDefault(ctx.projectId);
    const mine = (sg: g.SecurityGroup__Output | undefined): sg is g.SecurityGroup__Output => sg !== undefined && (!ctx.projectId || sg.project_id === ctx.projectId);
    let sg = this.tables.securityGroup(id);
    if (!mine(sg)) {
      await this.view.waitFor(await this.stateLog.lastSequence());
      sg = this.tables.securityGroup(id);
    }
    if (!mine(sg)) throw new NotFoundError('security group', id);
    return sg;
  }

  /** A group of the caller by id or name (a name matching several is ambiguous). */
  async find(ref: string, ctx: CallContext): Promise<g.SecurityGroup__Output> {
    if (ref === DEFAULT_GROUP) return this.ensureDefault(ctx.projectId);
    const byId = this.tables.securityGroup(ref);
    if (byId && byId.project_id === ctx.projectId) return byId;
    let named = this.mine(ctx).filter((s) => s.name === ref);
    if (!named.length) {
      await this.view.waitFor(await this.stateLog.lastSequence());
      const again = this.tables.securityGroup(ref);
      if (again && again.project_id === ctx.projectId) return again;
      named = this.mine(ctx).filter((s) => s.name === ref);
    }
    if (named.length > 1) throw new SecurityGroupAmbiguousError(ref, named.map((s) => s.id));
    if (!named.length) throw new NotFoundError('security group', ref);
    return named[0]!;
  }

  private mine(ctx: CallContext): g.SecurityGroup__Output[] {
    return [...this.tables.liveSecurityGroups()].filter((s) => s.project_id === ctx.projectId);
  }

  async list(req: g.ListSecurityGroupsRequest__Output, ctx: CallContext): Promise<g.ListSecurityGroupsResponse> {
    await this.ensureDefault(ctx.projectId);
    const groups = this.mine(ctx).filter((s) => !req.name || s.name === req.name);
    const page = pageOf(groups, (s) => s.id, req.page_size, req.page_token);
    return { security_groups: page.items, next_page_token: page.nextPageToken };
  }

  async delete(id: string, caller: CallContext): Promise<void> {
    const sg = await this.get(id, caller);
    // In the group's project (an admin's unscoped call acts there).
    const ctx = { ...caller, projectId: sg.project_id };
    if (sg.id === defaultGroupId(ctx.projectId)) throw new SecurityGroupInUseError(sg, "it is the project's default group");
    const users = [...this.tables.livePorts()].filter((p) => p.security_group_ids.includes(sg.id));
    if (users.length) throw new SecurityGroupInUseError(sg, `servers use it (${[...new Set(users.map((p) => p.device_id))].join(', ')}); remove it from them first`);
    const referrers = this.mine(ctx).filter((o) => o.id !== sg.id && o.rules.some((r) => r.remote_group_id === sg.id));
    if (referrers.length) throw new SecurityGroupInUseError(sg, `rules of other groups admit it as their remote group (${referrers.map((o) => o.name).join(', ')}); delete those rules first`);
    await this.update(sg.id, () => null);
    await Promise.all([this.quota.release('sg', sg.project_id, sg.id), ...sg.rules.map((r) => this.quota.release('sgrule', sg.project_id, r.id))]);
  }

  /** The project's default group, created (once, whichever conductor wins the compare-and-set) on first use. */
  ensureDefault(project: string): Promise<g.SecurityGroup__Output> {
    const live = this.tables.securityGroup(defaultGroupId(project));
    if (live) return Promise.resolve(live);
    let creating = this.defaults.get(project);
    if (!creating) {
      creating = this.createDefault(project).finally(() => this.defaults.delete(project));
      this.defaults.set(project, creating);
    }
    return creating;
  }

  private async createDefault(project: string): Promise<g.SecurityGroup__Output> {
    const id = defaultGroupId(project);
    for (let attempt = 0; ; attempt++) {
      const live = this.tables.securityGroup(id);
      if (live) return live;
      const now = nowTimestamp();
      const group: g.SecurityGroup__Output = { id, name: DEFAULT_GROUP, description: 'Default security group', project_id: project, rules: defaultRules(id), create_time: now, update_time: now };
      try {
        const seq = await this.stateLog.appendIfLast('secgroup', id, 1, 'put', securityGroupCodec.encode(group), versionOf(this.tables.securityGroups.get(id)).seq);
        await this.view.waitFor(seq);
        return group;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= 5) throw err;
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  // ---- rules

  async createRule(req: g.CreateSecurityGroupRuleRequest__Output, ctx: CallContext): Promise<g.SecurityGroupRule__Output> {
    if (!req.rule) throw InvalidArgumentError.field('rule', 'required');
    const groupId = req.rule.security_group_id.trim();
    if (!groupId) throw InvalidArgumentError.field('rule.security_group_id', 'required');
    const sg = await this.get(groupId, ctx);
    const v: FieldViolation[] = [];
    const mineIds = new Set(this.mine(ctx).map((s) => s.id));
    const rule = normaliseRule(req.rule, 'rule', v, (id) => mineIds.has(id));
    if (!rule) throw new InvalidArgumentError(v);
    const id = randomUUID();
    const made: g.SecurityGroupRule__Output = { ...rule, id, security_group_id: sg.id, create_time: nowTimestamp() };
    const key = ruleKey(made);
    const claims: Claim[] = [];
    try {
      // The duplicate check first (no slot for a rule that is refused), again on every compare-and-set.
      const dup = sg.rules.find((r) => ruleKey(r) === key);
      if (dup) throw new SecurityGroupRuleExistsError(dup);
      await this.quota.claim('sgrule', ctx, id, claims);
      await this.update(sg.id, (cur) => {
        const again = cur.rules.find((r) => ruleKey(r) === key);
        if (again) throw new SecurityGroupRuleExistsError(again);
        return { ...cur, rules: [...cur.rules, made], update_time: nowTimestamp() };
      });
      return made;
    } catch (err) {
      await Promise.all(claims.map((c) => this.book.unclaim(c)));
      throw err;
    }
  }

  async listRules(req: g.ListSecurityGroupRulesRequest__Output, ctx: CallContext): Promise<g.ListSecurityGroupRulesResponse> {
    if (req.security_group_id) return { rules: (await this.get(req.security_group_id, ctx)).rules };
    await this.ensureDefault(ctx.projectId);
    return { rules: this.mine(ctx).flatMap((s) => s.rules) };
  }

  async deleteRule(id: string, ctx: CallContext): Promise<void> {
    let sg = this.tables.groupOfRule(id);
    if (!sg) {
      await this.view.waitFor(await this.stateLog.lastSequence());
      sg = this.tables.groupOfRule(id);
    }
    if (!sg || sg.project_id !== ctx.projectId) throw new NotFoundError('security group rule', id);
    await this.update(sg.id, (cur) => {
      if (!cur.rules.some((r) => r.id === id)) throw new NotFoundError('security group rule', id);
      return { ...cur, rules: cur.rules.filter((r) => r.id !== id), update_time: nowTimestamp() };
    });
    await this.quota.release('sgrule', sg.project_id, id);
  }

  /** Read-modify-write of a group by compare-and-set; `change` answers the new group, or null to delete it. */
  private async update(id: string, change: (cur: g.SecurityGroup__Output) => g.SecurityGroup__Output | null): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const entry = this.tables.securityGroups.get(id);
      if (!entry || entry.deleted) throw new NotFoundError('security group', id);
      const next = change(entry.value);
      const v = versionOf(entry);
      try {
        const seq = await this.stateLog.appendIfLast('secgroup', id, v.generation + 1, next === null ? 'delete' : 'put', securityGroupCodec.encode(next ?? entry.value), v.seq);
        await this.view.waitFor(seq);
        return;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS) throw err;
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  // ---- servers

  /** CreateServer's security_groups as ids: each by name or id, none meaning the default group (SecurityGroupResolver). */
  async resolve(refs: readonly string[], ctx: CallContext): Promise<string[]> {
    if (refs.length > MAX_SERVER_GROUPS) throw InvalidArgumentError.field('security_groups', `at most ${MAX_SERVER_GROUPS} groups`);
    if (!refs.length) return [(await this.ensureDefault(ctx.projectId)).id];
    const v: FieldViolation[] = [];
    const ids: string[] = [];
    for (const [i, ref] of refs.entries()) {
      try {
        const sg = await this.find(ref.trim(), ctx);
        if (!ids.includes(sg.id)) ids.push(sg.id);
      } catch (err) {
        if (err instanceof NotFoundError) v.push({ field: `security_groups[${i}]`, description: `security group ${ref} not found` });
        else if (err instanceof SecurityGroupAmbiguousError) v.push({ field: `security_groups[${i}]`, description: err.message });
        else throw err;
      }
    }
    if (v.length) throw new InvalidArgumentError(v);
    return ids;
  }

  /** AddSecurityGroup: the group goes on every port of the server. */
  async addToServer(req: g.AddSecurityGroupRequest__Output, ctx: CallContext): Promise<void> {
    const { server, ports } = await this.serverPorts(req.server_id, ctx);
    if (!req.group.trim()) throw InvalidArgumentError.field('group', 'required');
    const sg = await this.find(req.group.trim(), ctx);
    if (ports.every((p) => p.security_group_ids.includes(sg.id))) {
      throw new ServerSecurityGroupError('ALREADY_EXISTS', 'SECURITY_GROUP_ALREADY_ON_SERVER', `Security group ${sg.name} is already applied to server ${server.id}`, { security_group_id: sg.id, server_id: server.id });
    }
    await Promise.all(ports.map((p) => this.updatePort(p.id, (ids) => (ids.includes(sg.id) ? ids : ids.length >= MAX_SERVER_GROUPS ? tooMany(server.id) : [...ids, sg.id]))));
  }

  /** RemoveSecurityGroup: the group comes off every port of the server. */
  async removeFromServer(req: g.RemoveSecurityGroupRequest__Output, ctx: CallContext): Promise<void> {
    const { server, ports } = await this.serverPorts(req.server_id, ctx);
    if (!req.group.trim()) throw InvalidArgumentError.field('group', 'required');
    const sg = await this.find(req.group.trim(), ctx);
    if (!ports.some((p) => p.security_group_ids.includes(sg.id))) {
      throw new ServerSecurityGroupError('FAILED_PRECONDITION', 'SECURITY_GROUP_NOT_ON_SERVER', `Security group ${sg.name} is not applied to server ${server.id}`, { security_group_id: sg.id, server_id: server.id });
    }
    await Promise.all(ports.map((p) => this.updatePort(p.id, (ids) => ids.filter((x) => x !== sg.id))));
  }

  private async serverPorts(serverId: string, ctx: CallContext): Promise<{ server: g.Server__Output; ports: g.Port__Output[] }> {
    if (!serverId) throw InvalidArgumentError.field('server_id', 'required');
    let r = this.view.servers.get(serverId);
    if (!r) {
      await this.view.waitFor(await this.stateLog.lastSequence());
      r = this.view.servers.get(serverId);
    }
    if (!r || r.server!.project_id !== ctx.projectId) throw new NotFoundError('server', serverId);
    const ports = this.tables.portsOfDevice(serverId);
    if (!ports.length) {
      throw new ServerSecurityGroupError('FAILED_PRECONDITION', 'SERVER_HAS_NO_PORTS', `Server ${serverId} has no ports: security groups apply to a server's ports`, { server_id: serverId });
    }
    return { server: r.server!, ports };
  }

  private async updatePort(id: string, change: (ids: string[]) => string[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const entry = this.tables.ports.get(id);
      if (!entry || entry.deleted) throw new NotFoundError('port', id);
      const ids = change([...entry.value.security_group_ids]);
      if (ids.length === entry.value.security_group_ids.length && ids.every((x, i) => x === entry.value.security_group_ids[i])) return;
      const v = versionOf(entry);
      try {
        const seq = await this.stateLog.appendIfLast('port', id, v.generation + 1, 'put', portCodec.encode({ ...entry.value, security_group_ids: ids }), v.seq);
        await this.view.waitFor(seq);
        return;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS) throw err;
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  /** The names of the groups a server's ports apply, in order (its `security_groups`). */
  /** The names of the groups these ports (of one server) apply. */
  namesOfPorts(ports: readonly g.Port__Output[]): string[] {
    const ids = [...new Set(ports.flatMap((p) => p.security_group_ids))];
    return ids.map((id) => this.tables.securityGroup(id)?.name ?? id);
  }
}

function tooMany(serverId: string): never {
  throw InvalidArgumentError.field('group', `server ${serverId} has ${MAX_SERVER_GROUPS} security groups already`);
}
