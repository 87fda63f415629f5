// ServerGroupSoftAntiAffinityWeigher: for a soft-anti-affinity group, hosts
// running fewer members of the group weigh more.
import type { HostWeigher } from '../plugin.js';

export const ServerGroupSoftAntiAffinityWeigher: HostWeigher = {
  name: 'ServerGroupSoftAntiAffinityWeigher',
  multiplierKey: 'soft_anti_affinity_weight_multiplier',
  defaultMultiplier: 1.0,
  prepare(req) {
    if (req.spec.group?.policy !== 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY') return undefined;
    const members = req.groupHosts;
    return (h) => -(members.get(h.host) ?? 0);
  },
  prepareBatch(req) {
    if (req.spec.group?.policy !== 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY') return undefined;
    const members = req.groupHosts;
    return (hosts, slots, n, out) => {
      const names = hosts.names;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        out[s] = -(members.get(names[s]!) ?? 0);
      }
    };
  },
};
