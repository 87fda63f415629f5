// RamFilter: enough free RAM, counting the host's RAM allocation ratio.
import type { HostFilter } from '../plugin.js';

export const RamFilter: HostFilter = {
  name: 'RamFilter',
  runOncePerRequest: false,
  filter(host, spec) {
    const want = spec.flavor?.ram_mb ?? 0;
    const free = host.memoryMb * host.ramAllocationRatio - host.memoryMbUsed;
    return free >= want ? undefined : `needs ${want} MB RAM, ${Math.floor(free)} MB usable`;
  },
};
