// SameHostFilter: with the same_host hint, only the hosts running one of
// the named servers.
import type { HostFilter } from '../plugin.js';

export const REASON_NOT_SAME_HOST = 'runs none of the same_host servers';

export const SameHostFilter: HostFilter = {
  name: 'SameHostFilter',
  runOncePerRequest: true,
  prepare(req) {
    if ((req.spec.scheduler_hints?.same_host.length ?? 0) === 0) return undefined;
    const hosts = new Set(req.spec.same_host_hosts);
    return (host) => (hosts.has(host.host) ? undefined : REASON_NOT_SAME_HOST);
  },
  prepareBatch(req) {
    if ((req.spec.scheduler_hints?.same_host.length ?? 0) === 0) return undefined;
    const wanted = new Set(req.spec.same_host_hosts);
    return (hosts, slots, n, rejections) => {
      const names = hosts.names;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (wanted.has(names[s]!)) slots[kept++] = s;
        else rejections.reject(s, REASON_NOT_SAME_HOST);
      }
      return kept;
    };
  },
};
