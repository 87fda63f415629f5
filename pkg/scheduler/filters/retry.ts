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
};
