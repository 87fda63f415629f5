// DiskWeigher: free disk. Positive spreads, negative stacks.
import { freeDiskMb } from '../host_state.js';
import type { HostWeigher } from '../plugin.js';

export const DiskWeigher: HostWeigher = {
  name: 'DiskWeigher',
  multiplierKey: 'disk_weight_multiplier',
  defaultMultiplier: 1.0,
  prepare: () => freeDiskMb,
  prepareColumn: (_req, hosts) => ({ column: hosts.freeDiskMb, sign: 1 }),
};
