// BuildFailureWeigher: hosts with recent consecutive build failures sink;
// the large default multiplier (as Nova's) outweighs every other weigher.
import type { HostState } from '../host_state.js';
import type { HostWeigher } from '../plugin.js';

const failures = (h: HostState): number => -h.failedBuilds;

export const BuildFailureWeigher: HostWeigher = {
  name: 'BuildFailureWeigher',
  multiplierKey: 'build_failure_weight_multiplier',
  defaultMultiplier: 1_000_000.0,
  prepare: () => failures,
  prepareColumn: (_req, hosts) => ({ column: hosts.failedBuilds, sign: -1 }),
};
