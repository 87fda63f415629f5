// RamFilter: enough free RAM under the allocation ratio (the host's, or the
// smallest ram_allocation_ratio of its aggregates).
import { ramRatio } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_RAM = 'not enough free RAM';

export const RamFilter: HostFilter = {
  name: 'RamFilter',
  runOncePerRequest: false,
  prepare(req) {
    const want = req.flavor.ram_mb;
    return (host) => (host.memoryMb * ramRatio(host) - host.memoryMbUsed >= want ? undefined : REASON_RAM);
  },
  prepareBatch(req) {
    const want = req.flavor.ram_mb;
    return (hosts, slots, n, rejections) => {
      const allocatable = hosts.ramAllocatableMb;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (allocatable[s]! >= want) slots[kept++] = s;
        else rejections.reject(s, REASON_RAM);
      }
      return kept;
    };
  },
};
