// MetricsFilter: the host reports every metric named in the metrics weight
// setting, so the MetricsWeigher can weigh it.
import type { HostFilter } from '../plugin.js';

export const REASON_METRICS = 'does not report the weighed metrics';

export const MetricsFilter: HostFilter = {
  name: 'MetricsFilter',
  runOncePerRequest: true,
  prepare(req) {
    const names = req.config.metricsWeightSetting.map((m) => m.name);
    if (names.length === 0) return undefined;
    return (host) => (names.every((n) => host.metrics[n] !== undefined) ? undefined : REASON_METRICS);
  },
};
