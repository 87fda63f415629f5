// DiskFilter: enough free disk for root, ephemeral and swap, counting the
// host's disk allocation ratio.
import { flavorDiskGb } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const DiskFilter: HostFilter = {
  name: 'DiskFilter',
  runOncePerRequest: false,
  filter(host, spec) {
    const want = spec.flavor ? flavorDiskGb(spec.flavor) : 0;
    const free = host.localGb * host.diskAllocationRatio - host.localGbUsed;
    return free >= want ? undefined : `needs ${want} GB disk, ${Math.floor(free)} GB usable`;
  },
};
