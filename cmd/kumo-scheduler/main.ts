#!/usr/bin/env node
// kumo-scheduler: the FilterScheduler (run one or more).
import { SchedulerActor } from '../../pkg/scheduler/scheduler.js';
import { runService } from '../../pkg/util/service.js';

await runService('kumo-scheduler', 'Chooses hosts for new servers with filters and weighers.', async ({ config, system }) => {
  const scheduler = new SchedulerActor(system, { ...config.scheduler, serviceDownTimeMs: config.serviceDownTimeMs });
  await scheduler.start();
  return { service: scheduler, ready: { driver: config.scheduler.driver, filters: config.scheduler.enabledFilters, weighers: config.scheduler.weighers } };
});
