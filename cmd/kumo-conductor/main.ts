#!/usr/bin/env node
// kumo-conductor: the task API and the global view (run one or more).
import { join } from 'node:path';
import { ConductorActor } from '../../pkg/conductor/conductor.js';
import { runService } from '../../pkg/util/service.js';
import { stateSigningOf } from '../../pkg/security/state_signing.js';
import { setProcessStateSigning } from '../../pkg/statelog/statelog.js';

await runService('kumo-conductor', 'Runs build tasks and catalog writes, and keeps a view of the state log in LMDB.', async ({ config, system }) => {
  // Signs (and checks) server and instance-action log entries when a key file is given.
  setProcessStateSigning(stateSigningOf(config));
  const dataDir = join(config.dataDir, 'conductor');
  const conductor = new ConductorActor(system, {
    dataDir,
    serviceDownTimeMs: config.serviceDownTimeMs,
    concurrency: config.conductor.concurrency,
    quotaDefaults: config.conductor.quotaDefaults,
    sweeper: {
      intervalMs: config.conductor.sweepIntervalMs,
      schedulingTimeoutMs: config.conductor.schedulingTimeoutMs,
      taskTimeoutsMs: config.conductor.taskTimeoutsMs,
      lifecycle: config.compute.lifecycle,
    },
  });
  await conductor.start();
  return { service: conductor, ready: { dataDir } };
});
