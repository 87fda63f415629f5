// NumInstancesWeigher: instances on the host. Negative spreads by count,
// positive packs; off (0) by default, as in Nova.
import type { HostState } from '../host_state.js';
import type { HostWeigher } from '../plugin.js';

const instances = (h: HostState): number => h.runningVms;

export const NumInstancesWeigher: HostWeigher = {
  name: 'NumInstancesWeigher',
  multiplierKey: 'num_instances_weight_multiplier',
  defaultMultiplier: 0.0,
  prepare: () => instances,
  prepareColumn: (_req, hosts) => ({ column: hosts.runningVms, sign: 1 }),
};
