// DiskFilter: enough free disk for root, ephemeral and swap under the
// allocation ratio (the host's, or the smallest disk_allocation_ratio of
// its aggregates).
import { diskRatio, flavorDiskGb } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_DISK = 'not enough free disk';

export const DiskFilter: HostFilter = {
  name: 'DiskFilter',
  runOncePerRequest: false,
  prepare(req) {
    const want = flavorDiskGb(req.flavor);
    return (host) => (host.localGb * diskRatio(host) - host.localGbUsed >= want ? undefined : REASON_DISK);
  },
  prepareBatch(req) {
    const want = flavorDiskGb(req.flavor);
    return (hosts, slots, n, rejections) => {
      const allocatable = hosts.diskAllocatableGb;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (allocatable[s]! >= want) slots[kept++] = s;
        else rejections.reject(s, REASON_DISK);
      }
      return kept;
    };
  },
};
