// Builds the scheduler's RequestSpec for a create request: validates the
// scheduler hints and resolves everything a filter needs (the group's
// policy and where its members run, the hosts of same_host/different_host
// servers) from this conductor's view, so the scheduler never reads a database.
import { InvalidArgumentError, type FieldViolation } from '../actor/errors.js';
import type { CallContext } from '../actor/runtime.js';
import type * as g from '../gen/types.js';
import { queryProblem } from '../scheduler/filters/json.js';
import type { ConductorView } from './view.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function emptyHints(): g.SchedulerHints__Output {
  return { group: '', same_host: [], different_host: [], query: '', cidr: '', build_near_host_ip: '', target_host: '' };
}

export function buildRequestSpec(
  view: ConductorView,
  req: g.CreateServerRequest__Output,
  flavor: g.Flavor__Output,
  image: g.Image__Output,
  ctx: CallContext,
): g.RequestSpec__Output {
  const hints = req.scheduler_hints ?? emptyHints();
  const v: FieldViolation[] = [];
  const hostsOf = (field: string, ids: string[]): string[] => {
    const hosts: string[] = [];
    for (const id of ids) {
      const r = UUID.test(id) ? view.servers.get(id) : undefined;
      if (!r || (ctx.projectId && r.server!.project_id !== ctx.projectId)) v.push({ field, description: `server ${id} not found` });
      else if (r.server!.host) hosts.push(r.server!.host);
    }
    return hosts;
  };
  const sameHostHosts = hostsOf('scheduler_hints.same_host', hints.same_host);
  const differentHostHosts = hostsOf('scheduler_hints.different_host', hints.different_host);
  if (hints.query) {
    const problem = queryProblem(hints.query);
    if (problem) v.push({ field: 'scheduler_hints.query', description: `${problem}; e.g. [">=","$free_ram_mb",1024]` });
  }
  if (Boolean(hints.cidr) !== Boolean(hints.build_near_host_ip)) {
    v.push({ field: hints.cidr ? 'scheduler_hints.build_near_host_ip' : 'scheduler_hints.cidr', description: 'cidr and build_near_host_ip go together' });
  }
  if (hints.cidr && !/^\/?\d{1,3}$/.test(hints.cidr)) v.push({ field: 'scheduler_hints.cidr', description: 'must be a prefix length such as /24' });
  let group: g.GroupSpec__Output | null = null;
  if (hints.group) {
    const sg = view.live(view.serverGroups, hints.group);
    if (!sg || (ctx.projectId && sg.project_id !== ctx.projectId)) {
      v.push({ field: 'scheduler_hints.group', description: `server group ${hints.group} not found` });
    } else {
      const memberHosts: string[] = [];
      for (const r of view.servers.values()) {
        const s = r.server!;
        if (s.host && s.server_groups.includes(sg.id)) memberHosts.push(s.host);
      }
      group = { id: sg.id, policy: sg.policy, max_server_per_host: Math.max(1, sg.max_server_per_host), member_hosts: memberHosts };
    }
  }
  if (v.length) throw new InvalidArgumentError(v);
  return {
    flavor,
    image,
    availability_zone: req.availability_zone,
    project_id: ctx.projectId,
    scheduler_hints: hints,
    ignore_hosts: [],
    tried_hosts: [],
    group,
    same_host_hosts: sameHostHosts,
    different_host_hosts: differentHostHosts,
    force_host: hints.target_host,
  };
}
