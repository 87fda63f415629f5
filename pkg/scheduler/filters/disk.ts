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
};
