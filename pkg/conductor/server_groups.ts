// Server groups, per project: a name and a placement policy. Members are
// not stored with the group: a server joins with the `group` scheduler hint
// when it is created and carries the group id in `server.server_groups`, so
// the members are the live servers of the view that name the group (a scan
// of the servers table). Deleting a group leaves its servers running.
import { randomUUID } from 'node:crypto';
import { InvalidArgumentError, KumoError, type FieldViolation } from '../actor/errors.js';
import type { CallContext } from '../actor/runtime.js';
import type * as g from '../gen/types.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp } from '../util/timestamp.js';
import { writeEntry } from './entries.js';
import { serverGroupCodec, type ConductorView } from './view.js';
import type { Quotas } from '../quota/quotas.js';

const NAME_MAX = 255;

export class ServerGroups {
  constructor(
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    /** Counts groups against the project's quota (optional so tests can run without one). */
    private readonly quotas?: Pick<Quotas, 'reserveServerGroup' | 'releaseServerGroup'>,
  ) {}

  async create(req: g.CreateServerGroupRequest__Output, ctx: CallContext): Promise<g.ServerGroup__Output> {
    const v: FieldViolation[] = [];
    const name = req.name.trim();
    if (!name || name.length > NAME_MAX) v.push({ field: 'name', description: `must be 1 to ${NAME_MAX} characters` });
    if (req.policy === 'SERVER_GROUP_POLICY_UNSPECIFIED') {
      v.push({ field: 'policy', description: 'required: affinity, anti-affinity, soft-affinity or soft-anti-affinity' });
    }
    const antiAffinity = req.policy === 'SERVER_GROUP_POLICY_ANTI_AFFINITY';
    if (req.max_server_per_host < 0) v.push({ field: 'max_server_per_host', description: 'must be at least 1' });
    else if (req.max_server_per_host > 0 && !antiAffinity && req.policy !== 'SERVER_GROUP_POLICY_UNSPECIFIED') {
      v.push({ field: 'max_server_per_host', description: 'is only allowed with the anti-affinity policy' });
    }
    if (v.length) throw new InvalidArgumentError(v);
    const group: g.ServerGroup__Output = {
      id: randomUUID(),
      name,
      policy: req.policy,
      // The effective rule is stored: 0 (not given) means 1 for anti-affinity.
      max_server_per_host: antiAffinity ? Math.max(1, req.max_server_per_host) : 0,
      members: [],
      project_id: ctx.projectId,
      user_id: ctx.userId,
      create_time: nowTimestamp(),
    };
    await this.quotas?.reserveServerGroup(ctx, group.id);
    try {
      await writeEntry(this.view, this.stateLog, this.view.serverGroups, 'servergroup', group.id, 'put', serverGroupCodec.encode(group));
    } catch (err) {
      await this.quotas?.releaseServerGroup(ctx.projectId, group.id).catch(() => undefined);
      throw err;
    }
    return group;
  }

  /** The caller's group with its members; another project's group is NOT_FOUND. */
  get(id: string, ctx: CallContext): g.ServerGroup__Output {
    const sg = this.stored(id, ctx);
    return { ...sg, members: this.members().get(sg.id) ?? [] };
  }

  /** The caller's groups, ordered by name, with their members. */
  list(ctx: CallContext): g.ServerGroup__Output[] {
    const members = this.members();
    return [...this.view.liveValues(this.view.serverGroups)]
      .filter((sg) => !ctx.projectId || sg.project_id === ctx.projectId)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
      .map((sg) => ({ ...sg, members: members.get(sg.id) ?? [] }));
  }

  async delete(id: string, ctx: CallContext): Promise<void> {
    const sg = this.stored(id, ctx);
    await writeEntry(this.view, this.stateLog, this.view.serverGroups, 'servergroup', id, 'delete', serverGroupCodec.encode(sg));
    await this.quotas?.releaseServerGroup(sg.project_id, id);
  }

  private stored(id: string, ctx: CallContext): g.ServerGroup__Output {
    const sg = this.view.live(this.view.serverGroups, id);
    if (!sg || (ctx.projectId && sg.project_id !== ctx.projectId)) {
      throw new KumoError('NOT_FOUND', `server group ${id} not found`, { reason: 'SERVER_GROUP_NOT_FOUND', metadata: { kind: 'server_group', id } });
    }
    return sg;
  }

  /** Group id -> ids of the live servers that joined it, in one scan of the servers. */
  private members(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const r of this.view.servers.values()) {
      const s = r.server!;
      if (s.vm_state === 'VM_STATE_DELETED' || !s.server_groups.length) continue;
      for (const id of s.server_groups) out.set(id, [...(out.get(id) ?? []), s.id]);
    }
    return out;
  }
}
