// ComputeFilter: the host's service is up and enabled.
import type { HostFilter } from '../plugin.js';

export const ComputeFilter: HostFilter = {
  name: 'ComputeFilter',
  runOncePerRequest: true,
  filter(host, _spec, ctx) {
    if (!host.enabled) return 'service disabled';
    if (ctx.nowMs - host.reportTimeMs > ctx.serviceDownTimeMs) return 'service down';
    return undefined;
  },
};
