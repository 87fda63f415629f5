// RetryFilter: not a host this instance already failed to build on.
import type { HostFilter } from '../plugin.js';

export const REASON_TRIED = 'already tried for this instance';

export const RetryFilter: HostFilter = {
  name: 'RetryFilter',
  runOncePerRequest: true,
  prepare(req) {
    if (req.spec.tried_hosts.length === 0) return undefined;
    const tried = new Set(req.spec.tried_hosts);
    return (host) => (tried.has(host.host) ? REASON_TRIED : undefined);
  },
  prepareBatch(req) {
    if (req.spec.tried_hosts.length === 0) return undefined;
    const tried = new Set(req.spec.tried_hosts);
    return (hosts, slots, n, rejections) => {
      const names = hosts.names;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (tried.has(names[s]!)) rejections.reject(s, REASON_TRIED);
        else slots[kept++] = s;
      }
      return kept;
    };
  },
};
