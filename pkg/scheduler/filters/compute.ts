// ComputeFilter (Nova's): the host's compute service is enabled and up.
// Rejected, in this order: disabled (by the host's report, or by an admin,
// whose reason is shown), forced down by an admin, or down: no report
// arrived within service_down_time on the scheduler's own clock
// (HostState.heardAtMs; the time a host writes in its report is never
// compared, so a skewed host clock changes nothing).
import { SERVICE_DISABLED, SERVICE_REPORT_DISABLED, type HostColumns } from '../host_columns.js';
import type { HostFilter } from '../plugin.js';

export const REASON_DISABLED = 'service disabled';
export const REASON_FORCED_DOWN = 'service forced down';
export const REASON_DOWN = 'service down';

/** "service disabled: <the admin's reason>", or just "service disabled". */
export function disabledReason(reason: string): string {
  return reason ? `${REASON_DISABLED}: ${reason}` : REASON_DISABLED;
}

// Only for a host with a service bit set; in the per-host order.
function serviceReason(hosts: HostColumns, s: number): string {
  const bits = hosts.service[s]!;
  if (bits & SERVICE_REPORT_DISABLED) return REASON_DISABLED;
  if (bits & SERVICE_DISABLED) return disabledReason(hosts.views[s]!.disabledReason);
  return REASON_FORCED_DOWN;
}

export const ComputeFilter: HostFilter = {
  name: 'ComputeFilter',
  runOncePerRequest: true,
  prepare(req) {
    const oldest = req.monotonicNowMs - req.config.serviceDownTimeMs;
    return (host) =>
      !host.enabled
        ? REASON_DISABLED
        : host.serviceDisabled
          ? disabledReason(host.disabledReason)
          : host.forcedDown
            ? REASON_FORCED_DOWN
            : host.heardAtMs < oldest
              ? REASON_DOWN
              : undefined;
  },
  prepareBatch(req) {
    const oldest = req.monotonicNowMs - req.config.serviceDownTimeMs;
    return (hosts, slots, n, rejections) => {
      const service = hosts.service;
      const heard = hosts.heardAtMs;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (service[s] !== 0) rejections.reject(s, serviceReason(hosts, s));
        else if (heard[s]! < oldest) rejections.reject(s, REASON_DOWN);
        else slots[kept++] = s;
      }
      return kept;
    };
  },
};
