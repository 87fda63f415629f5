#!/usr/bin/env node
// kumo-compute: one process running one or more (fake) hypervisor hosts.
import { join } from 'node:path';
import { ComputeNode } from '../../pkg/compute/node.js';
import { computeHostNames } from '../../pkg/config/config.js';
import { runService } from '../../pkg/util/service.js';

await runService('kumo-compute', 'Runs host actors with the fake driver: --name NAME --hosts N.', async ({ config, system }) => {
  const c = config.compute;
  const hosts = computeHostNames(c);
  const dataDir = join(config.dataDir, `compute-${c.name}`);
  const node = new ComputeNode(system, {
    dataDir,
    hosts,
    availabilityZone: c.availabilityZone,
    resources: {
      vcpus: c.vcpus,
      memoryMb: c.memoryMb,
      localGb: c.localGb,
      cpuAllocationRatio: c.cpuAllocationRatio,
      ramAllocationRatio: c.ramAllocationRatio,
      diskAllocationRatio: c.diskAllocationRatio,
    },
    heartbeatMs: c.heartbeatMs,
    lifecycle: c.lifecycle,
    hostIpBase: c.hostIp,
    fakeBase: { spawn_ms: c.spawnMs, power_ms: c.powerMs },
    fakeSettings: c.fakeSettings,
    recovery: { runningDeletedInstanceAction: c.runningDeletedInstanceAction, resumeGuestsStateOnHostBoot: c.resumeGuestsStateOnHostBoot },
    syncPowerStateIntervalMs: c.syncPowerStateIntervalMs,
  });
  await node.start();
  return { service: node, ready: { hosts: hosts.length, first: hosts[0], dataDir } };
});
