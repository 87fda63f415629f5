// MetricsWeigher: a weighted sum of the host metrics named in the metrics
// weight setting (e.g. cpu.percent=-1.0 prefers idle hosts).
import type { HostWeigher } from '../plugin.js';

export const MetricsWeigher: HostWeigher = {
  name: 'MetricsWeigher',
  multiplierKey: 'metrics_weight_multiplier',
  defaultMultiplier: 1.0,
  prepare(req) {
    const setting = req.config.metricsWeightSetting;
    if (setting.length === 0) return undefined;
    return (h) => setting.reduce((sum, m) => sum + (h.metrics[m.name] ?? 0) * m.ratio, 0);
  },
};
