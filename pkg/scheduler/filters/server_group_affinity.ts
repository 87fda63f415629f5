// ServerGroupAffinityFilter: a member of an affinity group goes where the
// group's members already are (anywhere for the first one).
import type { HostFilter } from '../plugin.js';

export const REASON_AFFINITY = 'not the host of the server group';

export const ServerGroupAffinityFilter: HostFilter = {
  name: 'ServerGroupAffinityFilter',
  runOncePerRequest: false,
  prepare(req) {
    if (req.spec.group?.policy !== 'SERVER_GROUP_POLICY_AFFINITY') return undefined;
    const hosts = req.groupHosts;
    if (hosts.size === 0) return undefined;
    return (host) => (hosts.has(host.host) ? undefined : REASON_AFFINITY);
  },
  prepareBatch(req) {
    if (req.spec.group?.policy !== 'SERVER_GROUP_POLICY_AFFINITY') return undefined;
    const members = req.groupHosts;
    if (members.size === 0) return undefined;
    return (hosts, slots, n, rejections) => {
      const names = hosts.names;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (members.has(names[s]!)) slots[kept++] = s;
        else rejections.reject(s, REASON_AFFINITY);
      }
      return kept;
    };
  },
};
