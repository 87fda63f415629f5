// RAMWeigher: free RAM. A positive multiplier spreads, a negative one stacks.
import { freeRamMb } from '../host_state.js';
import type { HostWeigher } from '../plugin.js';

export const RAMWeigher: HostWeigher = {
  name: 'RAMWeigher',
  multiplierKey: 'ram_weight_multiplier',
  defaultMultiplier: 1.0,
  prepare: () => freeRamMb,
  prepareColumn: (_req, hosts) => ({ column: hosts.freeRamMb, sign: 1 }),
};
