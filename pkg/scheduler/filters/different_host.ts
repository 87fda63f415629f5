// DifferentHostFilter: with the different_host hint, no host running one of
// the named servers.
import type { HostFilter } from '../plugin.js';

export const REASON_NOT_DIFFERENT_HOST = 'runs one of the different_host servers';

export const DifferentHostFilter: HostFilter = {
  name: 'DifferentHostFilter',
  runOncePerRequest: true,
  prepare(req) {
    if (req.spec.different_host_hosts.length === 0) return undefined;
    const hosts = new Set(req.spec.different_host_hosts);
    return (host) => (hosts.has(host.host) ? REASON_NOT_DIFFERENT_HOST : undefined);
  },
  prepareBatch(req) {
    if (req.spec.different_host_hosts.length === 0) return undefined;
    const avoided = new Set(req.spec.different_host_hosts);
    return (hosts, slots, n, rejections) => {
      const names = hosts.names;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (avoided.has(names[s]!)) rejections.reject(s, REASON_NOT_DIFFERENT_HOST);
        else slots[kept++] = s;
      }
      return kept;
    };
  },
};
