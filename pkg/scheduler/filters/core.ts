// CoreFilter: enough free vCPUs under the allocation ratio (the host's, or
// the smallest cpu_allocation_ratio of its aggregates). As Nova, a flavor
// with more vCPUs than the host has physically never fits.
import { cpuRatio } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_VCPUS = 'not enough free vCPUs';
export const REASON_VCPUS_PHYSICAL = 'more vCPUs than the host has';

export const CoreFilter: HostFilter = {
  name: 'CoreFilter',
  runOncePerRequest: false,
  prepare(req) {
    const want = req.flavor.vcpus;
    return (host) => {
      if (want > host.vcpus) return REASON_VCPUS_PHYSICAL;
      return host.vcpus * cpuRatio(host) - host.vcpusUsed >= want ? undefined : REASON_VCPUS;
    };
  },
  prepareBatch(req) {
    const want = req.flavor.vcpus;
    return (hosts, slots, n, rejections) => {
      const vcpus = hosts.vcpus;
      const allocatable = hosts.vcpusAllocatable;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (want > vcpus[s]!) rejections.reject(s, REASON_VCPUS_PHYSICAL);
        else if (allocatable[s]! >= want) slots[kept++] = s;
        else rejections.reject(s, REASON_VCPUS);
      }
      return kept;
    };
  },
};
