// CPUWeigher: free vCPUs under the allocation ratio. Positive spreads, negative stacks.
import { cpuRatio, type HostState } from '../host_state.js';
import type { HostWeigher } from '../plugin.js';

const freeVcpus = (h: HostState): number => h.vcpus * cpuRatio(h) - h.vcpusUsed;

export const CPUWeigher: HostWeigher = {
  name: 'CPUWeigher',
  multiplierKey: 'cpu_weight_multiplier',
  defaultMultiplier: 1.0,
  prepare: () => freeVcpus,
  prepareColumn: (_req, hosts) => ({ column: hosts.vcpusAllocatable, sign: 1 }),
};
