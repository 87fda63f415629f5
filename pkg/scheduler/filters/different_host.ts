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
};
