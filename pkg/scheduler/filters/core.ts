// CoreFilter: enough free vCPUs, counting the host's CPU allocation ratio.
import type { HostFilter } from '../plugin.js';

export const CoreFilter: HostFilter = {
  name: 'CoreFilter',
  runOncePerRequest: false,
  filter(host, spec) {
    const want = spec.flavor?.vcpus ?? 0;
    const limit = host.vcpus * host.cpuAllocationRatio;
    // Nova refuses outright a flavor with more vCPUs than the host has physically.
    if (want > host.vcpus) return `needs ${want} vCPUs, host has ${host.vcpus}`;
    const free = limit - host.vcpusUsed;
    return free >= want ? undefined : `needs ${want} vCPUs, ${Math.floor(free)} usable`;
  },
};
