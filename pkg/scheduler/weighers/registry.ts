// Every weigher, by the name configuration uses. No discovery: add a line.
import type { HostWeigher } from '../plugin.js';
import { BuildFailureWeigher } from './build_failure.js';
import { CPUWeigher } from './cpu.js';
import { DiskWeigher } from './disk.js';
import { IoOpsWeigher } from './io_ops.js';
import { MetricsWeigher } from './metrics.js';
import { NumInstancesWeigher } from './num_instances.js';
import { RAMWeigher } from './ram.js';
import { ServerGroupSoftAffinityWeigher } from './server_group_soft_affinity.js';
import { ServerGroupSoftAntiAffinityWeigher } from './server_group_soft_anti_affinity.js';

export const WEIGHERS: ReadonlyMap<string, HostWeigher> = new Map(
  [
    RAMWeigher,
    CPUWeigher,
    DiskWeigher,
    IoOpsWeigher,
    NumInstancesWeigher,
    ServerGroupSoftAffinityWeigher,
    ServerGroupSoftAntiAffinityWeigher,
    BuildFailureWeigher,
    MetricsWeigher,
  ].map((w) => [w.name, w]),
);

/** Weighers on by default, with their default multipliers (Nova weighs with all of them). */
export const DEFAULT_WEIGHERS: Record<string, number> = Object.fromEntries(
  ['RAMWeigher', 'CPUWeigher', 'DiskWeigher', 'IoOpsWeigher', 'ServerGroupSoftAffinityWeigher', 'ServerGroupSoftAntiAffinityWeigher', 'BuildFailureWeigher'].map((n) => [
    n,
    WEIGHERS.get(n)!.defaultMultiplier,
  ]),
);
