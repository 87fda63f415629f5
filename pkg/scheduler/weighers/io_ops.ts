// IoOpsWeigher: I/O-heavy tasks on the host; the negative default multiplier
// prefers quiet hosts.
import type { HostState } from '../host_state.js';
import type { HostWeigher } from '../plugin.js';

const ioOps = (h: HostState): number => h.ioOps;

export const IoOpsWeigher: HostWeigher = {
  name: 'IoOpsWeigher',
  multiplierKey: 'io_ops_weight_multiplier',
  defaultMultiplier: -1.0,
  prepare: () => ioOps,
  prepareColumn: (_req, hosts) => ({ column: hosts.ioOps, sign: 1 }),
};
