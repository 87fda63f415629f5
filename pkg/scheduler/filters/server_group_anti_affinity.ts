// ServerGroupAntiAffinityFilter: a member of an anti-affinity group goes to
// a host with fewer than max_server_per_host members of the group.
import type { HostFilter } from '../plugin.js';

export const REASON_ANTI_AFFINITY = 'already runs max_server_per_host members of the server group';

export const ServerGroupAntiAffinityFilter: HostFilter = {
  name: 'ServerGroupAntiAffinityFilter',
  runOncePerRequest: false,
  prepare(req) {
    const group = req.spec.group;
    if (group?.policy !== 'SERVER_GROUP_POLICY_ANTI_AFFINITY') return undefined;
    const max = Math.max(1, group.max_server_per_host);
    const hosts = req.groupHosts;
    return (host) => ((hosts.get(host.host) ?? 0) < max ? undefined : REASON_ANTI_AFFINITY);
  },
  prepareBatch(req) {
    const group = req.spec.group;
    if (group?.policy !== 'SERVER_GROUP_POLICY_ANTI_AFFINITY') return undefined;
    const max = Math.max(1, group.max_server_per_host);
    const members = req.groupHosts;
    return (hosts, slots, n, rejections) => {
      const names = hosts.names;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if ((members.get(names[s]!) ?? 0) < max) slots[kept++] = s;
        else rejections.reject(s, REASON_ANTI_AFFINITY);
      }
      return kept;
    };
  },
};
