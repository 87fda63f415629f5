// RAMWeigher: free RAM. A positive multiplier spreads, a negative one stacks.
import type { HostWeigher } from '../plugin.js';

export const RAMWeigher: HostWeigher = {
  name: 'RAMWeigher',
  weigh(host) {
    return host.memoryMb * host.ramAllocationRatio - host.memoryMbUsed;
  },
};
