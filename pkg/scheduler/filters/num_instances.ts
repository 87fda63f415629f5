// NumInstancesFilter: fewer than max_instances_per_host instances.
import type { HostFilter } from '../plugin.js';

export const REASON_TOO_MANY_INSTANCES = 'runs max_instances_per_host instances';

export const NumInstancesFilter: HostFilter = {
  name: 'NumInstancesFilter',
  runOncePerRequest: false,
  prepare(req) {
    const max = req.config.maxInstancesPerHost;
    return (host) => (host.runningVms < max ? undefined : REASON_TOO_MANY_INSTANCES);
  },
  prepareBatch(req) {
    const max = req.config.maxInstancesPerHost;
    return (hosts, slots, n, rejections) => {
      const running = hosts.runningVms;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (running[s]! < max) slots[kept++] = s;
        else rejections.reject(s, REASON_TOO_MANY_INSTANCES);
      }
      return kept;
    };
  },
};
