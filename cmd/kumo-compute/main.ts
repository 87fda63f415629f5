#!/usr/bin/env node
// kumo-compute: one process running one or more (fake) hypervisor hosts.
import { join } from 'node:path';
import { ComputeNode } from '../../pkg/compute/node.js';
import { computeHostNames } from '../../pkg/config/config.js';
import { runService } from '../../pkg/util/service.js';
import { stateSigningOf } from '../../pkg/security/state_signing.js';
import { setProcessStateSigning } from '../../pkg/statelog/statelog.js';

await runService('kumo-compute', 'Runs host actors with the fake or QEMU driver: --name NAME --hosts N [--driver qemu].', async ({ config, system }) => {
  // Signs its hosts' server and instance-action log entries when a host keys file is given.
  setProcessStateSigning(stateSigningOf({ stateKeyFile: '', hostKeysFile: config.hostKeysFile }));
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
    antiEntropyIntervalMs: c.antiEntropyIntervalMs,
    driver: c.driver,
    // Shared by every compute process with this data dir: cold and live moves find the destination's directory there.
    instancesRoot: c.instancesPath || join(config.dataDir, 'instances'),
    shutdownTimeoutMs: c.shutdownTimeoutMs,
  });
  await node.start();
  return { service: { stop: () => node.stop(), status: () => ({ hosts }) }, ready: { hosts: hosts.length, first: hosts[0], dataDir } };
});
