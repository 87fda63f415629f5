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
  prepareBatch(req) {
    const oldest = req.nowMs - req.config.serviceDownTimeMs;
    return (hosts, slots, n, rejections) => {
      const enabled = hosts.enabled;
      const reported = hosts.reportTimeMs;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (enabled[s] === 0) rejections.reject(s, REASON_DISABLED);
        else if (reported[s]! < oldest) rejections.reject(s, REASON_DOWN);
        else slots[kept++] = s;
      }
      return kept;
    };
  },
};
