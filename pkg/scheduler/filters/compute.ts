// ComputeFilter: the host's service is up (reported within the service down
// time) and enabled.
import type { HostFilter } from '../plugin.js';

export const REASON_DISABLED = 'service disabled';
export const REASON_DOWN = 'service down';

export const ComputeFilter: HostFilter = {
  name: 'ComputeFilter',
  runOncePerRequest: true,
  prepare(req) {
    const oldest = req.nowMs - req.config.serviceDownTimeMs;
    return (host) => (!host.enabled ? REASON_DISABLED : host.reportTimeMs < oldest ? REASON_DOWN : undefined);
  },
};
